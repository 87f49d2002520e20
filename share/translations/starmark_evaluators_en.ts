<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AssessmentEdit</name>
    <message>
        <source>the text has %1 characters; the limit is %2 characters (docs/limits.md)</source>
        <translation>the text has %1 characters; the limit is %2 characters (docs/limits.md)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a question of this assessment&apos;s catalogs</source>
        <translation>&apos;%1&apos; is not a question of this assessment&apos;s catalogs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a yes/no question; the answer is true or false</source>
        <translation>&apos;%1&apos; is a yes/no question; the answer is true or false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of &apos;%2&apos;</source>
        <translation>&apos;%1&apos; is not an option of &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a requirement of this assessment&apos;s catalogs</source>
        <translation>&apos;%1&apos; is not a requirement of this assessment&apos;s catalogs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a verdict; the verdicts are %2</source>
        <translation>&apos;%1&apos; is not a verdict; the verdicts are %2</translation>
    </message>
    <message>
        <source>a test case&apos;s keys are %1.tests.&lt;test id&gt;.verdict and .observed</source>
        <translation>a test case&apos;s keys are %1.tests.&lt;test id&gt;.verdict and .observed</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a test verdict; the test verdicts are %2</source>
        <translation>&apos;%1&apos; is not a test verdict; the test verdicts are %2</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <source>not a readable file</source>
        <translation>not a readable file</translation>
    </message>
    <message>
        <source>%1 is already another model of the family</source>
        <translation>%1 is already another model of the family</translation>
    </message>
</context>
<context>
    <name>AssessmentIntegrity</name>
    <message>
        <source>the file is of format %1, whose audit trail does not record the state it leads to</source>
        <translation>the file is of format %1, whose audit trail does not record the state it leads to</translation>
    </message>
    <message>
        <source>the audit trail does not hold: %1</source>
        <translation>the audit trail does not hold: %1</translation>
    </message>
    <message>
        <source>%1 cites evidence %2 (SHA-256 %3, %4 bytes), which the file does not hold</source>
        <translation>%1 cites evidence %2 (SHA-256 %3, %4 bytes), which the file does not hold</translation>
    </message>
    <message>
        <source>the recorded sign-off does not keep the rules: %1</source>
        <translation>the recorded sign-off does not keep the rules: %1</translation>
    </message>
</context>
<context>
    <name>CatalogChange</name>
    <message>
        <source>%1 added</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <source>%1 reworded (%2)</source>
        <translation>%1 reworded (%2)</translation>
    </message>
    <message>
        <source>%1 changed (%2)</source>
        <translation>%1 changed (%2)</translation>
    </message>
</context>
<context>
    <name>DeclarationExport</name>
    <message>
        <source>the folder %1 already holds files; a declaration is exported into a new or empty folder</source>
        <translation>the folder %1 already holds files; a declaration is exported into a new or empty folder</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>%1; nothing was exported</source>
        <translation>%1; nothing was exported</translation>
    </message>
