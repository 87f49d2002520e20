<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CycloneDxImporter</name>
    <message>
        <source>CycloneDX %1 is not read; StarMark reads 1.4, 1.5 and 1.6</source>
        <translation>CycloneDX %1 is not read; StarMark reads 1.4, 1.5 and 1.6</translation>
    </message>
</context>
<context>
    <name>NmapXmlImporter</name>
    <message>
        <source>the root element is &lt;%1&gt;, not nmap&apos;s &lt;nmaprun&gt;</source>
        <translation>the root element is &lt;%1&gt;, not nmap&apos;s &lt;nmaprun&gt;</translation>
    </message>
    <message>
        <source>portid &quot;%1&quot; is not a port number</source>
        <translation>portid &quot;%1&quot; is not a port number</translation>
    </message>
</context>
<context>
    <name>OsvImporter</name>
    <message>
        <source>this must be true or false</source>
        <translation>this must be true or false</translation>
    </message>
</context>
<context>
    <name>SpdxImporter</name>
    <message>
        <source>%1 is not read; StarMark reads SPDX-2.3</source>
        <translation>%1 is not read; StarMark reads SPDX-2.3</translation>
    </message>
</context>
<context>
    <name>SslscanXmlImporter</name>
    <message>
        <source>the root element is &lt;%1&gt;, not sslscan&apos;s &lt;document&gt;</source>
        <translation>the root element is &lt;%1&gt;, not sslscan&apos;s &lt;document&gt;</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>lists and objects are nested more than %1 deep (docs/limits.md)</source>
        <translation>lists and objects are nested more than %1 deep (docs/limits.md)</translation>
    </message>
    <message>
        <source>the file ends inside the JSON: the tool stopped before it finished writing</source>
        <translation>the file ends inside the JSON: the tool stopped before it finished writing</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>not valid JSON (%1)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>a text of %1 characters; the limit is %2 (docs/limits.md)</source>
        <translation>a text of %1 characters; the limit is %2 (docs/limits.md)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>the file holds more than %1 findings (docs/limits.md)</source>
        <translation>the file holds more than %1 findings (docs/limits.md)</translation>
    </message>
    <message>
        <source>this must be %1</source>
        <translation>this must be %1</translation>
    </message>
</context>
<context>
    <name>StrictXmlReader</name>
    <message>
        <source>elements are nested %1 deep; the limit is %2 (docs/limits.md)</source>
        <translation>elements are nested %1 deep; the limit is %2 (docs/limits.md)</translation>
    </message>
    <message>
        <source>the entity &quot;%1&quot; is not one of XML&apos;s own; tool outputs use none</source>
        <translation>the entity &quot;%1&quot; is not one of XML&apos;s own; tool outputs use none</translation>
    </message>
    <message>
        <source>the file ends inside the document: the tool stopped before it finished writing</source>
        <translation>the file ends inside the document: the tool stopped before it finished writing</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>the file holds no XML element</translation>
    </message>
    <message>
        <source>not well-formed XML (%1)</source>
        <translation>not well-formed XML (%1)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not expected inside a text</source>
        <translation>&lt;%1&gt; is not expected inside a text</translation>
    </message>
    <message>
        <source>the file holds more than %1 findings (docs/limits.md)</source>
        <translation>the file holds more than %1 findings (docs/limits.md)</translation>
    </message>
    <message>
        <source>the document type declares entities or loads an external definition; tool outputs need neither, and it was not read</source>
        <translation>the document type declares entities or loads an external definition; tool outputs need neither, and it was not read</translation>
    </message>
    <message>
        <source>a text of %1 characters; the limit is %2 (docs/limits.md)</source>
        <translation>a text of %1 characters; the limit is %2 (docs/limits.md)</translation>
    </message>
