<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_GB">
<context>
    <name>FindingRecords</name>
    <message>
        <source>a finding names the requirement it is about and who records it</source>
        <translation>所見には、対象の要求事項と記録者の名前が必要です</translation>
    </message>
    <message>
        <source>a %1 needs a note saying what was found</source>
        <translation>%1 には、何が見つかったかを記したメモが必要です</translation>
    </message>
</context>
<context>
    <name>LogProof</name>
    <message>
        <source>the log holds %1 entries: there is no tree of %2 to prove anything in</source>
        <translation>ログのエントリは %1 件です。エントリ %2 件の木は存在せず、証明できません</translation>
    </message>
    <message>
        <source>not a proof the registry&apos;s log gives: &quot;%1&quot; is missing or wrong</source>
        <translation>レジストリのログが出す証明ではありません: &quot;%1&quot; がないか不正です</translation>
    </message>
    <message>
        <source>the proof is for a tree of %1 entries, the signed tree head %2 for one of %3</source>
        <translation>この証明はエントリ %1 件の木のものですが、署名付きツリーヘッド %2 はエントリ %3 件の木のものです</translation>
    </message>
    <message>
        <source>leaf %1 is not in a tree of %2 entries</source>
        <translation>リーフ %1 はエントリ %2 件の木に含まれません</translation>
    </message>
    <message>
        <source>no entry of the tree of %1 entries has the leaf hash %2</source>
        <translation>エントリ %1 件の木に、リーフハッシュ %2 のエントリはありません</translation>
    </message>
    <message>
        <source>a consistency proof goes from a tree of 1 or more entries to one as large or larger, not from %1 to %2</source>
        <translation>整合性証明は、エントリ 1 件以上の木から同じ大きさ以上の木へのものです。%1 から %2 へは証明できません</translation>
    </message>
    <message>
        <source>entry %1 is not in the tree the head %2 signed: the entry, or the log, is not what it was</source>
        <translation>エントリ %1 は、ツリーヘッド %2 が署名した木に含まれていません。エントリかログが改変されています</translation>
    </message>
    <message>
        <source>the log of %1 entries signed in %2 does not extend the one of %3 signed in %4: entries were rewritten or removed</source>
        <translation>%2 で署名されたエントリ %1 件のログは、%4 で署名されたエントリ %3 件のログを引き継いでいません。エントリが書き換えられたか削除されています</translation>
    </message>
</context>
<context>
    <name>ProductRecords</name>
    <message>
        <source>%1 is not registered</source>
        <translation>%1 は登録されていません</translation>
    </message>
    <message>
        <source>%1 changed while this write was prepared</source>
        <translation>この書き込みの準備中に %1 が変更されました</translation>
    </message>
    <message>
        <source>level %1 is not one of ★1–★4</source>
        <translation>レベル %1 は ★1〜★4 のいずれでもありません</translation>
    </message>
    <message>
        <source>the model, the firmware and the category must be given</source>
        <translation>型番、ファームウェア、製品カテゴリが必要です</translation>
    </message>
    <message>
        <source>the evaluation date, the support end and the label&apos;s validity must be dates</source>
        <translation>評価日、サポート終了日、ラベルの有効期限は日付でなければなりません</translation>
    </message>
    <message>
        <source>registration numbers are used up (JCS-YY-999999)</source>
        <translation>登録番号を使い切りました（JCS-YY-999999）</translation>
    </message>
    <message>
        <source>the label token is not the one for %1 firmware %2</source>
        <translation>このラベルトークンは %1 のファームウェア %2 のものではありません</translation>
    </message>
    <message>
        <source>a revocation needs a reason (the page shows it) and the name of who revokes</source>
        <translation>取消には理由（ページに表示されます）と取消者の名前が必要です</translation>
    </message>
    <message>
        <source>%1 is already revoked</source>
        <translation>%1 はすでに取り消されています</translation>
    </message>
</context>
<context>
    <name>Publication</name>
    <message>
        <source>no label token can be signed for these facts: %1</source>
        <translation>この製品情報ではラベルトークンに署名できません: %1</translation>
    </message>
    <message>
        <source>no trust anchor is set: whose signature a report carries cannot be checked</source>
        <translation>トラストアンカーが設定されていないため、報告書の署名者を確認できません</translation>
    </message>
    <message>
        <source>what was submitted is not a PDF (it does not start with %PDF-)</source>
        <translation>提出されたものは PDF ではありません（%PDF- で始まっていません）</translation>
    </message>
    <message>
        <source>an override applies to a firmware revision only, and no registration to revise was named</source>
        <translation>例外承認はファームウェア改訂にのみ使えますが、改訂する登録番号が指定されていません</translation>
    </message>
    <message>
        <source>this report is already registered as %1; a new firmware comes with its own new report</source>
        <translation>この報告書はすでに %1 として登録されています。新しいファームウェアには新しい報告書が必要です</translation>
    </message>
