<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ChecklistImport</name>
    <message>
        <source>the workbook has no sheet %1 (or %2)</source>
        <translation>ブックにシート %1（または %2）がありません</translation>
    </message>
    <message>
        <source>the header row has no column %1 (or %2)</source>
        <translation>見出し行に列 %1（または %2）がありません</translation>
    </message>
    <message>
        <source>this row has no requirement number</source>
        <translation>この行に適合基準番号がありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a requirement of this assessment&apos;s catalogs</source>
        <translation>「%1」はこの評価のカタログにある適合基準ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an evaluation item of %2</source>
        <translation>「%1」は %2 の評価項目ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; neither ticks nor clears the evaluation item; write %2 or leave it empty</source>
        <translation>「%1」では評価項目を満たすかどうかが分かりません。%2 と書くか、空欄にしてください</translation>
    </message>
    <message>
        <source>%1 has a second verdict row; its first is row %2</source>
        <translation>%1 の判定行が二つあります（一つ目は %2 行目）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a verdict; write one of %2</source>
        <translation>「%1」は適合判定ではありません。%2 のいずれかを書いてください</translation>
    </message>
    <message>
        <source>%1 has evaluation item rows but no verdict row</source>
        <translation>%1 には評価項目の行がありますが、判定の行がありません</translation>
    </message>
</context>
<context>
    <name>ChecklistLayout</name>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Applicant and product</source>
        <translation>申請者・製品</translation>
    </message>
    <message>
        <source>Requirement no.</source>
        <translation>適合基準番号</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>適合要件</translation>
    </message>
    <message>
        <source>Evaluation item</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <source>Document review / device test</source>
        <translation>ドキュメント評価 / 実機評価</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>適合判定</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>判断根拠</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠資料</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>an evaluation item that holds</comment>
        <translation>○</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>製造業者</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品名</translation>
    </message>
    <message>
        <source>Model number</source>
        <translation>型番</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>Support period ends</source>
        <translation>サポート期限</translation>
    </message>
    <message>
        <source>Vulnerability contact</source>
        <translation>脆弱性の連絡先</translation>
    </message>
    <message>
        <source>PSTI statement of compliance</source>
        <translation>PSTI法適合宣言書</translation>
    </message>
</context>
<context>
    <name>ChecklistMap</name>
    <message>
        <source>a checklist map (a map with sheet, first_row, columns)</source>
        <translation>チェックリストの対応表（sheet、first_row、columns を持つマップ）</translation>
    </message>
    <message>
        <source>a map from field to column letter</source>
        <translation>項目から列の文字へのマップ</translation>
    </message>
    <message>
        <source>a map with sheet and cells</source>
        <translation>sheet と cells を持つマップ</translation>
    </message>
    <message>
        <source>a map from product fact to cell (B3)</source>
        <translation>製品情報からセル（B3 など）へのマップ</translation>
    </message>
    <message>
        <source>%1 is not a column; write its letters, A to XFD</source>
        <translation>%1 は列ではありません。A から XFD までの列の文字で書いてください</translation>
    </message>
    <message>
        <source>%1 is not a cell; write it as B3</source>
        <translation>%1 はセルではありません。B3 のように書いてください</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplate</name>
    <message>
        <source>the template has no sheet %1, which the map names</source>
        <translation>対応表が指定するシート %1 がテンプレートにありません</translation>
    </message>
    <message>
        <source>the sheet %1 cannot be edited in place (rows or cells without numbers)</source>
        <translation>シート %1 はそのまま編集できません（行番号やセル位置のない行・セルがあります）</translation>
    </message>
    <message>
        <source>the cell holds a formula, and the map writes a field there</source>
        <translation>このセルには数式があり、対応表はここに項目を書き込もうとしています</translation>
    </message>
</context>
<context>
    <name>ChecklistWriter</name>
    <message>
        <source>the workbook cannot be written: %1</source>
        <translation>ブックを書き出せません: %1</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>not a workbook: it is not a zip archive</source>
        <translation>ブックではありません（zip アーカイブではありません）</translation>
    </message>
    <message>
        <source>the zip archive is damaged</source>
        <translation>zip アーカイブが壊れています</translation>
    </message>
    <message>
        <source>the archive has %1 entries; a workbook has at most %2</source>
        <translation>アーカイブに %1 個のエントリがあります。ブックのエントリは %2 個までです</translation>
    </message>
    <message>
        <source>the archive&apos;s entry %1 cannot be read</source>
        <translation>アーカイブのエントリ %1 を読み込めません</translation>
    </message>
    <message>
        <source>the archive&apos;s entry %1 inflates to more than %2 bytes</source>
        <translation>アーカイブのエントリ %1 は展開すると %2 バイトを超えます</translation>
    </message>
    <message>
        <source>the archive inflates to more than %1 bytes in all</source>
        <translation>アーカイブは展開すると合計 %1 バイトを超えます</translation>
    </message>
    <message>
        <source>the archive&apos;s entry %1 is damaged</source>
        <translation>アーカイブのエントリ %1 が壊れています</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>not a workbook: the part %1 is missing</source>
        <translation>ブックではありません（パーツ %1 がありません）</translation>
    </message>
    <message>
        <source>the workbook has more than %1 strings</source>
        <translation>ブックの文字列が %1 個を超えています</translation>
    </message>
    <message>
        <source>the sheet %1 has more than %2 rows</source>
        <translation>シート %1 の行が %2 行を超えています</translation>
    </message>
    <message>
        <source>the workbook has more than %1 cells</source>
        <translation>ブックのセルが %1 個を超えています</translation>
    </message>
    <message>
        <source>a cell of the sheet %1 has no valid reference (&apos;%2&apos;)</source>
        <translation>シート %1 に有効な位置を持たないセルがあります（「%2」）</translation>
    </message>
    <message>
        <source>the cell %1!%2 names shared string %3, which the workbook does not have</source>
        <translation>セル %1!%2 が共有文字列 %3 を参照していますが、ブックにありません</translation>
    </message>
