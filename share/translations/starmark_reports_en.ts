<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AuditAnchor</name>
    <message>
        <source>a surveillance report records no assessment&apos;s audit trail</source>
        <translation>a surveillance report records no assessment&apos;s audit trail</translation>
    </message>
    <message>
        <source>the entry %1 recorded by the signed report is not in the trail: the trail was rewritten after the report was signed</source>
        <translation>the entry %1 recorded by the signed report is not in the trail: the trail was rewritten after the report was signed</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>no PEM certificate in this file (expected -----BEGIN CERTIFICATE-----)</source>
        <translation>no PEM certificate in this file (expected -----BEGIN CERTIFICATE-----)</translation>
    </message>
</context>
<context>
    <name>ReportAttachments</name>
    <message>
        <source>the PDF has no StarMark record: it is not a StarMark report</source>
        <translation>the PDF has no StarMark record: it is not a StarMark report</translation>
    </message>
    <message>
        <source>the attachment %1 cannot be read from the PDF</source>
        <translation>the attachment %1 cannot be read from the PDF</translation>
    </message>
</context>
<context>
    <name>ReportAuthor</name>
    <message>
        <source>the lab evaluation carries no reviewer sign-off in its signed record: a lab signs its report only after the reviewer has signed the evaluation off</source>
        <translation>the lab evaluation carries no reviewer sign-off in its signed record: a lab signs its report only after the reviewer has signed the evaluation off</translation>
    </message>
    <message>
        <source>the reviewer who signed the evaluation off, %1, is its evaluator: the sign-off is not a review</source>
        <translation>the reviewer who signed the evaluation off, %1, is its evaluator: the sign-off is not a review</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the lab evaluation names no lab (evaluator.organisation): nobody can be its author</source>
        <translation>the lab evaluation names no lab (evaluator.organisation): nobody can be its author</translation>
    </message>
    <message>
        <source>a ★%1 claim is evaluated by an independent lab; a self-declaration cannot make it</source>
        <translation>a ★%1 claim is evaluated by an independent lab; a self-declaration cannot make it</translation>
    </message>
    <message>
        <source>the self-declaration names no manufacturer: nobody can be its author</source>
        <translation>the self-declaration names no manufacturer: nobody can be its author</translation>
    </message>
    <message>
        <source>%1 must be signed in the %2 role; its signer holds no StarMark role (%3)</source>
        <translation>%1 must be signed in the %2 role; its signer holds no StarMark role (%3)</translation>
    </message>
    <message>
        <source>%1 must be signed in the %2 role; its signer signs in the %3 role (%4)</source>
        <translation>%1 must be signed in the %2 role; its signer signs in the %3 role (%4)</translation>
    </message>
    <message>
        <source>%1 names %2 as its %3, but its signer&apos;s certificate names no organisation</source>
        <translation>%1 names %2 as its %3, but its signer&apos;s certificate names no organisation</translation>
    </message>
    <message>
        <source>%1 names %2 as its %3, but it is signed by the organisation &apos;%4&apos;</source>
        <translation>%1 names %2 as its %3, but it is signed by the organisation &apos;%4&apos;</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>%1 was signed, but it is not a record StarMark writes</source>
        <translation>%1 was signed, but it is not a record StarMark writes</translation>
    </message>
    <message>
        <source>a ★%1 self-declaration</source>
        <translation>a ★%1 self-declaration</translation>
    </message>
    <message>
        <source>a ★%1 lab evaluation</source>
        <translation>a ★%1 lab evaluation</translation>
    </message>
    <message>
        <source>a surveillance report</source>
        <translation>a surveillance report</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>the certificate of %1 inside the signature is damaged</source>
        <translation>the certificate of %1 inside the signature is damaged</translation>
    </message>
    <message>
        <source>the signature carries a certificate that is not on the signer&apos;s path (%1): it was altered or does not belong</source>
        <translation>the signature carries a certificate that is not on the signer&apos;s path (%1): it was altered or does not belong</translation>
    </message>
    <message>
        <source>the certificate of %1 inside the signature cannot be checked against its issuer: it was altered, or its issuer is not among the trust anchors</source>
        <translation>the certificate of %1 inside the signature cannot be checked against its issuer: it was altered, or its issuer is not among the trust anchors</translation>
    </message>
    <message>
        <source>the signature value&apos;s version fields are not 1: it was altered</source>
        <translation>the signature value&apos;s version fields are not 1: it was altered</translation>
    </message>
    <message>
        <source>the signer&apos;s identifier does not match the signer&apos;s certificate: the signature value was altered</source>
        <translation>the signer&apos;s identifier does not match the signer&apos;s certificate: the signature value was altered</translation>
    </message>
    <message>
        <source>the signature algorithm is not one StarMark accepts: the signature value was altered</source>
        <translation>the signature algorithm is not one StarMark accepts: the signature value was altered</translation>
    </message>
    <message>
        <source>the signature algorithm&apos;s parameters were altered</source>
        <translation>the signature algorithm&apos;s parameters were altered</translation>
    </message>
    <message>
        <source>its byte range is malformed</source>
        <translation>its byte range is malformed</translation>
    </message>
    <message>
        <source>the file is %1 bytes shorter than the signed range: it was truncated</source>
        <translation>the file is %1 bytes shorter than the signed range: it was truncated</translation>
    </message>
    <message>
        <source>%1 bytes were added after the signed range</source>
        <translation>%1 bytes were added after the signed range</translation>
    </message>
    <message>
        <source>the unsigned gap does not hold a signature value</source>
        <translation>the unsigned gap does not hold a signature value</translation>
    </message>
    <message>
        <source>the signature value is not hexadecimal</source>
        <translation>the signature value is not hexadecimal</translation>
    </message>
    <message>
        <source>the signature value is not a CMS signature: it is damaged</source>
        <translation>the signature value is not a CMS signature: it is damaged</translation>
    </message>
    <message>
        <source>bytes other than padding follow the signature value in the unsigned gap</source>
        <translation>bytes other than padding follow the signature value in the unsigned gap</translation>
    </message>
    <message>
        <source>the signature value is not canonical DER: it was altered</source>
        <translation>the signature value is not canonical DER: it was altered</translation>
    </message>
    <message>
        <source>the signature does not sign plain data (its content type was altered)</source>
        <translation>the signature does not sign plain data (its content type was altered)</translation>
    </message>
    <message>
        <source>the signature does not match the signed bytes (%1): the file was changed after signing</source>
        <translation>the signature does not match the signed bytes (%1): the file was changed after signing</translation>
    </message>
    <message>
        <source>signed with %1; StarMark reports are signed with SHA-256</source>
        <translation>signed with %1; StarMark reports are signed with SHA-256</translation>
    </message>
    <message>
        <source>the signer is not trusted: %1</source>
        <translation>the signer is not trusted: %1</translation>
    </message>
    <message>
        <source>the signature does not carry its signer&apos;s certificate</source>
        <translation>the signature does not carry its signer&apos;s certificate</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate may not sign documents (key usage)</source>
        <translation>the signer&apos;s certificate may not sign documents (key usage)</translation>
    </message>
    <message>
        <source>not a PDF file (it does not start with %PDF-)</source>
        <translation>not a PDF file (it does not start with %PDF-)</translation>
    </message>
    <message>
        <source>the PDF carries no signature</source>
        <translation>the PDF carries no signature</translation>
    </message>
    <message>
        <source>signature %1: %2</source>
        <translation>signature %1: %2</translation>
    </message>
    <message>
        <source>signature 1: %1</source>
        <translation>signature 1: %1</translation>
    </message>
    <message>
        <source>signature 1 is not a certification signature (no DocMDP in the catalog&apos;s /Perms names it): the report does not forbid changes after signing</source>
        <translation>signature 1 is not a certification signature (no DocMDP in the catalog&apos;s /Perms names it): the report does not forbid changes after signing</translation>
    </message>
    <message>
        <source>signature 1 certifies the report with DocMDP P %1, which permits changes; a StarMark report permits none (P 1)</source>
        <translation>signature 1 certifies the report with DocMDP P %1, which permits changes; a StarMark report permits none (P 1)</translation>
    </message>
    <message>
        <source>changed after the author signed: %1</source>
        <translation>changed after the author signed: %1</translation>
    </message>
    <message>
        <source>%1 is missing from the report</source>
        <translation>%1 is missing from the report</translation>
    </message>
    <message>
        <source>%1 is not what was signed</source>
        <translation>%1 is not what was signed</translation>
    </message>
</context>
<context>
    <name>SignerRole</name>
    <message>
        <source>manufacturer</source>
        <translation>manufacturer</translation>
    </message>
    <message>
        <source>evaluation lab</source>
        <translation>evaluation lab</translation>
    </message>
    <message>
        <source>certification body</source>
        <translation>certification body</translation>
    </message>
</context>
<context>
    <name>TrustAnchors</name>
    <message>
        <source>no role</source>
        <translation>no role</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>its certificate names no StarMark role, and no trust.yaml entry grants one to its CA</source>
        <translation>its certificate names no StarMark role, and no trust.yaml entry grants one to its CA</translation>
    </message>
    <message>
        <source>its certificate</source>
        <translation>its certificate</translation>
    </message>
    <message>
        <source>%1 trusts its CA only for other organisations, not for &apos;%2&apos;</source>
        <translation>%1 trusts its CA only for other organisations, not for &apos;%2&apos;</translation>
    </message>
    <message>
        <source>its certificate claims %1, but %2 trusts its CA for %3 only</source>
        <translation>its certificate claims %1, but %2 trusts its CA for %3 only</translation>
    </message>
    <message>
        <source>its certificate, within %1</source>
        <translation>its certificate, within %1</translation>
    </message>
</context>
</TS>