</context>
<context>
    <name>RegistryDatabase</name>
    <message>
        <source>Qt&apos;s %1 driver is not installed (Debian package %2)</source>
        <translation>Qt の %1 ドライバがインストールされていません（Debian パッケージ %2）</translation>
    </message>
    <message>
        <source>the registry database cannot be opened (%1): its folder must exist and be writable</source>
        <translation>登録データベースを開けません（%1）。フォルダが存在し、書き込み可能である必要があります</translation>
    </message>
    <message>
        <source>the registry database cannot be opened (%1): is the server running, and are the user, the password and the database right?</source>
        <translation>登録データベースを開けません（%1）。サーバーが起動しているか、ユーザー・パスワード・データベース名が正しいかを確認してください</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than the %2 this StarMark knows</source>
        <translation>データベースのスキーマバージョン %1 は、この StarMark が扱える %2 より新しいものです</translation>
    </message>
    <message>
        <source>migrating to schema version %1 failed</source>
        <translation>スキーマバージョン %1 への移行に失敗しました</translation>
    </message>
    <message>
        <source>every write names who makes it: the actor is empty</source>
        <translation>書き込みには実行者の名前が必要ですが、空です</translation>
    </message>
</context>
<context>
    <name>RegistryLocation</name>
    <message>
        <source>no database given: it is an SQLite file or a postgresql:// URL</source>
        <translation>データベースが指定されていません。SQLite ファイルか postgresql:// の URL を指定します</translation>
    </message>
    <message>
        <source>%1: only SQLite files and postgresql:// URLs are supported</source>
        <translation>%1: 使えるのは SQLite ファイルと postgresql:// の URL だけです</translation>
    </message>
    <message>
        <source>%1 is not a valid URL (%2); it is written postgresql://user@host:port/database</source>
        <translation>%1 は正しい URL ではありません（%2）。書式は postgresql://user@host:port/database です</translation>
    </message>
    <message>
        <source>%1 names no host; it is written postgresql://user@host:port/database</source>
        <translation>%1 にホストがありません。書式は postgresql://user@host:port/database です</translation>
    </message>
    <message>
        <source>%1 names no user; it is written postgresql://user@host:port/database</source>
        <translation>%1 にユーザーがありません。書式は postgresql://user@host:port/database です</translation>
    </message>
    <message>
        <source>%1 names no database (or more than one path segment); it is written postgresql://user@host:port/database</source>
        <translation>%1 にデータベース名がありません（またはパスの区切りが複数あります）。書式は postgresql://user@host:port/database です</translation>
    </message>
    <message>
        <source>%1: options after ? or # are not supported (they belong in the server&apos;s configuration); it is written postgresql://user@host:port/database</source>
        <translation>%1: ? や # 以降のオプションは使えません（サーバー側で設定します）。書式は postgresql://user@host:port/database です</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>a file of the registry page cannot be read (%1)</source>
        <translation>登録ページのファイルを読めません（%1）</translation>
    </message>
