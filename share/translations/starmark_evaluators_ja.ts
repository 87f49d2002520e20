<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_GB">
<context>
    <name>ProductFields</name>
    <message>
        <source>required</source>
        <translation>必須項目です</translation>
    </message>
    <message>
        <source>the manufacturer is named neither in Japanese nor in English</source>
        <translation>製造者名が日本語でも英語でも入力されていません</translation>
    </message>
    <message>
        <source>the product is named neither in Japanese nor in English</source>
        <translation>製品名が日本語でも英語でも入力されていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>「%1」は YYYY-MM-DD 形式の日付ではありません</translation>
    </message>
    <message>
        <source>security updates end (%1) before the product is released (%2)</source>
        <translation>セキュリティアップデートの提供期限（%1）が発売日（%2）より前です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an https:// page nor a mailto: address</source>
        <translation>「%1」は https:// のページでも mailto: のアドレスでもありません</translation>
    </message>
</context>
</TS>
