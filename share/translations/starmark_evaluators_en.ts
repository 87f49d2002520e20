<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
        <source>no catalog '%1', and no catalog is loaded</source>
        <translation>no catalog '%1', and no catalog is loaded</translation>
    </message>
    <message>
        <source>no catalog '%1' (known: %2)</source>
        <translation>no catalog '%1' (known: %2)</translation>
    </message>
    <message>
        <source>the catalog %1 (%2) is not valid</source>
        <translation>the catalog %1 (%2) is not valid</translation>
    </message>
    <message>
        <source>'%1' is not a date written as YYYY-MM-DD, e.g. 2026-04-01</source>
        <translation>'%1' is not a date written as YYYY-MM-DD, e.g. 2026-04-01</translation>
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
        <source>'%1' is not a question of %2 or the catalogs it extends (known: %3)</source>
        <translation>'%1' is not a question of %2 or the catalogs it extends (known: %3)</translation>
    </message>
    <message>
        <source>'%1' is a yes/no question: its answer is true or false</source>
        <translation>'%1' is a yes/no question: its answer is true or false</translation>
    </message>
    <message>
        <source>'%1' is not an option of '%2'; the options are: %3</source>
        <translation>'%1' is not an option of '%2'; the options are: %3</translation>
    </message>
    <message>
        <source>a map of requirement ids to results</source>
        <translation>a map of requirement ids to results</translation>
    </message>
    <message>
        <source>'%1' is not a requirement of %2 or the catalogs it extends</source>
        <translation>'%1' is not a requirement of %2 or the catalogs it extends</translation>
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
        <source>'%1' is not a date and time written like 2026-10-30T15:00:00+09:00</source>
        <translation>'%1' is not a date and time written like 2026-10-30T15:00:00+09:00</translation>
    </message>
    <message>
        <source>a reviewer's sign-off belongs to lab evaluations (mode: lab) only</source>
        <translation>a reviewer's sign-off belongs to lab evaluations (mode: lab) only</translation>
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
        <source>"%1" is not a date of the form YYYY-MM-DD</source>
        <translation>"%1" is not a date of the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>security updates end (%1) before the product is released (%2)</source>
        <translation>security updates end (%1) before the product is released (%2)</translation>
    </message>
    <message>
        <source>"%1" is neither an https:// page nor a mailto: address</source>
        <translation>"%1" is neither an https:// page nor a mailto: address</translation>
    </message>
</context>
</TS>
