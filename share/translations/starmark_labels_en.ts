<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>LabelBatch</name>
    <message>
        <source>no label for %1: %2</source>
        <translation>no label for %1: %2</translation>
    </message>
    <message>
        <source>the label of %1 cannot be written (%2)</source>
        <translation>the label of %1 cannot be written (%2)</translation>
    </message>
    <message>
        <source>the header must read %1 (columns are read by position); found '%2'</source>
        <translation>the header must read %1 (columns are read by position); found '%2'</translation>
    </message>
    <message>
        <source>%1 fields where %2 are expected (%3); fields are not quoted and none may contain a comma</source>
        <translation>%1 fields where %2 are expected (%3); fields are not quoted and none may contain a comma</translation>
    </message>
    <message>
        <source>'%1' is not a registration number; the registry assigns them as JCS-YY-NNNNNN (e.g. JCS-26-000123)</source>
        <translation>'%1' is not a registration number; the registry assigns them as JCS-YY-NNNNNN (e.g. JCS-26-000123)</translation>
    </message>
    <message>
        <source>%1 is on row %2 already; each label has its own number</source>
        <translation>%1 is on row %2 already; each label has its own number</translation>
    </message>
    <message>
        <source>'%1' is not a level; write 1, 2, 3 or 4</source>
        <translation>'%1' is not a level; write 1, 2, 3 or 4</translation>
    </message>
    <message>
        <source>no installed catalog is for ★%1 '%2'; use one of: %3</source>
        <translation>no installed catalog is for ★%1 '%2'; use one of: %3</translation>
    </message>
    <message>
        <source>(no catalogs installed)</source>
        <translation>(no catalogs installed)</translation>
    </message>
    <message>
        <source>empty; the label names the %1</source>
        <translation>empty; the label names the %1</translation>
    </message>
    <message>
        <source>contains control characters; write it as the device shows it</source>
        <translation>contains control characters; write it as the device shows it</translation>
    </message>
    <message>
        <source>%1 bytes long; a label carries at most %2</source>
        <translation>%1 bytes long; a label carries at most %2</translation>
    </message>
    <message>
        <source>'%1' is not a date; write it as YYYY-MM-DD, e.g. 2026-04-01</source>
        <translation>'%1' is not a date; write it as YYYY-MM-DD, e.g. 2026-04-01</translation>
    </message>
    <message>
        <source>%1 is after today (%2); a label is issued for an evaluation already made</source>
        <translation>%1 is after today (%2); a label is issued for an evaluation already made</translation>
    </message>
    <message>
        <source>'%1' is not a date; write it as YYYY-MM-DD, e.g. 2031-03-31</source>
        <translation>'%1' is not a date; write it as YYYY-MM-DD, e.g. 2031-03-31</translation>
    </message>
    <message>
        <source>security updates end (%1) before the evaluation (%2); check both dates</source>
        <translation>security updates end (%1) before the evaluation (%2); check both dates</translation>
    </message>
    <message>
        <source>no rows after the header: nothing to issue</source>
        <translation>no rows after the header: nothing to issue</translation>
    </message>
</context>
<context>
    <name>LabelIssuer</name>
    <message>
        <source>a label's validity ends after today and at most two years ahead (by %1); %2 is not</source>
        <translation>a label's validity ends after today and at most two years ahead (by %1); %2 is not</translation>
    </message>
    <message>
        <source>'%1' is not a date written YYYY-MM-DD</source>
        <translation>'%1' is not a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>'%1' is not a registry's address, which is written https://host[/path]</source>
        <translation>'%1' is not a registry's address, which is written https://host[/path]</translation>
    </message>
