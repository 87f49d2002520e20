<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>RegistryServer</name>
    <message>
        <source>%1 is not a registration number: they are written JCS-YY-NNNNNN (e.g. JCS-26-000123)</source>
        <translation>%1 is not a registration number: they are written JCS-YY-NNNNNN (e.g. JCS-26-000123)</translation>
    </message>
    <message>
        <source>%1 is not registered</source>
        <translation>%1 is not registered</translation>
    </message>
    <message>
        <source>staff requests carry a bearer token, which must not cross a network in clear: this server has neither --tls-cert nor --behind-proxy, so it takes them from loopback clients only</source>
        <translation>staff requests carry a bearer token, which must not cross a network in clear: this server has neither --tls-cert nor --behind-proxy, so it takes them from loopback clients only</translation>
    </message>
    <message>
        <source>this address answers %1 only</source>
        <translation>this address answers %1 only</translation>
    </message>
    <message>
        <source>a label&apos;s address is /l/&lt;registration number&gt;[/&lt;label token&gt;], nothing more</source>
        <translation>a label&apos;s address is /l/&lt;registration number&gt;[/&lt;label token&gt;], nothing more</translation>
    </message>
    <message>
        <source>nothing at %1: the registry serves /l/&lt;registration number&gt;, /api/v1/labels/&lt;registration number&gt;, /api/v1/revocations, /api/v1/issuer-key, and POST /api/v1/submissions and /api/v1/labels/&lt;registration number&gt;/revoke</source>
        <translation>nothing at %1: the registry serves /l/&lt;registration number&gt;, /api/v1/labels/&lt;registration number&gt;, /api/v1/revocations, /api/v1/issuer-key, and POST /api/v1/submissions and /api/v1/labels/&lt;registration number&gt;/revoke</translation>
    </message>
    <message>
        <source>the label token after the registration number is base32 (A–Z, 2–7) of at most %1 characters</source>
        <translation>the label token after the registration number is base32 (A–Z, 2–7) of at most %1 characters</translation>
    </message>
    <message>
        <source>this needs a staff token: send &apos;Authorization: Bearer &lt;token&gt;&apos; (tokens come from &apos;starmark serve add-token NAME&apos;)</source>
        <translation>this needs a staff token: send &apos;Authorization: Bearer &lt;token&gt;&apos; (tokens come from &apos;starmark serve add-token NAME&apos;)</translation>
    </message>
    <message>
        <source>the Authorization header must read &apos;Bearer &lt;token&gt;&apos;</source>
        <translation>the Authorization header must read &apos;Bearer &lt;token&gt;&apos;</translation>
    </message>
    <message>
        <source>the bearer token is not a registry staff token (mistyped, or from another registry)</source>
        <translation>the bearer token is not a registry staff token (mistyped, or from another registry)</translation>
    </message>
    <message>
        <source>send the signed report itself, with &apos;Content-Type: application/pdf&apos;</source>
        <translation>send the signed report itself, with &apos;Content-Type: application/pdf&apos;</translation>
    </message>
    <message>
        <source>the body is not a PDF (it does not start with %PDF-): send the signed report</source>
        <translation>the body is not a PDF (it does not start with %PDF-): send the signed report</translation>
    </message>
    <message>
        <source>the server was started without a trust anchor (--trust, or the trust store): it cannot check whose signature a report carries</source>
        <translation>the server was started without a trust anchor (--trust, or the trust store): it cannot check whose signature a report carries</translation>
    </message>
    <message>
        <source>override= applies to a firmware revision only: name the registration it revises (?registration=R)</source>
        <translation>override= applies to a firmware revision only: name the registration it revises (?registration=R)</translation>
    </message>
    <message>
        <source>this report is already registered as %1; a new firmware comes with its own new report (?registration=%1)</source>
        <translation>this report is already registered as %1; a new firmware comes with its own new report (?registration=%1)</translation>
    </message>
    <message>
        <source>no revision added: %1</source>
        <translation>no revision added: %1</translation>
    </message>
    <message>
        <source>not registered: %1</source>
        <translation>not registered: %1</translation>
    </message>
    <message>
        <source>send a JSON body {&quot;reason&quot;: &quot;…&quot;}: the page shows the reason (at most 2,000 characters)</source>
        <translation>send a JSON body {&quot;reason&quot;: &quot;…&quot;}: the page shows the reason (at most 2,000 characters)</translation>
    </message>
    <message>
        <source>%1 is already revoked</source>
        <translation>%1 is already revoked</translation>
    </message>
</context>
</TS>
