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
        <source>the part %1 declares a DTD or entities, which a workbook never does</source>
        <translation>パーツ %1 が DTD またはエンティティを宣言しています。ブックでは使われないものです</translation>
    </message>
    <message>
        <source>the part %1 nests elements more than %2 deep</source>
        <translation>パーツ %1 の要素の入れ子が %2 段を超えています</translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2): %3</source>
        <translation>パーツ %1 は整形式の XML ではありません（%2 行目）: %3</translation>
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
</TS>