</context>
<context>
    <name>RevisionPolicy</name>
    <message>
        <source>firmware %1 is lower than the registered %2</source>
        <translation>ファームウェア %1 は登録済みの %2 より古いバージョンです</translation>
    </message>
    <message>
        <source>firmware &quot;%1&quot; cannot be ordered against the registered &quot;%2&quot; (versions are written like 2.4.1, 2.5.0-rc.1)</source>
        <translation>ファームウェア「%1」は登録済みの「%2」と新旧を比較できません（バージョンは 2.4.1、2.5.0-rc.1 のように書きます）</translation>
    </message>
    <message>
        <source>security updates would end on %1, earlier than the registered %2</source>
        <translation>セキュリティアップデートの終了日が %1 となり、登録済みの %2 より早くなります</translation>
    </message>
    <message>
        <source>the vulnerability contact would change from %1 to %2</source>
        <translation>脆弱性の連絡先が %1 から %2 に変わります</translation>
    </message>
    <message>
        <source>override &quot;%1&quot; is not one of downgrade, support-end, contact</source>
        <translation>例外承認「%1」は downgrade、support-end、contact のいずれでもありません</translation>
    </message>
    <message>
        <source>an override needs a reason: the page and the audit show who accepted what, and why</source>
        <translation>例外承認には理由が必要です。誰が何をなぜ認めたかが、ページと監査記録に残ります</translation>
    </message>
    <message>
        <source>a reason was given but no override: it must name what it accepts</source>
        <translation>理由はありますが例外承認がありません。何を認めるのかを指定する必要があります</translation>
    </message>
    <message>
        <source>the override&apos;s reason is longer than %1 characters</source>
        <translation>例外承認の理由が %1 文字を超えています</translation>
    </message>
    <message>
        <source>%1 is revoked: the product is registered anew</source>
        <translation>%1 は取り消されています。製品は新規に登録します</translation>
    </message>
    <message>
        <source>%1 is registered to %2, but the report names %3 as its manufacturer: a revision keeps the registration&apos;s manufacturer (another manufacturer&apos;s product is registered anew; no override changes this)</source>
        <translation>%1 の登録製造者は %2 ですが、報告書の製造者は %3 です。改訂では登録の製造者は変えられません（他社の製品は新規登録となり、例外承認でも変えられません）</translation>
    </message>
    <message>
        <source>%1 registers %2 at ★%3 (%4): a revision keeps the model, the level and the category</source>
        <translation>%1 は %2 を ★%3（%4）で登録しています。改訂では型番・レベル・製品カテゴリは変えられません</translation>
    </message>
    <message>
        <source>%1: %2; a revision does this only when a member of staff accepts it explicitly, with a reason (override %3)</source>
        <translation>%1: %2。改訂でこれを行うには、職員が理由を付けて明示的に承認する必要があります（例外承認 %3）</translation>
    </message>
    <message>
        <source>%1: the override names %2, which this revision does not change: it names only what the revision changes (%3), so that the audit says exactly what was accepted</source>
        <translation>%1: 例外承認に %2 が含まれていますが、この改訂では変わりません。監査記録に承認内容を正確に残すため、改訂で変わるもの（%3）だけを指定します</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 covers %2, which the report no longer lists: a revision may add models to the family, not remove them</source>
        <translation>%1 の対象型番 %2 が報告書に記載されていません。改訂では型番を追加できますが、削除はできません</translation>
    </message>
</context>
<context>
    <name>RevocationList</name>
    <message>
        <source>the signed revocation list lacks a valid &quot;%1&quot;</source>
        <translation>署名付き失効リストに有効な &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>the revocation list was issued for %1 to %2, and it is now %3: a revoked label would not show on it</source>
        <translation>失効リストの有効期間は %1 から %2 までで、現在は %3 です。失効したラベルが載っていない可能性があります</translation>
    </message>
    <message>
        <source>the record of revocation lists seen cannot be read (%1)</source>
        <translation>確認済み失効リストの記録を読み込めません (%1)</translation>
    </message>
    <message>
        <source>the record of revocation lists seen is not the JSON object this command writes</source>
        <translation>確認済み失効リストの記録が、このコマンドの書き出す JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>this revocation list has sequence %1, lower than the %2 already seen from this issuer: an older list was passed off as the current one</source>
        <translation>この失効リストの通番は %1 で、この発行者から確認済みの %2 より小さい値です。古いリストが最新のものとして渡されています</translation>
    </message>
    <message>
        <source>the record of revocation lists seen cannot be written (%1)</source>
        <translation>確認済み失効リストの記録を書き込めません (%1)</translation>
    </message>
    <message>
        <source>label %1 was revoked on %2: %3</source>
        <translation>ラベル %1 は %2 に失効しています: %3</translation>
    </message>
</context>
<context>
    <name>SignedJson</name>
    <message>
        <source>not a signed %1 document: it must be a JSON object with &quot;%1&quot; and &quot;signature&quot;</source>
        <translation>署名付きの %1 文書ではありません: &quot;%1&quot; と &quot;signature&quot; を持つ JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>signed by key %1, not by the issuer key given (%2)</source>
        <translation>鍵 %1 で署名されており、指定された発行者鍵 (%2) による署名ではありません</translation>
    </message>
    <message>
        <source>the signature does not match the %1 it came with: the file was altered or forged</source>
        <translation>署名が添付の %1 と一致しません。ファイルが改ざんまたは偽造されています</translation>
    </message>
