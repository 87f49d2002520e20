<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>LabelIssuer</name>
    <message>
        <source>a label&apos;s validity ends after today and at most two years ahead (by %1); %2 is not</source>
        <translation>a label&apos;s validity ends after today and at most two years ahead (by %1); %2 is not</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date written YYYY-MM-DD</source>
        <translation>&apos;%1&apos; is not a date written YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>ProductFacts</name>
    <message>
        <source>the assessment reaches ★%1, not the ★%2 it claims: no label</source>
        <translation>the assessment reaches ★%1, not the ★%2 it claims: no label</translation>
    </message>
    <message>
        <source>no trust anchor to check the report&apos;s signer against: no label</source>
        <translation>no trust anchor to check the report&apos;s signer against: no label</translation>
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
</context>
</TS>
