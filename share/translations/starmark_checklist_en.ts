<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChecklistImport</name>
    <message>
        <source>the workbook has no sheet %1 (or %2)</source>
        <translation>the workbook has no sheet %1 (or %2)</translation>
    </message>
    <message>
        <source>the header row has no column %1 (or %2)</source>
        <translation>the header row has no column %1 (or %2)</translation>
    </message>
    <message>
        <source>this row has no requirement number</source>
        <translation>this row has no requirement number</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a requirement of this assessment&apos;s catalogs</source>
        <translation>&apos;%1&apos; is not a requirement of this assessment&apos;s catalogs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an evaluation item of %2</source>
        <translation>&apos;%1&apos; is not an evaluation item of %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; neither ticks nor clears the evaluation item; write %2 or leave it empty</source>
        <translation>&apos;%1&apos; neither ticks nor clears the evaluation item; write %2 or leave it empty</translation>
    </message>
    <message>
        <source>%1 has a second verdict row; its first is row %2</source>
        <translation>%1 has a second verdict row; its first is row %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a verdict; write one of %2</source>
        <translation>&apos;%1&apos; is not a verdict; write one of %2</translation>
    </message>
    <message>
        <source>%1 has evaluation item rows but no verdict row</source>
        <translation>%1 has evaluation item rows but no verdict row</translation>
    </message>
</context>
<context>
    <name>ChecklistLayout</name>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Applicant and product</source>
        <translation>Applicant and product</translation>
    </message>
    <message>
        <source>Requirement no.</source>
        <translation>Requirement no.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Evaluation item</source>
        <translation>Evaluation item</translation>
    </message>
    <message>
        <source>Document review / device test</source>
        <translation>Document review / device test</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>an evaluation item that holds</comment>
        <translation>yes</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Model number</source>
        <translation>Model number</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Support period ends</source>
        <translation>Support period ends</translation>
    </message>
    <message>
        <source>Vulnerability contact</source>
        <translation>Vulnerability contact</translation>
    </message>
    <message>
        <source>PSTI statement of compliance</source>
        <translation>PSTI statement of compliance</translation>
    </message>
</context>
<context>
    <name>ChecklistMap</name>
    <message>
        <source>a checklist map (a map with sheet, first_row, columns)</source>
        <translation>a checklist map (a map with sheet, first_row, columns)</translation>
    </message>
    <message>
        <source>a map from field to column letter</source>
        <translation>a map from field to column letter</translation>
    </message>
    <message>
        <source>a map with sheet and cells</source>
        <translation>a map with sheet and cells</translation>
    </message>
    <message>
        <source>a map from product fact to cell (B3)</source>
        <translation>a map from product fact to cell (B3)</translation>
    </message>
    <message>
        <source>%1 is not a column; write its letters, A to XFD</source>
        <translation>%1 is not a column; write its letters, A to XFD</translation>
    </message>
    <message>
        <source>%1 is not a cell; write it as B3</source>
        <translation>%1 is not a cell; write it as B3</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplate</name>
    <message>
        <source>the template has no sheet %1, which the map names</source>
        <translation>the template has no sheet %1, which the map names</translation>
    </message>
    <message>
        <source>the sheet %1 cannot be edited in place (rows or cells without numbers)</source>
        <translation>the sheet %1 cannot be edited in place (rows or cells without numbers)</translation>
    </message>
    <message>
        <source>the cell holds a formula, and the map writes a field there</source>
        <translation>the cell holds a formula, and the map writes a field there</translation>
    </message>
