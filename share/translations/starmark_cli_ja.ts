<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_GB">
<context>
    <name>AssessAudit</name>
    <message>
        <source>error: %1 is not a valid signed report: %2
</source>
        <translation>error: %1 は有効な署名付き報告書ではありません: %2
</translation>
    </message>
    <message>
        <source>the entry %1 recorded by the signed report %2 is not in the trail: the trail was rewritten after the report was signed</source>
        <translation>署名付き報告書 %2 が記録したエントリ %1 が監査証跡にありません。報告書の署名後に証跡が書き換えられています</translation>
    </message>
    <message>
        <source>audit trail intact: %1 entries, each chained to the one before
</source>
        <translation>監査証跡は改ざんされていません: %1 件のエントリが、それぞれ直前のエントリに連鎖しています
</translation>
    </message>
    <message>
        <source>AUDIT TRAIL BROKEN at entry %1: %2
</source>
        <translation>監査証跡がエントリ %1 で破損しています: %2
</translation>
    </message>
    <message>
        <source>AUDIT TRAIL BROKEN: %1
</source>
        <translation>監査証跡が破損しています: %1
</translation>
    </message>
</context>
<context>
    <name>AssessCommand</name>
    <message>
        <source>--catalog is required (see &apos;starmark catalog list&apos;)</source>
        <translation>--catalog が必要です (&apos;starmark catalog list&apos; を参照)</translation>
    </message>
    <message>
        <source>no valid catalog &apos;%1&apos;; see &apos;starmark catalog list&apos;</source>
        <translation>有効なカタログ &apos;%1&apos; がありません。&apos;starmark catalog list&apos; を参照してください</translation>
    </message>
    <message>
        <source>--mode takes self or lab</source>
        <translation>--mode には self か lab を指定します</translation>
    </message>
    <message>
        <source>; use --mode lab</source>
        <translation>。--mode lab を指定してください</translation>
    </message>
    <message>
        <source>created %1: %2, ★%3, %4 mode
</source>
        <translation>%1 を作成しました: %2、★%3、%4 モード
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation>&apos;%1&apos; は KEY=VALUE の形ではありません</translation>
    </message>
    <message>
        <source>nothing was changed
</source>
        <translation>何も変更していません
</translation>
    </message>
    <message>
        <source>--reviewer is required</source>
        <translation>--reviewer が必要です</translation>
    </message>
    <message>
        <source>refusing to sign off %1</source>
        <translation>%1 の承認を拒否しました</translation>
    </message>
    <message>
        <source>signed off by %1; the assessment is locked (changes need &apos;starmark assess revise&apos;)
</source>
        <translation>%1 が承認しました。評価はロックされています (変更には &apos;starmark assess revise&apos; が必要です)
</translation>
    </message>
    <message>
        <source>-o FILE.starmark is required</source>
        <translation>-o FILE.starmark が必要です</translation>
    </message>
    <message>
        <source>-o FOLDER/DECLARATION.yaml is required; FOLDER must be new or empty, and the evidence is written into it</source>
        <translation>-o FOLDER/DECLARATION.yaml が必要です。FOLDER は新しいフォルダーか空のフォルダーで、エビデンスもそこに書き出されます</translation>
    </message>
    <message>
        <source>exported to %1
</source>
        <translation>%1 に書き出しました
</translation>
    </message>
    <message>
        <source>; give it with --firmware</source>
        <translation>。--firmware で指定してください</translation>
    </message>
    <message>
        <source>refusing to revise %1</source>
        <translation>%1 の改訂を拒否しました</translation>
    </message>
    <message>
        <source>revision %1 for firmware %2: results carried over; %3 rest on device tests and need re-checking: %4
</source>
        <translation>ファームウェア %2 の改訂 %1: 結果を引き継ぎました。%3 件は実機での試験に基づくため再確認が必要です: %4
</translation>
    </message>
    <message>
        <source>; pass --catalogs with the folder that holds it</source>
        <translation>。そのカタログがあるフォルダーを --catalogs で指定してください</translation>
    </message>
    <message>
        <source>; see &apos;starmark assess set --help&apos;</source>
        <translation>。&apos;starmark assess set --help&apos; を参照してください</translation>
    </message>
    <message>
        <source>; upgrade it with &apos;starmark assess upgrade %1&apos; (the trail then records the state as found)</source>
        <translation>。&apos;starmark assess upgrade %1&apos; で更新してください (証跡にはその時点の状態が記録されます)</translation>
    </message>
    <message>
        <source>; give -o a new or empty folder</source>
        <translation>。-o には新しいフォルダーか空のフォルダーを指定してください</translation>
    </message>
    <message>
        <source>nothing was imported
</source>
        <translation>何も取り込んでいません
</translation>
    </message>
    <message>
        <source>imported %1 into %2: %3 results, level achieved ★%4 of ★%5
</source>
        <translation>%1 を %2 に取り込みました: 結果 %3 件、達成レベル ★%4 / ★%5
</translation>
    </message>
</context>
<context>
    <name>AssessStatus</name>
    <message>
        <source>%1 — %2 ★%3 (%4), revision %5
</source>
        <translation>%1 — %2 ★%3 (%4)、改訂 %5
</translation>
    </message>
    <message>
        <source>lab evaluation</source>
        <translation>適合評価</translation>
    </message>
    <message>
        <source>self-declaration</source>
        <translation>自己適合宣言</translation>
    </message>
    <message>
        <source>Product: %1 %2 %3, firmware %4, support until %5
</source>
        <translation>製品: %1 %2 %3、ファームウェア %4、サポート終了 %5
</translation>
    </message>
    <message>
        <source>Evaluator: %1</source>
        <translation>評価者: %1</translation>
    </message>
    <message>
        <source>; signed off by %1 %2 (locked)</source>
        <translation>。承認 %1 %2 (ロック済み)</translation>
    </message>
    <message>
        <source>Level achieved: %1 / target ★%2
</source>
        <translation>達成レベル: %1 / 目標 ★%2
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Verdicts: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message>
        <source>, to re-check %1</source>
        <translation>、再確認が必要 %1</translation>
    </message>
    <message>
        <source>Blocking ★%1:
</source>
        <translation>★%1 を妨げている要件:
</translation>
    </message>
    <message>
        <source>, re-check</source>
        <translation>、再確認</translation>
    </message>
    <message>
        <source>Unanswered questions: %1
</source>
        <translation>未回答の質問: %1
</translation>
    </message>
    <message>
        <source>Audit trail: intact
</source>
        <translation>監査証跡: 改ざんなし
</translation>
    </message>
    <message>
        <source>Audit trail: BROKEN — %1
</source>
        <translation>監査証跡: 破損 — %1
</translation>
    </message>
</context>
<context>
    <name>AssessUpgrade</name>
    <message>
        <source>%1 is already of file format %2
</source>
        <translation>%1 は既にファイル形式 %2 です
</translation>
    </message>
    <message>
        <source>%1 upgraded from file format %2 to %3; the audit trail records the state as found
</source>
        <translation>%1 をファイル形式 %2 から %3 に更新しました。監査証跡には更新時点の状態を記録しています
</translation>
    </message>
</context>
</TS>
