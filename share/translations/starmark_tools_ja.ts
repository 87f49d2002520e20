<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CycloneDxImporter</name>
    <message>
        <source>CycloneDX %1 is not read; StarMark reads 1.4, 1.5 and 1.6</source>
        <translation>CycloneDX %1 は読み込めません。StarMark が読むのは 1.4、1.5、1.6 です</translation>
    </message>
</context>
<context>
    <name>NmapXmlImporter</name>
    <message>
        <source>the root element is &lt;%1&gt;, not nmap&apos;s &lt;nmaprun&gt;</source>
        <translation>ルート要素が nmap の &lt;nmaprun&gt; ではなく &lt;%1&gt; です</translation>
    </message>
    <message>
        <source>portid &quot;%1&quot; is not a port number</source>
        <translation>portid「%1」はポート番号ではありません</translation>
    </message>
</context>
<context>
    <name>OsvImporter</name>
    <message>
        <source>this must be true or false</source>
        <translation>true か false でなければなりません</translation>
    </message>
</context>
<context>
    <name>SpdxImporter</name>
    <message>
        <source>%1 is not read; StarMark reads SPDX-2.3</source>
        <translation>%1 は読み込めません。StarMark が読むのは SPDX-2.3 です</translation>
    </message>
</context>
<context>
    <name>SslscanXmlImporter</name>
    <message>
        <source>the root element is &lt;%1&gt;, not sslscan&apos;s &lt;document&gt;</source>
        <translation>ルート要素が sslscan の &lt;document&gt; ではなく &lt;%1&gt; です</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>lists and objects are nested more than %1 deep (docs/limits.md)</source>
        <translation>リストとオブジェクトの入れ子が %1 段を超えています (docs/limits.md)</translation>
    </message>
    <message>
        <source>the file ends inside the JSON: the tool stopped before it finished writing</source>
        <translation>JSON の途中でファイルが終わっています。ツールが書き終える前に止まっています</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON として正しくありません (%1)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a text of %1 characters; the limit is %2 (docs/limits.md)</source>
        <translation>%1 文字の文字列があります。上限は %2 文字です (docs/limits.md)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>the file holds more than %1 findings (docs/limits.md)</source>
        <translation>検出事項が %1 件を超えています (docs/limits.md)</translation>
    </message>
    <message>
        <source>this must be %1</source>
        <translation>%1でなければなりません</translation>
    </message>
</context>
<context>
    <name>StrictXmlReader</name>
    <message>
        <source>elements are nested %1 deep; the limit is %2 (docs/limits.md)</source>
        <translation>要素の入れ子が %1 段あります。上限は %2 段です (docs/limits.md)</translation>
    </message>
    <message>
        <source>the entity &quot;%1&quot; is not one of XML&apos;s own; tool outputs use none</source>
        <translation>実体「%1」は XML 定義済みの実体ではありません。ツールの出力はこれを使いません</translation>
    </message>
    <message>
        <source>the file ends inside the document: the tool stopped before it finished writing</source>
        <translation>文書の途中でファイルが終わっています。ツールが書き終える前に止まっています</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>XML の要素が含まれていません</translation>
    </message>
    <message>
        <source>not well-formed XML (%1)</source>
        <translation>整形式の XML ではありません (%1)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not expected inside a text</source>
        <translation>文字列の中に &lt;%1&gt; は置けません</translation>
    </message>
    <message>
        <source>the file holds more than %1 findings (docs/limits.md)</source>
        <translation>検出事項が %1 件を超えています (docs/limits.md)</translation>
    </message>
    <message>
        <source>the document type declares entities or loads an external definition; tool outputs need neither, and it was not read</source>
        <translation>文書型宣言が実体を宣言しているか外部の定義を読み込みます。ツールの出力にはどちらも不要なため、読み込みませんでした</translation>
    </message>
    <message>
        <source>a text of %1 characters; the limit is %2 (docs/limits.md)</source>
        <translation>%1 文字の文字列があります。上限は %2 文字です (docs/limits.md)</translation>
    </message>
</context>
<context>
    <name>ToolAcceptance</name>
    <message>
        <source>no tool output in this assessment proposes a verdict</source>
        <translation>この評価にはツール出力による判定の提案がありません</translation>
    </message>
    <message>
        <source>no tool output proposes a verdict for %1</source>
        <translation>%1 の判定を提案するツール出力がありません</translation>
    </message>