</context>
<context>
    <name>SignedTreeHead</name>
    <message>
        <source>the signed tree head lacks a valid &quot;%1&quot;</source>
        <translation>署名付きツリーヘッドに有効な &quot;%1&quot; がありません</translation>
    </message>
</context>
<context>
    <name>StaffTokens</name>
    <message>
        <source>a staff token needs the name of whom it is for and of who issues it</source>
        <translation>スタッフトークンには、対象者と発行者の名前が必要です</translation>
    </message>
    <message>
        <source>%1 holds no staff token</source>
        <translation>%1 にはスタッフトークンがありません</translation>
    </message>
    <message>
        <source>the bearer token is not a staff token of this registry</source>
        <translation>このベアラートークンは、この登録簿のスタッフトークンではありません</translation>
    </message>
</context>
<context>
    <name>SurveillancePlan</name>
    <message>
        <source>the sample size must be at least 1 (got %1)</source>
        <translation>抽出数は1以上でなければなりません（指定は%1）</translation>
    </message>
    <message>
        <source>%1 is reported, but it is not a registration number (JCS-YY-NNNNNN)</source>
        <translation>%1 が通報されていますが、登録番号（JCS-YY-NNNNNN）ではありません</translation>
    </message>
    <message>
        <source>%1 was reported but is not among the %2 products with a valid label</source>
        <translation>%1 は通報されていますが、有効なラベルを持つ %2 製品の中にありません</translation>
    </message>
    <message>
        <source>is not starmark-surveillance-plan: this is not a surveillance plan</source>
        <translation>starmark-surveillance-plan ではありません。サーベイランス計画ではありません</translation>
    </message>
    <message>
        <source>is not 1, the only plan version this StarMark reads</source>
        <translation>1 ではありません。この StarMark が読める計画のバージョンは 1 だけです</translation>
    </message>
    <message>
        <source>must be a whole number written as a string</source>
        <translation>文字列で書いた整数でなければなりません</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>日付（YYYY-MM-DD）でなければなりません</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>リストでなければなりません</translation>
    </message>
    <message>
        <source>holds an entry without a registration</source>
        <translation>登録番号のない項目があります</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>JSON オブジェクトではありません（%2 バイト目: %1）</translation>
    </message>
    <message>
        <source>the plan has no date it is made for</source>
        <translation>計画の基準日がありません</translation>
    </message>
</context>
<context>
    <name>SurveillanceRound</name>
    <message>
        <source>%1 is not a registration number (JCS-YY-NNNNNN)</source>
        <translation>%1 は登録番号（JCS-YY-NNNNNN）ではありません</translation>
    </message>
    <message>
        <source>only a nonconformity can revoke a label</source>
        <translation>ラベルを取り消せるのは不適合の所見だけです</translation>
    </message>
    <message>
        <source>no catalog at hand covers ★%1 %2, which %3 was registered at</source>
        <translation>%3 の登録区分 ★%1 %2 に対応するカタログがありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a requirement of %2 or the catalogs it extends</source>
        <translation>「%1」は %2 とその拡張元のカタログの要求事項ではありません</translation>
    </message>
    <message>
        <source>the finding is recorded, but the label was not revoked</source>
        <translation>所見は記録しましたが、ラベルは取り消されていません</translation>
    </message>
    <message>
        <source>%1 is in the plan but not in this registry: the plan was drawn from another one</source>
        <translation>%1 は計画にありますが、この登録簿にはありません。計画は別の登録簿から作られたものです</translation>
    </message>
    <message>
        <source>the surveillance report could not be made: %1</source>
        <translation>サーベイランス報告書を作成できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>TransparencyLog</name>
    <message>
        <source>%1 is not in the database it was just written to</source>
        <translation>%1 が、書き込んだ直後のデータベースにありません</translation>
    </message>
    <message>
        <source>the log counts %1 entries but holds %2: entries were removed from the database</source>
        <translation>ログのエントリ数は %1 件のはずですが、%2 件しかありません。データベースからエントリが削除されています</translation>
    </message>
    <message>
        <source>entries %1 to %2 are not in the log, which holds entries 0 to %3</source>
        <translation>エントリ %1 ～ %2 はログにありません。ログにあるのはエントリ 0 ～ %3 です</translation>
    </message>
    <message>
        <source>entry %1 no longer matches the hash it was logged with: it was edited in the database</source>
        <translation>エントリ %1 が記録時のハッシュと一致しません。データベース上で編集されています</translation>
    </message>
</context>
</TS>
