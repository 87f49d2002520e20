<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_GB">
<context>
    <name>RegistryServer</name>
    <message>
        <source>%1 is not a registration number: they are written JCS-YY-NNNNNN (e.g. JCS-26-000123)</source>
        <translation>%1 は登録番号ではありません。登録番号は JCS-YY-NNNNNN の形式です（例：JCS-26-000123）</translation>
    </message>
    <message>
        <source>%1 is not registered</source>
        <translation>%1 は登録されていません</translation>
    </message>
    <message>
        <source>staff requests carry a bearer token, which must not cross a network in clear: this server has neither --tls-cert nor --behind-proxy, so it takes them from loopback clients only</source>
        <translation>職員のリクエストはベアラートークンを含むため、暗号化されずにネットワークを通ってはなりません。このサーバーには --tls-cert も --behind-proxy もないため、ループバックのクライアントからしか受け付けません</translation>
    </message>
    <message>
        <source>this address answers %1 only</source>
        <translation>このアドレスが受け付けるのは %1 のみです</translation>
    </message>
    <message>
        <source>a label&apos;s address is /l/&lt;registration number&gt;[/&lt;label token&gt;], nothing more</source>
        <translation>ラベルのアドレスは /l/&lt;登録番号&gt;[/&lt;ラベルトークン&gt;] で、それ以上は続きません</translation>
    </message>
    <message>
        <source>nothing at %1: the registry serves /l/&lt;registration number&gt;, /api/v1/labels/&lt;registration number&gt;, /api/v1/revocations, /api/v1/issuer-key, and POST /api/v1/submissions and /api/v1/labels/&lt;registration number&gt;/revoke</source>
        <translation>%1 には何もありません。登録システムが提供するのは /l/&lt;登録番号&gt;、/api/v1/labels/&lt;登録番号&gt;、/api/v1/revocations、/api/v1/issuer-key と、POST の /api/v1/submissions および /api/v1/labels/&lt;登録番号&gt;/revoke です</translation>
    </message>
    <message>
        <source>the label token after the registration number is base32 (A–Z, 2–7) of at most %1 characters</source>
        <translation>登録番号の後のラベルトークンは、%1 文字以内の base32（A–Z、2–7）です</translation>
    </message>
    <message>
        <source>this needs a staff token: send &apos;Authorization: Bearer &lt;token&gt;&apos; (tokens come from &apos;starmark serve add-token NAME&apos;)</source>
        <translation>職員トークンが必要です。&apos;Authorization: Bearer &lt;トークン&gt;&apos; を送ってください（トークンは &apos;starmark serve add-token 名前&apos; で発行します）</translation>
    </message>
    <message>
        <source>the Authorization header must read &apos;Bearer &lt;token&gt;&apos;</source>
        <translation>Authorization ヘッダーは &apos;Bearer &lt;トークン&gt;&apos; の形で書きます</translation>
    </message>
    <message>
        <source>the bearer token is not a registry staff token (mistyped, or from another registry)</source>
        <translation>このベアラートークンは登録システムの職員トークンではありません（入力誤りか、別の登録システムのものです）</translation>
    </message>
    <message>
        <source>send the signed report itself, with &apos;Content-Type: application/pdf&apos;</source>
        <translation>署名済み報告書そのものを &apos;Content-Type: application/pdf&apos; で送ってください</translation>
    </message>
    <message>
        <source>the body is not a PDF (it does not start with %PDF-): send the signed report</source>
        <translation>本文が PDF ではありません（%PDF- で始まっていません）。署名済み報告書を送ってください</translation>
    </message>
    <message>
        <source>the server was started without a trust anchor (--trust, or the trust store): it cannot check whose signature a report carries</source>
        <translation>サーバーがトラストアンカーなし（--trust もトラストストアもなし）で起動されているため、報告書の署名者を確認できません</translation>
    </message>
    <message>
        <source>override= applies to a firmware revision only: name the registration it revises (?registration=R)</source>
        <translation>override= はファームウェアの改訂にだけ使えます。改訂する登録番号を指定してください（?registration=R）</translation>
    </message>
    <message>
        <source>this report is already registered as %1; a new firmware comes with its own new report (?registration=%1)</source>
        <translation>この報告書はすでに %1 として登録されています。新しいファームウェアには新しい報告書が必要です（?registration=%1）</translation>
    </message>
    <message>
        <source>no revision added: %1</source>
        <translation>改訂は追加されませんでした：%1</translation>
    </message>
    <message>
        <source>not registered: %1</source>
        <translation>登録されませんでした：%1</translation>
    </message>
    <message>
        <source>send a JSON body {&quot;reason&quot;: &quot;…&quot;}: the page shows the reason (at most 2,000 characters)</source>
        <translation>JSON の本文 {&quot;reason&quot;: &quot;…&quot;} を送ってください。理由は登録ページに表示されます（2,000文字まで）</translation>
    </message>
    <message>
        <source>%1 is already revoked</source>
        <translation>%1 はすでに取り消されています</translation>
    </message>
</context>
</TS>
