<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_GB">
<context>
    <name>LabelBatch</name>
    <message>
        <source>no label for %1: %2</source>
        <translation>%1 のラベルは発行できません：%2</translation>
    </message>
    <message>
        <source>the label of %1 cannot be written (%2)</source>
        <translation>%1 のラベルを書き込めません（%2）</translation>
    </message>
    <message>
        <source>the header must read %1 (columns are read by position); found '%2'</source>
        <translation>見出し行は %1 でなければなりません（列は位置で読み取ります）。実際は '%2' です</translation>
    </message>
    <message>
        <source>%1 fields where %2 are expected (%3); fields are not quoted and none may contain a comma</source>
        <translation>フィールドが %1 個あります。必要なのは %2 個（%3）です。フィールドは引用符で囲まず、カンマを含めることはできません</translation>
    </message>
    <message>
        <source>'%1' is not a registration number; the registry assigns them as JCS-YY-NNNNNN (e.g. JCS-26-000123)</source>
        <translation>'%1' は登録番号ではありません。登録番号は登録機関が JCS-YY-NNNNNN の形式で付与します（例：JCS-26-000123）</translation>
    </message>
    <message>
        <source>%1 is on row %2 already; each label has its own number</source>
        <translation>%1 はすでに %2 行目にあります。ラベルごとに別の番号が必要です</translation>
    </message>
    <message>
        <source>'%1' is not a level; write 1, 2, 3 or 4</source>
        <translation>'%1' はレベルではありません。1、2、3、4 のいずれかを書いてください</translation>
    </message>
    <message>
        <source>no installed catalog is for ★%1 '%2'; use one of: %3</source>
        <translation>★%1「%2」のカタログはインストールされていません。次のいずれかを使ってください：%3</translation>
    </message>
    <message>
        <source>(no catalogs installed)</source>
        <translation>（カタログがインストールされていません）</translation>
    </message>
    <message>
        <source>empty; the label names the %1</source>
        <translation>空です。ラベルには %1 を記載します</translation>
    </message>
    <message>
        <source>contains control characters; write it as the device shows it</source>
        <translation>制御文字が含まれています。機器に表示されるとおりに書いてください</translation>
    </message>
    <message>
        <source>%1 bytes long; a label carries at most %2</source>
        <translation>%1 バイトあります。ラベルに載せられるのは %2 バイトまでです</translation>
    </message>
    <message>
        <source>'%1' is not a date; write it as YYYY-MM-DD, e.g. 2026-04-01</source>
        <translation>'%1' は日付ではありません。YYYY-MM-DD 形式で書いてください（例：2026-04-01）</translation>
    </message>
    <message>
        <source>%1 is after today (%2); a label is issued for an evaluation already made</source>
        <translation>%1 は今日（%2）より後です。ラベルは実施済みの評価に対して発行します</translation>
    </message>
    <message>
        <source>'%1' is not a date; write it as YYYY-MM-DD, e.g. 2031-03-31</source>
        <translation>'%1' は日付ではありません。YYYY-MM-DD 形式で書いてください（例：2031-03-31）</translation>
    </message>
    <message>
        <source>security updates end (%1) before the evaluation (%2); check both dates</source>
        <translation>セキュリティアップデートの提供終了（%1）が評価日（%2）より前です。両方の日付を確認してください</translation>
    </message>
    <message>
        <source>no rows after the header: nothing to issue</source>
        <translation>見出し行の後に行がありません。発行するものがありません</translation>
    </message>
</context>
<context>
    <name>LabelIssuer</name>
    <message>
        <source>a label's validity ends after today and at most two years ahead (by %1); %2 is not</source>
        <translation>ラベルの有効期限は明日以降、2年先（%1）までです。%2 はこの範囲外です</translation>
    </message>
    <message>
        <source>'%1' is not a date written YYYY-MM-DD</source>
        <translation>'%1' は YYYY-MM-DD 形式の日付ではありません</translation>
    </message>
    <message>
        <source>'%1' is not a registry's address, which is written https://host[/path]</source>
        <translation>'%1' は登録システムのアドレスではありません。アドレスは https://host[/path] の形式です</translation>
    </message>