</context>
<context>
    <name>ToolImport</name>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>ファイルを読み込めません (%1)</translation>
    </message>
    <message>
        <source>the rules %1 %2 tie %3 output to no requirement of the catalogs this assessment is made against</source>
        <translation>ルール %1 %2 は、%3 の出力をこの評価のカタログのどの要件にも対応付けていません</translation>
    </message>
    <message>
        <source>this output was imported already, as %1</source>
        <translation>この出力は %1 として取り込み済みです</translation>
    </message>
</context>
<context>
    <name>ToolOutput</name>
    <message>
        <source>this is not the output of a tool StarMark reads (%1)</source>
        <translation>StarMark が読み込めるツールの出力ではありません (%1)</translation>
    </message>
    <message>
        <source>the file is %1 output, not %2</source>
        <translation>このファイルは %2 ではなく %1 の出力です</translation>
    </message>
    <message>
        <source>the file is empty: the tool wrote nothing</source>
        <translation>ファイルが空です。ツールが何も書き出していません</translation>
    </message>
</context>
<context>
    <name>ToolOverride</name>
    <message>
        <source>%1 is not a requirement of this assessment&apos;s catalogs</source>
        <translation>%1 はこの評価のカタログにある要件ではありません</translation>
    </message>
    <message>
        <source>the assessment is signed off: its verdicts change only in a new revision</source>
        <translation>評価はレビュー承認済みです。判定は新しいリビジョンでのみ変更できます</translation>
    </message>
    <message>
        <source>an override of the tools&apos; proposals for %1 needs a rationale</source>
        <translation>%1 のツールの提案を覆すには理由が必要です</translation>
    </message>
    <message>
        <source>the tools propose %1 for %2 too: that verdict goes with them, not against them</source>
        <translation>ツールも %2 に %1 を提案しています。この判定は提案に従うもので、提案を覆すものではありません</translation>
    </message>
</context>
<context>
    <name>ToolProposer</name>
    <message>
        <source>%1 offers %2, below %3</source>
        <translation>%1 が %3 未満の %2 を提供しています</translation>
    </message>
    <message>
        <source>%1 offers only %2</source>
        <translation>%1 が提供するのは %2 のみです</translation>
    </message>
    <message>
        <source>%1 accepts suites outside the allowed list: %2</source>
        <translation>%1 が許可リスト外の暗号スイートを受け入れています: %2</translation>
    </message>
    <message>
        <source>open but not a needed interface: %1</source>
        <translation>必要なインターフェースとして挙げられていないのに開いています: %1</translation>
    </message>
    <message>
        <source>known to be exploited: %1</source>
        <translation>悪用が確認されている脆弱性: %1</translation>
    </message>
    <message>
        <source>%1 accepts only suites of the allowed list (suites: %2)</source>
        <translation>%1 が受け入れるのは許可リストの暗号スイートのみです（スイート数: %2）</translation>
    </message>
    <message>
        <source>every open port is a needed interface (open ports: %1)</source>
        <translation>開いているポートはすべて必要なインターフェースです（開いているポート数: %1）</translation>
    </message>
    <message>
        <source>every component has its version, supplier and hash (components: %1)</source>
        <translation>すべてのコンポーネントにバージョン、供給者、ハッシュがあります（コンポーネント数: %1）</translation>
    </message>
    <message>
        <source>open, and the product lists no needed interface: %1</source>
        <translation>製品は必要なインターフェースを一つも挙げていないのに開いています: %1</translation>
    </message>
</context>
<context>
    <name>ToolRulesReader</name>
    <message>
        <source>a map with id, version and rules</source>
        <translation>id、version、rules を持つマップ</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>a rule: a map with id, requirement, formats and check</source>
        <translation>ルール（id、requirement、formats、check を持つマップ）</translation>
    </message>
    <message>
        <source>tool output format</source>
        <translation>ツール出力の形式</translation>
    </message>
    <message>
        <source>check</source>
        <translation>検査</translation>
    </message>
</context>
<context>
    <name>ToolRunProposals</name>
    <message>
        <source>the output of %1 stored as %2 cannot be read back (%3)</source>
        <translation>%2 として保存した %1 の出力を読み戻せません (%3)</translation>
    </message>
</context>
</TS>