</context>
<context>
    <name>LabelToken</name>
    <message>
        <source>the token is %1 characters long; a label token has at most %2</source>
        <translation>the token is %1 characters long; a label token has at most %2</translation>
    </message>
    <message>
        <source>the token is not base32 (A–Z, 2–7): it is not a StarMark label token</source>
        <translation>the token is not base32 (A–Z, 2–7): it is not a StarMark label token</translation>
    </message>
    <message>
        <source>the token is too short (%1 bytes): it was truncated</source>
        <translation>the token is too short (%1 bytes): it was truncated</translation>
    </message>
    <message>
        <source>label token format %1 is not one this StarMark reads (it reads %2)</source>
        <translation>label token format %1 is not one this StarMark reads (it reads %2)</translation>
    </message>
    <message>
        <source>the token ends inside its fields: it was truncated</source>
        <translation>the token ends inside its fields: it was truncated</translation>
    </message>
    <message>
        <source>the token's signature is %1 bytes, not 64: it was truncated or extended</source>
        <translation>the token's signature is %1 bytes, not 64: it was truncated or extended</translation>
    </message>
    <message>
        <source>the token's fields are out of range (%1)</source>
        <translation>the token's fields are out of range (%1)</translation>
    </message>
    <message>
        <source>the text is %1 characters long: too long to be a label URL</source>
        <translation>the text is %1 characters long: too long to be a label URL</translation>
    </message>
    <message>
        <source>'%1' is not a StarMark label URL (…/L/&lt;registration&gt;/&lt;token&gt;)</source>
        <translation>'%1' is not a StarMark label URL (…/L/&lt;registration&gt;/&lt;token&gt;)</translation>
    </message>
</context>
<context>
    <name>LabelVerifier</name>
    <message>
        <source>the label's QR code opens %1, not the registry %2 whose key signed it: a genuine token copied onto a counterfeit label sends phones elsewhere</source>
        <translation>the label's QR code opens %1, not the registry %2 whose key signed it: a genuine token copied onto a counterfeit label sends phones elsewhere</translation>
    </message>
    <message>
        <source>the address names registration %1, but the label's signed token is for %2: the token was pasted under another registration number</source>
        <translation>the address names registration %1, but the label's signed token is for %2: the token was pasted under another registration number</translation>
    </message>
    <message>
        <source>no issuer key given: the label cannot be checked</source>
        <translation>no issuer key given: the label cannot be checked</translation>
    </message>
    <message>
        <source>the label was signed by key %1, which is not among the trusted issuers</source>
        <translation>the label was signed by key %1, which is not among the trusted issuers</translation>
    </message>
    <message>
        <source>the signature does not match the label's contents: it was altered or forged</source>
        <translation>the signature does not match the label's contents: it was altered or forged</translation>
    </message>
    <message>
        <source>the label was evaluated on %1, after the day it is checked for (%2): no label is valid before its evaluation</source>
        <translation>the label was evaluated on %1, after the day it is checked for (%2): no label is valid before its evaluation</translation>
    </message>
    <message>
        <source>the label's validity ended on %1</source>
        <translation>the label's validity ended on %1</translation>
    </message>
    <message>
        <source>security updates for this product ended on %1</source>
        <translation>security updates for this product ended on %1</translation>
    </message>