</context>
<context>
    <name>LabelToken</name>
    <message>
        <source>the token is %1 characters long; a label token has at most %2</source>
        <translation>トークンが %1 文字あります。ラベルトークンは %2 文字までです</translation>
    </message>
    <message>
        <source>the token is not base32 (A–Z, 2–7): it is not a StarMark label token</source>
        <translation>トークンが base32（A–Z、2–7）ではありません。StarMark のラベルトークンではありません</translation>
    </message>
    <message>
        <source>the token is too short (%1 bytes): it was truncated</source>
        <translation>トークンが短すぎます（%1 バイト）。途中で切れています</translation>
    </message>
    <message>
        <source>label token format %1 is not one this StarMark reads (it reads %2)</source>
        <translation>ラベルトークンの形式 %1 は、この StarMark では読めません（読めるのは %2 です）</translation>
    </message>
    <message>
        <source>the token ends inside its fields: it was truncated</source>
        <translation>トークンがフィールドの途中で終わっています。途中で切れています</translation>
    </message>
    <message>
        <source>the token's signature is %1 bytes, not 64: it was truncated or extended</source>
        <translation>トークンの署名が 64 バイトではなく %1 バイトです。切れているか、付け足されています</translation>
    </message>
    <message>
        <source>the token's fields are out of range (%1)</source>
        <translation>トークンのフィールドが範囲外です（%1）</translation>
    </message>
    <message>
        <source>the text is %1 characters long: too long to be a label URL</source>
        <translation>テキストが %1 文字あり、ラベルの URL としては長すぎます</translation>
    </message>
    <message>
        <source>'%1' is not a StarMark label URL (…/L/&lt;registration&gt;/&lt;token&gt;)</source>
        <translation>'%1' は StarMark のラベル URL（…/L/&lt;登録番号&gt;/&lt;トークン&gt;）ではありません</translation>
    </message>
</context>
<context>
    <name>LabelVerifier</name>
    <message>
        <source>the label's QR code opens %1, not the registry %2 whose key signed it: a genuine token copied onto a counterfeit label sends phones elsewhere</source>
        <translation>ラベルの QR コードが開くのは %1 で、署名した鍵の登録システム %2 ではありません。本物のトークンを偽造ラベルに写すと、スマートフォンは別のサイトに誘導されます</translation>
    </message>
    <message>
        <source>the address names registration %1, but the label's signed token is for %2: the token was pasted under another registration number</source>
        <translation>アドレスの登録番号は %1 ですが、ラベルの署名済みトークンは %2 のものです。トークンが別の登録番号の下に貼り付けられています</translation>
    </message>
    <message>
        <source>no issuer key given: the label cannot be checked</source>
        <translation>発行鍵が指定されていないため、ラベルを確認できません</translation>
    </message>
    <message>
        <source>the label was signed by key %1, which is not among the trusted issuers</source>
        <translation>このラベルは鍵 %1 で署名されていますが、この鍵は信頼する発行者に含まれていません</translation>
    </message>
    <message>
        <source>the signature does not match the label's contents: it was altered or forged</source>
        <translation>署名がラベルの内容と一致しません。改ざんまたは偽造されています</translation>
    </message>
    <message>
        <source>the label was evaluated on %1, after the day it is checked for (%2): no label is valid before its evaluation</source>
        <translation>このラベルの評価日は %1 で、確認する日（%2）より後です。評価前に有効なラベルはありません</translation>
    </message>
    <message>
        <source>the label's validity ended on %1</source>
        <translation>ラベルの有効期限は %1 に切れました</translation>
    </message>
    <message>
        <source>security updates for this product ended on %1</source>
        <translation>この製品のセキュリティアップデートは %1 に終了しました</translation>
    </message>