</context>
<context>
    <name>ToolAcceptance</name>
    <message>
        <source>no tool output in this assessment proposes a verdict</source>
        <translation>no tool output in this assessment proposes a verdict</translation>
    </message>
    <message>
        <source>no tool output proposes a verdict for %1</source>
        <translation>no tool output proposes a verdict for %1</translation>
    </message>
</context>
<context>
    <name>ToolImport</name>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>the file cannot be read (%1)</translation>
    </message>
    <message>
        <source>the rules %1 %2 tie %3 output to no requirement of the catalogs this assessment is made against</source>
        <translation>the rules %1 %2 tie %3 output to no requirement of the catalogs this assessment is made against</translation>
    </message>
    <message>
        <source>this output was imported already, as %1</source>
        <translation>this output was imported already, as %1</translation>
    </message>
</context>
<context>
    <name>ToolOutput</name>
    <message>
        <source>this is not the output of a tool StarMark reads (%1)</source>
        <translation>this is not the output of a tool StarMark reads (%1)</translation>
    </message>
    <message>
        <source>the file is %1 output, not %2</source>
        <translation>the file is %1 output, not %2</translation>
    </message>
    <message>
        <source>the file is empty: the tool wrote nothing</source>
        <translation>the file is empty: the tool wrote nothing</translation>
    </message>
</context>
<context>
    <name>ToolOverride</name>
    <message>
        <source>%1 is not a requirement of this assessment&apos;s catalogs</source>
        <translation>%1 is not a requirement of this assessment&apos;s catalogs</translation>
    </message>
    <message>
        <source>the assessment is signed off: its verdicts change only in a new revision</source>
        <translation>the assessment is signed off: its verdicts change only in a new revision</translation>
    </message>
    <message>
        <source>an override of the tools&apos; proposals for %1 needs a rationale</source>
        <translation>an override of the tools&apos; proposals for %1 needs a rationale</translation>
    </message>
    <message>
        <source>the tools propose %1 for %2 too: that verdict goes with them, not against them</source>
        <translation>the tools propose %1 for %2 too: that verdict goes with them, not against them</translation>
    </message>
</context>
<context>
    <name>ToolProposer</name>
    <message>
        <source>%1 offers %2, below %3</source>
        <translation>%1 offers %2, below %3</translation>
    </message>
    <message>
        <source>%1 offers only %2</source>
        <translation>%1 offers only %2</translation>
    </message>
    <message>
        <source>%1 accepts suites outside the allowed list: %2</source>
        <translation>%1 accepts suites outside the allowed list: %2</translation>
    </message>
    <message>
        <source>open but not a needed interface: %1</source>
        <translation>open but not a needed interface: %1</translation>
    </message>
    <message>
        <source>known to be exploited: %1</source>
        <translation>known to be exploited: %1</translation>
    </message>
    <message>
        <source>%1 accepts only suites of the allowed list (suites: %2)</source>
        <translation>%1 accepts only suites of the allowed list (suites: %2)</translation>
    </message>
    <message>
        <source>every open port is a needed interface (open ports: %1)</source>
        <translation>every open port is a needed interface (open ports: %1)</translation>
    </message>
    <message>
        <source>every component has its version, supplier and hash (components: %1)</source>
        <translation>every component has its version, supplier and hash (components: %1)</translation>
    </message>
    <message>
        <source>open, and the product lists no needed interface: %1</source>
        <translation>open, and the product lists no needed interface: %1</translation>
    </message>
</context>
<context>
    <name>ToolRulesReader</name>
    <message>
        <source>a map with id, version and rules</source>
        <translation>a map with id, version and rules</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>a rule: a map with id, requirement, formats and check</source>
        <translation>a rule: a map with id, requirement, formats and check</translation>
    </message>
    <message>
        <source>tool output format</source>
        <translation>tool output format</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
</context>
<context>
    <name>ToolRunProposals</name>
    <message>
        <source>the output of %1 stored as %2 cannot be read back (%3)</source>
        <translation>the output of %1 stored as %2 cannot be read back (%3)</translation>
    </message>
</context>
</TS>
