<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
</context>
</TS>