</context>
<context>
    <name>ProductFacts</name>
    <message>
        <source>the assessment reaches ★%1, not the ★%2 it claims: no label</source>
        <translation>この評価は ★%1 で、申告した ★%2 に達していません。ラベルは発行できません</translation>
    </message>
    <message>
        <source>no trust anchor to check the report's signer against: no label</source>
        <translation>報告書の署名者を確認するトラストアンカーがありません。ラベルは発行できません</translation>
    </message>
    <message>
        <source>not a valid signed report (%1): no label</source>
        <translation>有効な署名済み報告書ではありません（%1）。ラベルは発行できません</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>a surveillance report, not a declaration of conformity or an evaluation report: no label</source>
        <translation>これはサーベイランス報告書で、適合宣言書でも評価報告書でもありません。ラベルは発行できません</translation>
    </message>
    <message>
        <source>the report shows ★%1, not the ★%2 it claims: no label</source>
        <translation>報告書の結果は ★%1 で、申告した ★%2 に達していません。ラベルは発行できません</translation>
    </message>
    <message>
        <source>the report was made against the catalog %1, which is not installed here: no label</source>
        <translation>この報告書はカタログ %1 に基づいていますが、ここにはインストールされていません。ラベルは発行できません</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>（指定なし）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>RegistryPageTexts</name>
    <message>
        <source>Product security label</source>
        <translation>製品セキュリティラベル</translation>
    </message>
    <message>
        <source>IoT product security label (★1–★4): registry entry</source>
        <translation>IoT製品セキュリティラベル（★1〜★4）登録情報</translation>
    </message>
    <message>
        <source>日本語</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>適合レベル</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型番</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>製品類型</translation>
    </message>
    <message>
        <source>Firmware evaluated</source>
        <translation>評価したファームウェア</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>評価日</translation>
    </message>
    <message>
        <source>Security updates until</source>
        <translation>セキュリティアップデート提供期限</translation>
    </message>
    <message>
        <source>Label valid until</source>
        <translation>ラベル有効期限</translation>
    </message>
    <message>
        <source>Vulnerability contact</source>
        <translation>脆弱性の連絡先</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Firmware revisions evaluated</source>
        <translation>ファームウェアの評価履歴</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Accepted as an exception to the rules by registry staff member %1: %2. Reason: %3</source>
        <translation>登録機関の職員 %1 が規則の例外として承認：%2。理由：%3</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1（変更前：%2）</translation>
    </message>
    <message>
        <source>firmware downgrade</source>
        <translation>ファームウェアのダウングレード</translation>
    </message>
    <message>
        <source>earlier end of security updates</source>
        <translation>セキュリティアップデート提供期限の前倒し</translation>
    </message>
    <message>
        <source>changed vulnerability contact</source>
        <translation>脆弱性の連絡先の変更</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Valid — security updates have ended</source>
        <translation>有効（セキュリティアップデート終了）</translation>
    </message>
    <message>
        <source>Label expired</source>
        <translation>ラベルの有効期限切れ</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Security updates for this product ended on %1. Vulnerabilities found from now on will not be fixed.</source>
        <translation>この製品のセキュリティアップデートは%1に終了しました。新たに見つかった脆弱性は修正されません。</translation>
    </message>
    <message>
        <source>This label's validity ended on %1.</source>
        <translation>このラベルの有効期限は%1に切れました。</translation>
    </message>
    <message>
        <source>This label was revoked on %1. Reason: %2</source>
        <translation>このラベルは%1に取り消されました。理由：%2</translation>
    </message>
    <message>
        <source>Open this page from the label's QR code to check the label's signature on this device.</source>
        <translation>ラベルのQRコードから開くと、ラベルの署名をこの端末で確認します。</translation>
    </message>
    <message>
        <source>Checking the label's signature…</source>
        <translation>ラベルの署名を確認しています…</translation>
    </message>
    <message>
        <source>Signature verified: this label was issued by the registry.</source>
        <translation>署名を確認しました：このラベルは登録機関が発行したものです。</translation>
    </message>
    <message>
        <source>The signature does not match: this label was altered or not issued by the registry.</source>
        <translation>署名が一致しません：このラベルは改ざんされているか、登録機関が発行したものではありません。</translation>
    </message>
    <message>
        <source>The signature is valid, but it belongs to another registration number.</source>
        <translation>署名は有効ですが、別の登録番号のラベルです。</translation>
    </message>
    <message>
        <source>This browser cannot check the signature.</source>
        <translation>このブラウザでは署名を確認できません。</translation>
    </message>
    <message>
        <source>(the label's firmware: %1)</source>
        <translation>（ラベルのファームウェア：%1）</translation>
    </message>
    <message>
        <source>This label shows that the product was found to meet the security requirements when it was evaluated. It does not guarantee that the product is completely secure or free of vulnerabilities.</source>
        <translation>このラベルは、評価時点でセキュリティ要件への適合が確認されたことを示すもので、製品の完全な安全性や脆弱性がないことを保証するものではありません。</translation>
    </message>
    <message>
        <source>Label issuer key</source>
        <translation>ラベル発行鍵</translation>
    </message>
    <message>
        <source>Common</source>
        <translation>共通</translation>
    </message>
    <message>
        <source>Communication equipment (router)</source>
        <translation>通信機器（ルーター）</translation>
    </message>
    <message>
        <source>Network camera</source>
        <translation>ネットワークカメラ</translation>
    </message>
    <message>
        <source>This registration number is not registered. The label may be counterfeit.</source>
        <translation>この登録番号は登録されていません。ラベルが偽造されたおそれがあります。</translation>
    </message>
    <message>
        <source>Signed revocation list (for offline checks): issued %1, next update by %2</source>
        <translation>署名付き失効リスト (オフライン確認用): 発行 %1、次回更新 %2 まで</translation>
    </message>
    <message>
        <source>Models covered</source>
        <translation>対象型番</translation>
    </message>
    <message>
        <source>Models added to the registration: %1</source>
        <translation>追加された型番: %1</translation>
    </message>
</context>
</TS>