</context>
<context>
    <name>ProductFacts</name>
    <message>
        <source>the assessment reaches ★%1, not the ★%2 it claims: no label</source>
        <translation>the assessment reaches ★%1, not the ★%2 it claims: no label</translation>
    </message>
    <message>
        <source>no trust anchor to check the report's signer against: no label</source>
        <translation>no trust anchor to check the report's signer against: no label</translation>
    </message>
    <message>
        <source>not a valid signed report (%1): no label</source>
        <translation>not a valid signed report (%1): no label</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>a surveillance report, not a declaration of conformity or an evaluation report: no label</source>
        <translation>a surveillance report, not a declaration of conformity or an evaluation report: no label</translation>
    </message>
    <message>
        <source>the report shows ★%1, not the ★%2 it claims: no label</source>
        <translation>the report shows ★%1, not the ★%2 it claims: no label</translation>
    </message>
    <message>
        <source>the report was made against the catalog %1, which is not installed here: no label</source>
        <translation>the report was made against the catalog %1, which is not installed here: no label</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(none named)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>RegistryPageTexts</name>
    <message>
        <source>Product security label</source>
        <translation>Product security label</translation>
    </message>
    <message>
        <source>IoT product security label (★1–★4): registry entry</source>
        <translation>IoT product security label (★1–★4): registry entry</translation>
    </message>
    <message>
        <source>日本語</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Product category</translation>
    </message>
    <message>
        <source>Firmware evaluated</source>
        <translation>Firmware evaluated</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <source>Security updates until</source>
        <translation>Security updates until</translation>
    </message>
    <message>
        <source>Label valid until</source>
        <translation>Label valid until</translation>
    </message>
    <message>
        <source>Vulnerability contact</source>
        <translation>Vulnerability contact</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Firmware revisions evaluated</source>
        <translation>Firmware revisions evaluated</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Accepted as an exception to the rules by registry staff member %1: %2. Reason: %3</source>
        <translation>Accepted as an exception to the rules by registry staff member %1: %2. Reason: %3</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (was %2)</translation>
    </message>
    <message>
        <source>firmware downgrade</source>
        <translation>firmware downgrade</translation>
    </message>
    <message>
        <source>earlier end of security updates</source>
        <translation>earlier end of security updates</translation>
    </message>
    <message>
        <source>changed vulnerability contact</source>
        <translation>changed vulnerability contact</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Valid — security updates have ended</source>
        <translation>Valid — security updates have ended</translation>
    </message>
    <message>
        <source>Label expired</source>
        <translation>Label expired</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Security updates for this product ended on %1. Vulnerabilities found from now on will not be fixed.</source>
        <translation>Security updates for this product ended on %1. Vulnerabilities found from now on will not be fixed.</translation>
    </message>
    <message>
        <source>This label's validity ended on %1.</source>
        <translation>This label's validity ended on %1.</translation>
    </message>
    <message>
        <source>This label was revoked on %1. Reason: %2</source>
        <translation>This label was revoked on %1. Reason: %2</translation>
    </message>
    <message>
        <source>Open this page from the label's QR code to check the label's signature on this device.</source>
        <translation>Open this page from the label's QR code to check the label's signature on this device.</translation>
    </message>
    <message>
        <source>Checking the label's signature…</source>
        <translation>Checking the label's signature…</translation>
    </message>
    <message>
        <source>Signature verified: this label was issued by the registry.</source>
        <translation>Signature verified: this label was issued by the registry.</translation>
    </message>
    <message>
        <source>The signature does not match: this label was altered or not issued by the registry.</source>
        <translation>The signature does not match: this label was altered or not issued by the registry.</translation>
    </message>
    <message>
        <source>The signature is valid, but it belongs to another registration number.</source>
        <translation>The signature is valid, but it belongs to another registration number.</translation>
    </message>
    <message>
        <source>This browser cannot check the signature.</source>
        <translation>This browser cannot check the signature.</translation>
    </message>
    <message>
        <source>(the label's firmware: %1)</source>
        <translation>(the label's firmware: %1)</translation>
    </message>
    <message>
        <source>This label shows that the product was found to meet the security requirements when it was evaluated. It does not guarantee that the product is completely secure or free of vulnerabilities.</source>
        <translation>This label shows that the product was found to meet the security requirements when it was evaluated. It does not guarantee that the product is completely secure or free of vulnerabilities.</translation>
    </message>
    <message>
        <source>Label issuer key</source>
        <translation>Label issuer key</translation>
    </message>
    <message>
        <source>Common</source>
        <translation>Common</translation>
    </message>
    <message>
        <source>Communication equipment (router)</source>
        <translation>Communication equipment (router)</translation>
    </message>
    <message>
        <source>Network camera</source>
        <translation>Network camera</translation>
    </message>
    <message>
        <source>This registration number is not registered. The label may be counterfeit.</source>
        <translation>This registration number is not registered. The label may be counterfeit.</translation>
    </message>
    <message>
        <source>Signed revocation list (for offline checks): issued %1, next update by %2</source>
        <translation>Signed revocation list (for offline checks): issued %1, next update by %2</translation>
    </message>
    <message>
        <source>Models covered</source>
        <translation>Models covered</translation>
    </message>
    <message>
        <source>Models added to the registration: %1</source>
        <translation>Models added to the registration: %1</translation>
    </message>
</context>
</TS>