</context>
<context>
    <name>XlsxXmlReader</name>
    <message>
        <source>the text is not UTF-8</source>
        <translation>テキストが UTF-8 ではありません</translation>
    </message>
    <message>
        <source>the part %1, line %2, column %3: %4</source>
        <translation>パーツ %1 の %2 行 %3 列: %4</translation>
    </message>
    <message>
        <source>the character U+%1 is not allowed in XML</source>
        <translation>文字 U+%1 は XML で使えません</translation>
    </message>
    <message>
        <source>an &apos;&amp;&apos; that does not start an entity or character reference</source>
        <translation>「&amp;」の後にエンティティ参照も文字参照も続いていません</translation>
    </message>
    <message>
        <source>the character reference &amp;%1; is malformed</source>
        <translation>文字参照 &amp;%1; の形式が正しくありません</translation>
    </message>
    <message>
        <source>the entity &amp;%1; is not one of XML&apos;s five predefined ones, and a workbook declares no other</source>
        <translation>エンティティ &amp;%1; は XML の定義済みエンティティ（5 種）ではありません。ブックがそれ以外のエンティティを宣言することはありません</translation>
    </message>
    <message>
        <source>the XML declaration is malformed</source>
        <translation>XML 宣言の形式が正しくありません</translation>
    </message>
    <message>
        <source>it declares the encoding %1; a workbook is UTF-8</source>
        <translation>文字コード %1 が宣言されています。ブックは UTF-8 です</translation>
    </message>
    <message>
        <source>the part ends inside &lt;%1&gt;</source>
        <translation>&lt;%1&gt; の途中でパーツが終わっています</translation>
    </message>
    <message>
        <source>the part has no root element</source>
        <translation>パーツにルート要素がありません</translation>
    </message>
    <message>
        <source>there is text after the root element</source>
        <translation>ルート要素の後にテキストがあります</translation>
    </message>
    <message>
        <source>there is text before the root element</source>
        <translation>ルート要素の前にテキストがあります</translation>
    </message>
    <message>
        <source>a processing instruction is malformed, or an XML declaration is not at the start</source>
        <translation>処理命令の形式が正しくないか、XML 宣言が先頭にありません</translation>
    </message>
    <message>
        <source>there is text outside the root element</source>
        <translation>ルート要素の外にテキストがあります</translation>
    </message>
    <message>
        <source>it has a DTD (&lt;!DOCTYPE&gt;), the way to entities, which a workbook never has</source>
        <translation>DTD（&lt;!DOCTYPE&gt;）があります。エンティティを持ち込む手段であり、ブックでは使われません</translation>
    </message>
    <message>
        <source>a &apos;&lt;!&apos; that starts no comment or CDATA section</source>
        <translation>「&lt;!」の後がコメントでも CDATA セクションでもありません</translation>
    </message>
    <message>
        <source>a comment holds &quot;--&quot;</source>
        <translation>コメントに「--」が含まれています</translation>
    </message>
    <message>
        <source>the part ends inside markup</source>
        <translation>タグなどのマークアップの途中でパーツが終わっています</translation>
    </message>
    <message>
        <source>a &apos;&lt;&apos; that does not start a tag</source>
        <translation>「&lt;」の後にタグが続いていません</translation>
    </message>
    <message>
        <source>there is a second root element</source>
        <translation>ルート要素が 2 つあります</translation>
    </message>
    <message>
        <source>elements nest more than %1 deep</source>
        <translation>要素の入れ子が %1 段を超えています</translation>
    </message>
    <message>
        <source>the tag &lt;%1&gt; is malformed</source>
        <translation>タグ &lt;%1&gt; の形式が正しくありません</translation>
    </message>
    <message>
        <source>the attribute %1 has no quoted value</source>
        <translation>属性 %1 の値が引用符で囲まれていません</translation>
    </message>
    <message>
        <source>the value of the attribute %1 holds a &apos;&lt;&apos;</source>
        <translation>属性 %1 の値に「&lt;」が含まれています</translation>
    </message>
    <message>
        <source>the attribute %1 is given twice</source>
        <translation>属性 %1 が 2 回指定されています</translation>
    </message>
    <message>
        <source>an element has more than %1 attributes</source>
        <translation>属性が %1 個を超える要素があります</translation>
    </message>
    <message>
        <source>an end tag is malformed</source>
        <translation>終了タグの形式が正しくありません</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; does not close &lt;%2&gt;</source>
        <translation>終了タグ &lt;/%1&gt; が &lt;%2&gt; に対応していません</translation>
    </message>
    <message>
        <source>text holds &quot;]]&gt;&quot;</source>
        <translation>テキストに「]]&gt;」が含まれています</translation>
    </message>
</context>
</TS>
