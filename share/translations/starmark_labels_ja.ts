<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_GB">
<context>
    <name>LabelIssuer</name>
    <message>
        <source>a label&apos;s validity ends after today and at most two years ahead (by %1); %2 is not</source>
        <translation>ラベルの有効期限は明日以降、2年先（%1）までです。%2 はこの範囲外です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date written YYYY-MM-DD</source>
        <translation>&apos;%1&apos; は YYYY-MM-DD 形式の日付ではありません</translation>
    </message>
</context>
<context>
    <name>ProductFacts</name>
    <message>
        <source>the assessment reaches ★%1, not the ★%2 it claims: no label</source>
        <translation>この評価は ★%1 で、申告した ★%2 に達していません。ラベルは発行できません</translation>
    </message>
    <message>
        <source>no trust anchor to check the report&apos;s signer against: no label</source>
        <translation>報告書の署名者を確認するトラストアンカーがありません。ラベルは発行できません</translation>
    </message>
    <message>
        <source>not a valid signed report (%1): no label</source>
        <translation>有効な署名済み報告書ではありません（%1）。ラベルは発行できません</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>a surveillance report, not a declaration of conformity or an evaluation report: no label</source>
        <translation>これはサーベイランス報告書で、適合宣言書でも評価報告書でもありません。ラベルは発行できません</translation>
    </message>
    <message>
        <source>the report shows ★%1, not the ★%2 it claims: no label</source>
        <translation>報告書の結果は ★%1 で、申告した ★%2 に達していません。ラベルは発行できません</translation>
    </message>
    <message>
        <source>the report was made against the catalog %1, which is not installed here: no label</source>
        <translation>この報告書はカタログ %1 に基づいていますが、ここにはインストールされていません。ラベルは発行できません</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>（指定なし）</translation>
    </message>
</context>
</TS>