</context>
<context>
    <name>ChecklistWriter</name>
    <message>
        <source>the workbook cannot be written: %1</source>
        <translation>the workbook cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>not a workbook: it is not a zip archive</source>
        <translation>not a workbook: it is not a zip archive</translation>
    </message>
    <message>
        <source>the zip archive is damaged</source>
        <translation>the zip archive is damaged</translation>
    </message>
    <message>
        <source>the archive has %1 entries; a workbook has at most %2</source>
        <translation>the archive has %1 entries; a workbook has at most %2</translation>
    </message>
    <message>
        <source>the archive&apos;s entry %1 cannot be read</source>
        <translation>the archive&apos;s entry %1 cannot be read</translation>
    </message>
    <message>
        <source>the archive&apos;s entry %1 inflates to more than %2 bytes</source>
        <translation>the archive&apos;s entry %1 inflates to more than %2 bytes</translation>
    </message>
    <message>
        <source>the archive inflates to more than %1 bytes in all</source>
        <translation>the archive inflates to more than %1 bytes in all</translation>
    </message>
    <message>
        <source>the archive&apos;s entry %1 is damaged</source>
        <translation>the archive&apos;s entry %1 is damaged</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>not a workbook: the part %1 is missing</source>
        <translation>not a workbook: the part %1 is missing</translation>
    </message>
    <message>
        <source>the workbook has more than %1 strings</source>
        <translation>the workbook has more than %1 strings</translation>
    </message>
    <message>
        <source>the sheet %1 has more than %2 rows</source>
        <translation>the sheet %1 has more than %2 rows</translation>
    </message>
    <message>
        <source>the workbook has more than %1 cells</source>
        <translation>the workbook has more than %1 cells</translation>
    </message>
    <message>
        <source>a cell of the sheet %1 has no valid reference (&apos;%2&apos;)</source>
        <translation>a cell of the sheet %1 has no valid reference (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the cell %1!%2 names shared string %3, which the workbook does not have</source>
        <translation>the cell %1!%2 names shared string %3, which the workbook does not have</translation>
    </message>
</context>
<context>
    <name>XlsxXmlReader</name>
    <message>
        <source>the text is not UTF-8</source>
        <translation>the text is not UTF-8</translation>
    </message>
    <message>
        <source>the part %1, line %2, column %3: %4</source>
        <translation>the part %1, line %2, column %3: %4</translation>
    </message>
    <message>
        <source>the character U+%1 is not allowed in XML</source>
        <translation>the character U+%1 is not allowed in XML</translation>
    </message>
    <message>
        <source>an &apos;&amp;&apos; that does not start an entity or character reference</source>
        <translation>an &apos;&amp;&apos; that does not start an entity or character reference</translation>
    </message>
    <message>
        <source>the character reference &amp;%1; is malformed</source>
        <translation>the character reference &amp;%1; is malformed</translation>
    </message>
    <message>
        <source>the entity &amp;%1; is not one of XML&apos;s five predefined ones, and a workbook declares no other</source>
        <translation>the entity &amp;%1; is not one of XML&apos;s five predefined ones, and a workbook declares no other</translation>
    </message>
    <message>
        <source>the XML declaration is malformed</source>
        <translation>the XML declaration is malformed</translation>
    </message>
    <message>
        <source>it declares the encoding %1; a workbook is UTF-8</source>
        <translation>it declares the encoding %1; a workbook is UTF-8</translation>
    </message>
    <message>
        <source>the part ends inside &lt;%1&gt;</source>
        <translation>the part ends inside &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the part has no root element</source>
        <translation>the part has no root element</translation>
    </message>
    <message>
        <source>there is text after the root element</source>
        <translation>there is text after the root element</translation>
    </message>
    <message>
        <source>there is text before the root element</source>
        <translation>there is text before the root element</translation>
    </message>
    <message>
        <source>a processing instruction is malformed, or an XML declaration is not at the start</source>
        <translation>a processing instruction is malformed, or an XML declaration is not at the start</translation>
    </message>
    <message>
        <source>there is text outside the root element</source>
        <translation>there is text outside the root element</translation>
    </message>
    <message>
        <source>it has a DTD (&lt;!DOCTYPE&gt;), the way to entities, which a workbook never has</source>
        <translation>it has a DTD (&lt;!DOCTYPE&gt;), the way to entities, which a workbook never has</translation>
    </message>
    <message>
        <source>a &apos;&lt;!&apos; that starts no comment or CDATA section</source>
        <translation>a &apos;&lt;!&apos; that starts no comment or CDATA section</translation>
    </message>
    <message>
        <source>a comment holds &quot;--&quot;</source>
        <translation>a comment holds &quot;--&quot;</translation>
    </message>
    <message>
        <source>the part ends inside markup</source>
        <translation>the part ends inside markup</translation>
    </message>
    <message>
        <source>a &apos;&lt;&apos; that does not start a tag</source>
        <translation>a &apos;&lt;&apos; that does not start a tag</translation>
    </message>
    <message>
        <source>there is a second root element</source>
        <translation>there is a second root element</translation>
    </message>
    <message>
        <source>elements nest more than %1 deep</source>
        <translation>elements nest more than %1 deep</translation>
    </message>
    <message>
        <source>the tag &lt;%1&gt; is malformed</source>
        <translation>the tag &lt;%1&gt; is malformed</translation>
    </message>
    <message>
        <source>the attribute %1 has no quoted value</source>
        <translation>the attribute %1 has no quoted value</translation>
    </message>
    <message>
        <source>the value of the attribute %1 holds a &apos;&lt;&apos;</source>
        <translation>the value of the attribute %1 holds a &apos;&lt;&apos;</translation>
    </message>
    <message>
        <source>the attribute %1 is given twice</source>
        <translation>the attribute %1 is given twice</translation>
    </message>
    <message>
        <source>an element has more than %1 attributes</source>
        <translation>an element has more than %1 attributes</translation>
    </message>
    <message>
        <source>an end tag is malformed</source>
        <translation>an end tag is malformed</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; does not close &lt;%2&gt;</source>
        <translation>the end tag &lt;/%1&gt; does not close &lt;%2&gt;</translation>
    </message>
    <message>
        <source>text holds &quot;]]&gt;&quot;</source>
        <translation>text holds &quot;]]&gt;&quot;</translation>
    </message>
</context>
</TS>
