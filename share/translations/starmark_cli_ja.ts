<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_GB">
<context>
    <name>VerifyCommand</name>
    <message>
        <source>  signature %1: valid</source>
        <translation>  署名 %1: 有効</translation>
    </message>
    <message>
        <source>  signature %1: NOT VALID</source>
        <translation>  署名 %1: 無効</translation>
    </message>
    <message>
        <source> (%1, %2), signed %3</source>
        <translation>（%1、%2）、署名日時 %3</translation>
    </message>
    <message>
        <source>
    signer: %1
</source>
        <translation>
    署名者: %1
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>    covers: the whole file
</source>
        <translation>    範囲: ファイル全体
</translation>
    </message>
    <message>
        <source>    covers: part of the file
</source>
        <translation>    範囲: ファイルの一部
</translation>
    </message>
    <message>
        <source>    the author&apos;s: certifies that no change is permitted (DocMDP P 1)
</source>
        <translation>    作成者の署名: 変更を一切許さないことを証明（DocMDP P 1）
</translation>
    </message>
    <message>
        <source>    the author&apos;s: certifies NOTHING (no DocMDP P 1)
</source>
        <translation>    作成者の署名: 何も証明していません（DocMDP P 1 なし）
</translation>
    </message>
    <message>
        <source>    a further signature: the facts are read from what the author signed
</source>
        <translation>    追加の署名: 記載内容は作成者が署名したものから読み取ります
</translation>
    </message>
    <message>
        <source>checked against no trust anchor</source>
        <translation>トラストアンカーなしで確認</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>信頼済み</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>信頼されていません</translation>
    </message>
    <message>
        <source>    certificate: %1, may sign documents
</source>
        <translation>    証明書: %1、文書への署名可
</translation>
    </message>
    <message>
        <source>    certificate: %1, may NOT sign documents
</source>
        <translation>    証明書: %1、文書への署名不可
</translation>
    </message>
    <message>
        <source>    role: %1 (%2); organisation: %3
</source>
        <translation>    役割: %1（%2）、組織: %3
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>  contents: surveillance.json is what was signed
</source>
        <translation>  内容: surveillance.json は署名されたとおりです
</translation>
    </message>
    <message>
        <source>  surveillance: %1 products sampled (seed %2, as of %3), %4 findings, %5 nonconformities, %6 labels revoked
</source>
        <translation>  サーベイランス: 抽出 %1 製品（シード %2、基準日 %3）、所見 %4 件、不適合 %5 件、ラベル取消 %6 件
</translation>
    </message>
    <message>
        <source>  contents: assessment.json and evidence-manifest.json are what was signed
</source>
        <translation>  内容: assessment.json と evidence-manifest.json は署名されたとおりです
</translation>
    </message>
    <message>
        <source>  assessment: %1 %2, firmware %3: ★%4 claimed, ★%5 achieved
</source>
        <translation>  評価: %1 %2、ファームウェア %3: ★%4 を主張、★%5 を達成
</translation>
    </message>
    <message>
        <source>  catalog: %1 %2… %3
</source>
        <translation>  カタログ: %1 %2… %3
</translation>
    </message>
    <message>
        <source>known (version %1)</source>
        <translation>既知（バージョン %1）</translation>
    </message>
    <message>
        <source>UNKNOWN to this StarMark</source>
        <translation>この StarMark では未知</translation>
    </message>
    <message>
        <source>  problem: %1
</source>
        <translation>  問題: %1
</translation>
    </message>
    <message>
        <source>result: NOT VALID: intact, but checked against no trust anchor (%1)
</source>
        <translation>結果: 無効: 改変はありませんが、トラストアンカーで検証していません（%1）
</translation>
    </message>
    <message>
        <source>result: VALID
</source>
        <translation>結果: 有効
</translation>
    </message>
    <message>
        <source>result: NOT VALID
</source>
        <translation>結果: 無効
</translation>
    </message>
    <message>
        <source>What the signers must chain to</source>
        <translation>署名者がつながるべき信頼点</translation>
    </message>
    <message>
        <source>Print JSON for machines.</source>
        <translation>機械向けに JSON で出力します。</translation>
    </message>
    <message>
        <source>The catalog versions to recognise (default: the shipped known-digests.json).</source>
        <translation>認識するカタログのバージョン（既定: 同梱の known-digests.json）。</translation>
    </message>
    <message>
        <source>The signed report (PDF).</source>
        <translation>署名済み報告書（PDF）。</translation>
    </message>
    <message>
        <source>error: %1: %2
</source>
        <translation>エラー: %1: %2
</translation>
    </message>
    <message>
        <source>warning: %1; no catalog version will be recognised
</source>
        <translation>警告: %1。カタログのバージョンは認識されません
</translation>
    </message>
</context>
</TS>
