<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ApplicabilityExpression</name>
    <message>
        <source>the rule is empty</source>
        <translation>the rule is empty</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;: conditions are joined with &apos;and&apos; or &apos;or&apos;</source>
        <translation>unexpected &apos;%1&apos;: conditions are joined with &apos;and&apos; or &apos;or&apos;</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;: a rule has question names, and, or, not, ==, != and parentheses</source>
        <translation>unexpected character &apos;%1&apos;: a rule has question names, and, or, not, ==, != and parentheses</translation>
    </message>
    <message>
        <source>the rule nests deeper than %1 levels</source>
        <translation>the rule nests deeper than %1 levels</translation>
    </message>
    <message>
        <source>the parenthesis opened here is not closed</source>
        <translation>the parenthesis opened here is not closed</translation>
    </message>
    <message>
        <source>the rule ends where a question name should be</source>
        <translation>the rule ends where a question name should be</translation>
    </message>
    <message>
        <source>expected a question name, found &apos;%1&apos;</source>
        <translation>expected a question name, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an option of &apos;%1&apos; should follow the comparison</source>
        <translation>an option of &apos;%1&apos; should follow the comparison</translation>
    </message>
</context>
<context>
    <name>CatalogLibrary</name>
    <message>
        <source>this folder holds no catalog (*.yaml) files</source>
        <translation>this folder holds no catalog (*.yaml) files</translation>
    </message>
    <message>
        <source>the catalog id &apos;%1&apos; is already used by %2</source>
        <translation>the catalog id &apos;%1&apos; is already used by %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) is not valid, so neither is this catalog</source>
        <translation>&apos;%1&apos; (%2) is not valid, so neither is this catalog</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a catalog of scheme &apos;%2&apos; here, and the scheme has no other catalog</source>
        <translation>&apos;%1&apos; is not a catalog of scheme &apos;%2&apos; here, and the scheme has no other catalog</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a catalog of scheme &apos;%2&apos; here (known: %3)</source>
        <translation>&apos;%1&apos; is not a catalog of scheme &apos;%2&apos; here (known: %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; extends &apos;%2&apos;, which leads back to &apos;%1&apos;: a catalog cannot include itself</source>
        <translation>&apos;%1&apos; extends &apos;%2&apos;, which leads back to &apos;%1&apos;: a catalog cannot include itself</translation>
    </message>
    <message>
        <source>a ★%1 catalog can only extend lower levels, but &apos;%2&apos; is ★%3</source>
        <translation>a ★%1 catalog can only extend lower levels, but &apos;%2&apos; is ★%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is for category &apos;%2&apos;, this catalog for &apos;%3&apos;: a catalog extends &apos;common&apos; catalogs or those of its own category</source>
        <translation>&apos;%1&apos; is for category &apos;%2&apos;, this catalog for &apos;%3&apos;: a catalog extends &apos;common&apos; catalogs or those of its own category</translation>
    </message>
    <message>
        <source>the %1 id &apos;%2&apos; is already declared at %3, in the same catalog chain</source>
        <translation>the %1 id &apos;%2&apos; is already declared at %3, in the same catalog chain</translation>
    </message>
    <message>
        <source>a ★%1 catalog must include every lower level, but no ★%2 catalog is in its chain</source>
        <translation>a ★%1 catalog must include every lower level, but no ★%2 catalog is in its chain</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>requirement</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>test case</source>
        <translation>test case</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a question of this catalog or those it extends (known: %2)</source>
        <translation>&apos;%1&apos; is not a question of this catalog or those it extends (known: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a text question and cannot decide applicability; only yes/no and choice questions can</source>
        <translation>&apos;%1&apos; is a text question and cannot decide applicability; only yes/no and choice questions can</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a yes/no question: it stands alone or after &apos;not&apos;, without &apos;==&apos;/&apos;!=&apos;</source>
        <translation>&apos;%1&apos; is a yes/no question: it stands alone or after &apos;not&apos;, without &apos;==&apos;/&apos;!=&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a choice question: it is compared with one of its options, e.g. %1 == %2</source>
        <translation>&apos;%1&apos; is a choice question: it is compared with one of its options, e.g. %1 == %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of &apos;%2&apos;; the options are: %3</source>
        <translation>&apos;%1&apos; is not an option of &apos;%2&apos;; the options are: %3</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>a catalog is a map of keys (scheme, id, level, requirements, …); found %1</source>
        <translation>a catalog is a map of keys (scheme, id, level, requirements, …); found %1</translation>
    </message>
    <message>
        <source>the list is empty; a catalog needs at least one requirement</source>
        <translation>the list is empty; a catalog needs at least one requirement</translation>
    </message>
    <message>
        <source>a ★1 catalog is the base of its scheme and extends nothing</source>
        <translation>a ★1 catalog is the base of its scheme and extends nothing</translation>
    </message>
    <message>
        <source>a ★%1 catalog must extend the ★%2 catalog it adds to</source>
        <translation>a ★%1 catalog must extend the ★%2 catalog it adds to</translation>
    </message>
    <message>
        <source>a map with &apos;document&apos; and &apos;note&apos;</source>
        <translation>a map with &apos;document&apos; and &apos;note&apos;</translation>
    </message>
    <message>
        <source>a question (a map with id, type and text)</source>
        <translation>a question (a map with id, type and text)</translation>
    </message>
    <message>
        <source>question type</source>
        <translation>question type</translation>
    </message>
    <message>
        <source>only choice questions have options</source>
        <translation>only choice questions have options</translation>
    </message>
    <message>
        <source>an option (a map with id and text)</source>
        <translation>an option (a map with id and text)</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>a choice needs at least two options</source>
        <translation>a choice needs at least two options</translation>
    </message>
    <message>
        <source>a requirement (a map with id, title, text, …)</source>
        <translation>a requirement (a map with id, title, text, …)</translation>
    </message>
    <message>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <source>evidence (a map with kind and text)</source>
        <translation>evidence (a map with kind and text)</translation>
    </message>
    <message>
        <source>evidence kind</source>
        <translation>evidence kind</translation>
    </message>
    <message>
        <source>a reference (a map with standard and clause)</source>
        <translation>a reference (a map with standard and clause)</translation>
    </message>
    <message>
        <source>provenance</source>
        <translation>provenance</translation>
    </message>
    <message>
        <source>a map with &apos;rule&apos; (all or any) and &apos;list&apos;</source>
        <translation>a map with &apos;rule&apos; (all or any) and &apos;list&apos;</translation>
    </message>
    <message>
        <source>item rule</source>
        <translation>item rule</translation>
    </message>
    <message>
        <source>the list is empty; a requirement needs at least one evaluation item</source>
        <translation>the list is empty; a requirement needs at least one evaluation item</translation>
    </message>
    <message>
        <source>an evaluation item (a map with id and text)</source>
        <translation>an evaluation item (a map with id and text)</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>a test case (a map with id, kind, text and expected)</source>
        <translation>a test case (a map with id, kind, text and expected)</translation>
    </message>
    <message>
        <source>the test case id &apos;%1&apos; does not start with its requirement&apos;s id and a dash (%2)</source>
        <translation>the test case id &apos;%1&apos; does not start with its requirement&apos;s id and a dash (%2)</translation>
    </message>
    <message>
        <source>test kind</source>
        <translation>test kind</translation>
    </message>
    <message>
        <source>a map with &apos;question&apos;, &apos;covers&apos; and &apos;evidence&apos;</source>
        <translation>a map with &apos;question&apos;, &apos;covers&apos; and &apos;evidence&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a yes/no question of this catalog</source>
        <translation>&apos;%1&apos; is not a yes/no question of this catalog</translation>
    </message>
    <message>
        <source>the list is empty; the route covers at least one requirement</source>
        <translation>the list is empty; the route covers at least one requirement</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>requirement</translation>
    </message>
    <message>
        <source>no requirement &apos;%1&apos; in this catalog</source>
        <translation>no requirement &apos;%1&apos; in this catalog</translation>
    </message>
    <message>
        <source>a secondary source (a map with id, title and url)</source>
        <translation>a secondary source (a map with id, title and url)</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>secondary source</translation>
    </message>
    <message>
        <source>the catalog says its texts are a reconstruction, but this requirement claims the scheme&apos;s own wording (%1)</source>
        <translation>the catalog says its texts are a reconstruction, but this requirement claims the scheme&apos;s own wording (%1)</translation>
    </message>
    <message>
        <source>a quoted requirement names the secondary source it quotes in &apos;quoted_from&apos;</source>
        <translation>a quoted requirement names the secondary source it quotes in &apos;quoted_from&apos;</translation>
    </message>
    <message>
        <source>only a requirement whose provenance is &apos;quoted&apos; names a secondary source</source>
        <translation>only a requirement whose provenance is &apos;quoted&apos; names a secondary source</translation>
    </message>
    <message>
        <source>no secondary source &apos;%1&apos; under source.secondary</source>
        <translation>no secondary source &apos;%1&apos; under source.secondary</translation>
    </message>
</context>
<context>
    <name>IdRule</name>
    <message>
        <source>lower-case letters, digits and &apos;-&apos;</source>
        <translation>lower-case letters, digits and &apos;-&apos;</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>lower-case letters, digits, &apos;-&apos; and &apos;_&apos;</translation>
    </message>
    <message>
        <source>a lower-case letter, then lower-case letters, digits and &apos;_&apos;</source>
        <translation>a lower-case letter, then lower-case letters, digits and &apos;_&apos;</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>letters, digits, &apos;.&apos; and &apos;-&apos;</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>the file has %1 bytes; the limit is %2 bytes (docs/limits.md), so it was not read</source>
        <translation>the file has %1 bytes; the limit is %2 bytes (docs/limits.md), so it was not read</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>this is a device, pipe or socket, not a file</source>
        <translation>this is a device, pipe or socket, not a file</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>the file cannot be read (%1)</translation>
    </message>
</context>
<context>
    <name>KnownDigests</name>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>not a JSON object (%1)</translation>
    </message>
</context>
<context>
    <name>Requirement</name>
    <message>
        <source>Document review</source>
        <translation>Document review</translation>
    </message>
    <message>
        <source>Device test</source>
        <translation>Device test</translation>
    </message>
    <message>
        <source>Document review + device test</source>
        <translation>Document review + device test</translation>
    </message>
</context>
<context>
    <name>YamlNode</name>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>a single value</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>a map</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>a key is empty: no name before the colon</source>
        <translation>a key is empty: no name before the colon</translation>
    </message>
    <message>
        <source>aliases (*name) are not allowed; the value must be written out in full</source>
        <translation>aliases (*name) are not allowed; the value must be written out in full</translation>
    </message>
    <message>
        <source>anchors (&amp;name) are not allowed; the value must be written out in full</source>
        <translation>anchors (&amp;name) are not allowed; the value must be written out in full</translation>
    </message>
    <message>
        <source>this value has %1 bytes; the limit is %2 bytes (docs/limits.md)</source>
        <translation>this value has %1 bytes; the limit is %2 bytes (docs/limits.md)</translation>
    </message>
    <message>
        <source>this key has %1 bytes; the limit is %2 bytes (docs/limits.md)</source>
        <translation>this key has %1 bytes; the limit is %2 bytes (docs/limits.md)</translation>
    </message>
    <message>
        <source>this map has at least %1 keys; the limit is %2 keys (docs/limits.md)</source>
        <translation>this map has at least %1 keys; the limit is %2 keys (docs/limits.md)</translation>
    </message>
    <message>
        <source>the file has at least %1 keys; the limit is %2 keys (docs/limits.md)</source>
        <translation>the file has at least %1 keys; the limit is %2 keys (docs/limits.md)</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2)</source>
        <translation>duplicate key &apos;%1&apos; (first at line %2)</translation>
    </message>
    <message>
        <source>the file has at least %1 values; the limit is %2 values (docs/limits.md)</source>
        <translation>the file has at least %1 values; the limit is %2 values (docs/limits.md)</translation>
    </message>
    <message>
        <source>this list has at least %1 items; the limit is %2 items (docs/limits.md)</source>
        <translation>this list has at least %1 items; the limit is %2 items (docs/limits.md)</translation>
    </message>
    <message>
        <source>a key must be a plain name, not a list or a map</source>
        <translation>a key must be a plain name, not a list or a map</translation>
    </message>
    <message>
        <source>lists and maps are nested here %1 levels deep; the limit is %2 levels deep (docs/limits.md)</source>
        <translation>lists and maps are nested here %1 levels deep; the limit is %2 levels deep (docs/limits.md)</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>a NUL byte</translation>
    </message>
    <message>
        <source>byte %1 continues a character that never started</source>
        <translation>byte %1 continues a character that never started</translation>
    </message>
    <message>
        <source>bytes %1 are an overlong form (a character written longer than it must be)</source>
        <translation>bytes %1 are an overlong form (a character written longer than it must be)</translation>
    </message>
    <message>
        <source>byte %1 starts a code point above U+10FFFF, the last one Unicode has</source>
        <translation>byte %1 starts a code point above U+10FFFF, the last one Unicode has</translation>
    </message>
    <message>
        <source>the character starting with %1 is cut short after %2 of its %3 bytes</source>
        <translation>the character starting with %1 is cut short after %2 of its %3 bytes</translation>
    </message>
    <message>
        <source>bytes %1 encode a UTF-16 surrogate (U+D800–U+DFFF), which UTF-8 does not carry</source>
        <translation>bytes %1 encode a UTF-16 surrogate (U+D800–U+DFFF), which UTF-8 does not carry</translation>
    </message>
    <message>
        <source>bytes %1 encode a code point above U+10FFFF, the last one Unicode has</source>
        <translation>bytes %1 encode a code point above U+10FFFF, the last one Unicode has</translation>
    </message>
    <message>
        <source>this is not UTF-8 text: %1</source>
        <translation>this is not UTF-8 text: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>a second YAML document starts here; the file must hold exactly one</source>
        <translation>a second YAML document starts here; the file must hold exactly one</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML syntax error: %1</translation>
    </message>
</context>
<context>
    <name>YamlSchema</name>
    <message>
        <source>more than %1 problems; the rest of the file was not listed</source>
        <translation>more than %1 problems; the rest of the file was not listed</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <source>unknown key %1; the keys allowed here are: %2</source>
        <translation>unknown key %1; the keys allowed here are: %2</translation>
    </message>
    <message>
        <source>unknown key %1; did you mean &apos;%2&apos;?</source>
        <translation>unknown key %1; did you mean &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>the required key &apos;%1&apos; is missing from this map</source>
        <translation>the required key &apos;%1&apos; is missing from this map</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value</source>
        <translation>&apos;%1&apos; has no value</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>the text is empty</translation>
    </message>
    <message>
        <source>the text has %1 characters; the limit is %2 characters (docs/limits.md)</source>
        <translation>the text has %1 characters; the limit is %2 characters (docs/limits.md)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: an id has %2</source>
        <translation>&apos;%1&apos; is not a valid id: an id has %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2 (unquoted), found &apos;%3&apos;</source>
        <translation>expected a whole number from %1 to %2 (unquoted), found &apos;%3&apos;</translation>
    </message>
    <message>
        <source>a map with &apos;ja&apos; and &apos;en&apos; texts</source>
        <translation>a map with &apos;ja&apos; and &apos;en&apos; texts</translation>
    </message>
    <message>
        <source>the Japanese text (ja) is missing; every text is given in Japanese and English</source>
        <translation>the Japanese text (ja) is missing; every text is given in Japanese and English</translation>
    </message>
    <message>
        <source>the English text (en) is missing; every text is given in Japanese and English</source>
        <translation>the English text (en) is missing; every text is given in Japanese and English</translation>
    </message>
    <message>
        <source>the %1 id &apos;%2&apos; is used twice</source>
        <translation>the %1 id &apos;%2&apos; is used twice</translation>
    </message>
    <message>
        <source>%1 is not a valid %2; the choices are: %3</source>
        <translation>%1 is not a valid %2; the choices are: %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
</context>
</TS>