</context>
<context>
    <name>DeclarationReader</name>
    <message>
        <source>a declaration (a map with catalog, level, mode, product, …)</source>
        <translation>a declaration (a map with catalog, level, mode, product, …)</translation>
    </message>
    <message>
        <source>the declaration claims ★%1, but the catalog %2 is ★%3</source>
        <translation>the declaration claims ★%1, but the catalog %2 is ★%3</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>★%1 is evaluated by an independent lab, not self-declared</source>
        <translation>★%1 is evaluated by an independent lab, not self-declared</translation>
    </message>
    <message>
        <source>a map with name and organisation</source>
        <translation>a map with name and organisation</translation>
    </message>
    <message>
        <source>no catalog &apos;%1&apos;, and no catalog is loaded</source>
        <translation>no catalog &apos;%1&apos;, and no catalog is loaded</translation>
    </message>
    <message>
        <source>no catalog &apos;%1&apos; (known: %2)</source>
        <translation>no catalog &apos;%1&apos; (known: %2)</translation>
    </message>
    <message>
        <source>the catalog %1 (%2) is not valid</source>
        <translation>the catalog %1 (%2) is not valid</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date written as YYYY-MM-DD, e.g. 2026-04-01</source>
        <translation>&apos;%1&apos; is not a date written as YYYY-MM-DD, e.g. 2026-04-01</translation>
    </message>
    <message>
        <source>a map describing the product</source>
        <translation>a map describing the product</translation>
    </message>
    <message>
        <source>a map of question ids to answers</source>
        <translation>a map of question ids to answers</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a question of %2 or the catalogs it extends (known: %3)</source>
        <translation>&apos;%1&apos; is not a question of %2 or the catalogs it extends (known: %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a yes/no question: its answer is true or false</source>
        <translation>&apos;%1&apos; is a yes/no question: its answer is true or false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of &apos;%2&apos;; the options are: %3</source>
        <translation>&apos;%1&apos; is not an option of &apos;%2&apos;; the options are: %3</translation>
    </message>
    <message>
        <source>a map of requirement ids to results</source>
        <translation>a map of requirement ids to results</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a requirement of %2 or the catalogs it extends</source>
        <translation>&apos;%1&apos; is not a requirement of %2 or the catalogs it extends</translation>
    </message>
    <message>
        <source>a result (a map with verdict, items, rationale, …)</source>
        <translation>a result (a map with verdict, items, rationale, …)</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>recheck is true or false</source>
        <translation>recheck is true or false</translation>
    </message>
    <message>
        <source>this result names %1 evidence files; the limit is %2 evidence files (docs/limits.md)</source>
        <translation>this result names %1 evidence files; the limit is %2 evidence files (docs/limits.md)</translation>
    </message>
    <message>
        <source>the declaration names, up to here, %1 evidence files; the limit is %2 evidence files (docs/limits.md)</source>
        <translation>the declaration names, up to here, %1 evidence files; the limit is %2 evidence files (docs/limits.md)</translation>
    </message>
    <message>
        <source>a map of test case ids to results</source>
        <translation>a map of test case ids to results</translation>
    </message>
    <message>
        <source>a test result (a map with verdict and observed)</source>
        <translation>a test result (a map with verdict and observed)</translation>
    </message>
    <message>
        <source>test verdict</source>
        <translation>test verdict</translation>
    </message>
    <message>
        <source>a map with reviewer and at</source>
        <translation>a map with reviewer and at</translation>
    </message>
    <message>
        <source>the reviewer must be someone other than the evaluator (%1)</source>
        <translation>the reviewer must be someone other than the evaluator (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time written like 2026-10-30T15:00:00+09:00</source>
        <translation>&apos;%1&apos; is not a date and time written like 2026-10-30T15:00:00+09:00</translation>
    </message>
    <message>
        <source>a reviewer&apos;s sign-off belongs to lab evaluations (mode: lab) only</source>
        <translation>a reviewer&apos;s sign-off belongs to lab evaluations (mode: lab) only</translation>
    </message>
    <message>
        <source>a list of model numbers, the representative model first</source>
        <translation>a list of model numbers, the representative model first</translation>
    </message>
    <message>
        <source>the family lists %1 model numbers; the limit is %2 (docs/limits.md)</source>
        <translation>the family lists %1 model numbers; the limit is %2 (docs/limits.md)</translation>
    </message>
    <message>
        <source>the model number &apos;%1&apos; is listed twice (first on line %2)</source>
        <translation>the model number &apos;%1&apos; is listed twice (first on line %2)</translation>
    </message>
    <message>
        <source>the family begins with &apos;%1&apos;, but the representative model is &apos;%2&apos;: list the representative first</source>
        <translation>the family begins with &apos;%1&apos;, but the representative model is &apos;%2&apos;: list the representative first</translation>
    </message>
    <message>
        <source>a list of needed interfaces, e.g. [tcp/443 https, udp/500]</source>
        <translation>a list of needed interfaces, e.g. [tcp/443 https, udp/500]</translation>
    </message>
    <message>
        <source>%1 needed interfaces are listed; the limit is %2 (docs/limits.md)</source>
        <translation>%1 needed interfaces are listed; the limit is %2 (docs/limits.md)</translation>
    </message>
    <message>
        <source>the interface %1 is listed twice (first on line %2)</source>
        <translation>the interface %1 is listed twice (first on line %2)</translation>
    </message>
</context>
<context>
    <name>FirmwareRevision</name>
    <message>
        <source>the new firmware version is missing</source>
        <translation>the new firmware version is missing</translation>
    </message>
    <message>
        <source>firmware %1 is the one already assessed</source>
        <translation>firmware %1 is the one already assessed</translation>
    </message>
</context>
<context>
    <name>NewAssessment</name>
    <message>
        <source>★%1 is evaluated by a lab, not self-declared</source>
        <translation>★%1 is evaluated by a lab, not self-declared</translation>
    </message>
</context>
<context>
    <name>OpenedAssessment</name>
    <message>
        <source>its catalog %1 is not installed</source>
        <translation>its catalog %1 is not installed</translation>
    </message>
    <message>
        <source>its catalog %1 is not valid</source>
        <translation>its catalog %1 is not valid</translation>
    </message>
    <message>
        <source>catalog %1 changed since this assessment began: %2</source>
        <translation>catalog %1 changed since this assessment began: %2</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>the model number is empty</source>
        <translation>the model number is empty</translation>
    </message>
    <message>
        <source>the model number has %1 bytes in UTF-8; the limit is %2</source>
        <translation>the model number has %1 bytes in UTF-8; the limit is %2</translation>
    </message>
    <message>
        <source>the model number contains the control character U+%1</source>
        <translation>the model number contains the control character U+%1</translation>
    </message>
    <message>
        <source>the model number begins or ends with a space</source>
        <translation>the model number begins or ends with a space</translation>
    </message>
    <message>
        <source>the model number &quot;%1&quot; reads as a file path</source>
        <translation>the model number &quot;%1&quot; reads as a file path</translation>
    </message>
    <message>
        <source>the family has %1 models; the limit is %2</source>
        <translation>the family has %1 models; the limit is %2</translation>
    </message>
    <message>
        <source>model %1: %2</source>
        <translation>model %1: %2</translation>
    </message>
    <message>
        <source>the model %1 is listed twice</source>
        <translation>the model %1 is listed twice</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a needed interface written as a protocol (tcp, udp or sctp), a slash and a port, e.g. tcp/443 https</source>
        <translation>&quot;%1&quot; is not a needed interface written as a protocol (tcp, udp or sctp), a slash and a port, e.g. tcp/443 https</translation>
    </message>
    <message>
        <source>the port %1 is outside 1–65535</source>
        <translation>the port %1 is outside 1–65535</translation>
    </message>
    <message>
        <source>the service name of %1 contains a control character</source>
        <translation>the service name of %1 contains a control character</translation>
    </message>
    <message>
        <source>%1 needed interfaces are listed; the limit is %2</source>
        <translation>%1 needed interfaces are listed; the limit is %2</translation>
    </message>
    <message>
        <source>the interface %1 is listed twice</source>
        <translation>the interface %1 is listed twice</translation>
    </message>
</context>
<context>
    <name>ProductFields</name>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>the manufacturer is named neither in Japanese nor in English</source>
        <translation>the manufacturer is named neither in Japanese nor in English</translation>
    </message>
    <message>
        <source>the product is named neither in Japanese nor in English</source>
        <translation>the product is named neither in Japanese nor in English</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is not a date of the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>security updates end (%1) before the product is released (%2)</source>
        <translation>security updates end (%1) before the product is released (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an https:// page nor a mailto: address</source>
        <translation>&quot;%1&quot; is neither an https:// page nor a mailto: address</translation>
    </message>
    <message>
        <source>the family lists %1 model numbers; the limit is %2</source>
        <translation>the family lists %1 model numbers; the limit is %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the model number &quot;%1&quot; is listed twice</source>
        <translation>the model number &quot;%1&quot; is listed twice</translation>
    </message>
</context>
<context>
    <name>SignOffRules</name>
    <message>
        <source>the reviewer must be someone other than the evaluator (%1)</source>
        <translation>the reviewer must be someone other than the evaluator (%1)</translation>
    </message>
    <message>
        <source>%1 requirement(s) are not assessed and %2 need re-checking</source>
        <translation>%1 requirement(s) are not assessed and %2 need re-checking</translation>
    </message>
    <message>
        <source>the reviewer&apos;s name is missing</source>
        <translation>the reviewer&apos;s name is missing</translation>
    </message>
    <message>
        <source>sign-off belongs to lab evaluations; a self-declaration is signed with its report</source>
        <translation>sign-off belongs to lab evaluations; a self-declaration is signed with its report</translation>
    </message>
    <message>
        <source>already signed off by %1</source>
        <translation>already signed off by %1</translation>
    </message>
    <message>
        <source>a self-declaration records a reviewer&apos;s sign-off, which only lab evaluations have</source>
        <translation>a self-declaration records a reviewer&apos;s sign-off, which only lab evaluations have</translation>
    </message>
    <message>
        <source>the sign-off names no reviewer</source>
        <translation>the sign-off names no reviewer</translation>
    </message>
    <message>
        <source>the sign-off has no valid date</source>
        <translation>the sign-off has no valid date</translation>
    </message>
</context>
</TS>
