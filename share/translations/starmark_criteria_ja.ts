<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_GB">
<context>
    <name>ApplicabilityExpression</name>
    <message>
        <source>the rule is empty</source>
        <translation>適用条件が空です</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;: conditions are joined with &apos;and&apos; or &apos;or&apos;</source>
        <translation>ここに &apos;%1&apos; は書けません。条件は &apos;and&apos; か &apos;or&apos; でつなぎます</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;: a rule has question names, and, or, not, ==, != and parentheses</source>
        <translation>使えない文字 &apos;%1&apos; があります。適用条件に書けるのは質問名、and、or、not、==、!= と括弧だけです</translation>
    </message>
    <message>
        <source>the rule nests deeper than %1 levels</source>
        <translation>適用条件の入れ子が %1 段を超えています</translation>
    </message>
    <message>
        <source>the parenthesis opened here is not closed</source>
        <translation>ここで開いた括弧が閉じられていません</translation>
    </message>
    <message>
        <source>the rule ends where a question name should be</source>
        <translation>質問名が来るべき位置で適用条件が終わっています</translation>
    </message>
    <message>
        <source>expected a question name, found &apos;%1&apos;</source>
        <translation>質問名が来るべき位置に &apos;%1&apos; があります</translation>
    </message>
    <message>
        <source>an option of &apos;%1&apos; should follow the comparison</source>
        <translation>比較演算子の後には &apos;%1&apos; の選択肢が必要です</translation>
    </message>
</context>
<context>
    <name>CatalogLibrary</name>
    <message>
        <source>this folder holds no catalog (*.yaml) files</source>
        <translation>このフォルダにはカタログ（*.yaml）ファイルがありません</translation>
    </message>
    <message>
        <source>the catalog id &apos;%1&apos; is already used by %2</source>
        <translation>カタログ ID &apos;%1&apos; は %2 で既に使われています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) is not valid, so neither is this catalog</source>
        <translation>&apos;%1&apos;（%2）が不正なため、このカタログも不正です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a catalog of scheme &apos;%2&apos; here, and the scheme has no other catalog</source>
        <translation>&apos;%1&apos; はスキーム &apos;%2&apos; のカタログとして見つかりません。このスキームには他のカタログもありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a catalog of scheme &apos;%2&apos; here (known: %3)</source>
        <translation>&apos;%1&apos; はスキーム &apos;%2&apos; のカタログとして見つかりません（既知: %3）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; extends &apos;%2&apos;, which leads back to &apos;%1&apos;: a catalog cannot include itself</source>
        <translation>&apos;%1&apos; が拡張する &apos;%2&apos; から &apos;%1&apos; に戻る循環があります。カタログは自分自身を含められません</translation>
    </message>
    <message>
        <source>a ★%1 catalog can only extend lower levels, but &apos;%2&apos; is ★%3</source>
        <translation>★%1 のカタログが拡張できるのは下位レベルだけですが、&apos;%2&apos; は ★%3 です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is for category &apos;%2&apos;, this catalog for &apos;%3&apos;: a catalog extends &apos;common&apos; catalogs or those of its own category</source>
        <translation>&apos;%1&apos; はカテゴリ &apos;%2&apos;、このカタログは &apos;%3&apos; 向けです。拡張できるのは &apos;common&apos; か同じカテゴリのカタログだけです</translation>
    </message>
    <message>
        <source>the %1 id &apos;%2&apos; is already declared at %3, in the same catalog chain</source>
        <translation>%1 ID &apos;%2&apos; は同じカタログチェーンの %3 で既に宣言されています</translation>
    </message>
    <message>
        <source>a ★%1 catalog must include every lower level, but no ★%2 catalog is in its chain</source>
        <translation>★%1 のカタログはすべての下位レベルを含む必要がありますが、チェーンに ★%2 のカタログがありません</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>test case</source>
        <translation>試験項目</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a question of this catalog or those it extends (known: %2)</source>
        <translation>&apos;%1&apos; はこのカタログにも拡張元のカタログにもない質問です（既知: %2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a text question and cannot decide applicability; only yes/no and choice questions can</source>
        <translation>&apos;%1&apos; は記述式の質問なので適用可否を決められません。使えるのは はい／いいえ 式と選択式の質問だけです</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a yes/no question: it stands alone or after &apos;not&apos;, without &apos;==&apos;/&apos;!=&apos;</source>
        <translation>&apos;%1&apos; は はい／いいえ 式の質問です。&apos;==&apos;／&apos;!=&apos; を付けず、単独か &apos;not&apos; の後に書きます</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a choice question: it is compared with one of its options, e.g. %1 == %2</source>
        <translation>&apos;%1&apos; は選択式の質問です。%1 == %2 のように選択肢のひとつと比較します</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of &apos;%2&apos;; the options are: %3</source>
        <translation>&apos;%1&apos; は &apos;%2&apos; の選択肢ではありません。選択肢: %3</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>a catalog is a map of keys (scheme, id, level, requirements, …); found %1</source>
        <translation>カタログはキー（scheme、id、level、requirements など）のマップですが、%1 が書かれています</translation>
    </message>
    <message>
        <source>the list is empty; a catalog needs at least one requirement</source>
        <translation>リストが空です。カタログには要件が少なくともひとつ必要です</translation>
    </message>
    <message>
        <source>a ★1 catalog is the base of its scheme and extends nothing</source>
        <translation>★1 のカタログはスキームの基礎であり、他のカタログを拡張しません</translation>
    </message>
    <message>
        <source>a ★%1 catalog must extend the ★%2 catalog it adds to</source>
        <translation>★%1 のカタログは、追加先の ★%2 のカタログを拡張する必要があります</translation>
    </message>
    <message>
        <source>a map with &apos;document&apos; and &apos;note&apos;</source>
        <translation>&apos;document&apos; と &apos;note&apos; を持つマップ</translation>
    </message>
    <message>
        <source>a question (a map with id, type and text)</source>
        <translation>質問（id、type、text を持つマップ）</translation>
    </message>
    <message>
        <source>question type</source>
        <translation>質問の種類</translation>
    </message>
    <message>
        <source>only choice questions have options</source>
        <translation>選択肢を持てるのは選択式の質問だけです</translation>
    </message>
    <message>
        <source>an option (a map with id and text)</source>
        <translation>選択肢（id と text を持つマップ）</translation>
    </message>
    <message>
        <source>option</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>a choice needs at least two options</source>
        <translation>選択式の質問には選択肢が2つ以上必要です</translation>
    </message>
    <message>
        <source>a requirement (a map with id, title, text, …)</source>
        <translation>要件（id、title、text などを持つマップ）</translation>
    </message>
    <message>
        <source>method</source>
        <translation>評価方法</translation>
    </message>
    <message>
        <source>evidence (a map with kind and text)</source>
        <translation>証跡（kind と text を持つマップ）</translation>
    </message>
    <message>
        <source>evidence kind</source>
        <translation>証跡の種類</translation>
    </message>
    <message>
        <source>a reference (a map with standard and clause)</source>
        <translation>参照（standard と clause を持つマップ）</translation>
    </message>
    <message>
        <source>provenance</source>
        <translation>出所</translation>
    </message>
    <message>
        <source>a map with &apos;rule&apos; (all or any) and &apos;list&apos;</source>
        <translation>&apos;rule&apos;（all か any）と &apos;list&apos; を持つマップ</translation>
    </message>
    <message>
        <source>item rule</source>
        <translation>評価項目の規則</translation>
    </message>
    <message>
        <source>the list is empty; a requirement needs at least one evaluation item</source>
        <translation>リストが空です。要件には評価項目が少なくともひとつ必要です</translation>
    </message>
    <message>
        <source>an evaluation item (a map with id and text)</source>
        <translation>評価項目（id と text を持つマップ）</translation>
    </message>
    <message>
        <source>item</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <source>a test case (a map with id, kind, text and expected)</source>
        <translation>試験項目（id、kind、text、expected を持つマップ）</translation>
    </message>
    <message>
        <source>the test case id &apos;%1&apos; does not start with its requirement&apos;s id and a dash (%2)</source>
        <translation>試験項目 ID &apos;%1&apos; が、要件の ID とハイフン（%2）で始まっていません</translation>
    </message>
    <message>
        <source>test kind</source>
        <translation>試験の種類</translation>
    </message>
    <message>
        <source>a map with &apos;question&apos;, &apos;covers&apos; and &apos;evidence&apos;</source>
        <translation>&apos;question&apos;、&apos;covers&apos; と &apos;evidence&apos; を持つマップ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a yes/no question of this catalog</source>
        <translation>&apos;%1&apos; はこのカタログの「はい／いいえ」の質問ではありません</translation>
    </message>
    <message>
        <source>the list is empty; the route covers at least one requirement</source>
        <translation>リストが空です。ルートが対象とする要件が少なくともひとつ必要です</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>no requirement &apos;%1&apos; in this catalog</source>
        <translation>このカタログに要件 &apos;%1&apos; はありません</translation>
    </message>
    <message>
        <source>a secondary source (a map with id, title and url)</source>
        <translation>二次資料（id、title と url を持つマップ）</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>二次資料</translation>
    </message>
    <message>
        <source>the catalog says its texts are a reconstruction, but this requirement claims the scheme&apos;s own wording (%1)</source>
        <translation>カタログは本文が再構成であるとしていますが、この要件は制度の原文であるとしています（%1）</translation>
    </message>
    <message>
        <source>a quoted requirement names the secondary source it quotes in &apos;quoted_from&apos;</source>
        <translation>引用の要件には、引用元の二次資料を &apos;quoted_from&apos; に示す必要があります</translation>
    </message>
    <message>
        <source>only a requirement whose provenance is &apos;quoted&apos; names a secondary source</source>
        <translation>二次資料を示せるのは、provenance が &apos;quoted&apos; の要件だけです</translation>
    </message>
    <message>
        <source>no secondary source &apos;%1&apos; under source.secondary</source>
        <translation>source.secondary に二次資料 &apos;%1&apos; はありません</translation>
    </message>
</context>
<context>
    <name>IdRule</name>
    <message>
        <source>lower-case letters, digits and &apos;-&apos;</source>
        <translation>英小文字、数字と &apos;-&apos;</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>英小文字、数字、&apos;-&apos; と &apos;_&apos;</translation>
    </message>
    <message>
        <source>a lower-case letter, then lower-case letters, digits and &apos;_&apos;</source>
        <translation>先頭が英小文字で、続きが英小文字、数字と &apos;_&apos;</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>英字、数字、&apos;.&apos; と &apos;-&apos;</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>the file has %1 bytes; the limit is %2 bytes (docs/limits.md), so it was not read</source>
        <translation>ファイルが %1 バイトあり、上限の %2 バイト（docs/limits.md）を超えるため読み込んでいません</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>これはファイルではなくフォルダです</translation>
    </message>
    <message>
        <source>this is a device, pipe or socket, not a file</source>
        <translation>これはファイルではなく、デバイス、パイプまたはソケットです</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>ファイルを読み込めません（%1）</translation>
    </message>
</context>
<context>
    <name>KnownDigests</name>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>JSON オブジェクトではありません（%1）</translation>
    </message>
</context>
<context>
    <name>Requirement</name>
    <message>
        <source>Document review</source>
        <translation>ドキュメント評価</translation>
    </message>
    <message>
        <source>Device test</source>
        <translation>実機評価</translation>
    </message>
    <message>
        <source>Document review + device test</source>
        <translation>ドキュメント評価＋実機評価</translation>
    </message>
</context>
<context>
    <name>YamlNode</name>
    <message>
        <source>nothing</source>
        <translation>空の値</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>単一の値</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>マップ</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>a key is empty: no name before the colon</source>
        <translation>キーが空です。コロンの前に名前がありません</translation>
    </message>
    <message>
        <source>aliases (*name) are not allowed; the value must be written out in full</source>
        <translation>エイリアス（*name）は使えません。値は省略せずに書く必要があります</translation>
    </message>
    <message>
        <source>anchors (&amp;name) are not allowed; the value must be written out in full</source>
        <translation>アンカー（&amp;name）は使えません。値は省略せずに書く必要があります</translation>
    </message>
    <message>
        <source>this value has %1 bytes; the limit is %2 bytes (docs/limits.md)</source>
        <translation>この値は %1 バイトあり、上限の %2 バイト（docs/limits.md）を超えています</translation>
    </message>
    <message>
        <source>this key has %1 bytes; the limit is %2 bytes (docs/limits.md)</source>
        <translation>このキーは %1 バイトあり、上限の %2 バイト（docs/limits.md）を超えています</translation>
    </message>
    <message>
        <source>this map has at least %1 keys; the limit is %2 keys (docs/limits.md)</source>
        <translation>このマップにはキーが %1 個以上あり、上限の %2 個（docs/limits.md）を超えています</translation>
    </message>
    <message>
        <source>the file has at least %1 keys; the limit is %2 keys (docs/limits.md)</source>
        <translation>ファイルにキーが %1 個以上あり、上限の %2 個（docs/limits.md）を超えています</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2)</source>
        <translation>キー &apos;%1&apos; が重複しています（最初は %2 行目）</translation>
    </message>
    <message>
        <source>the file has at least %1 values; the limit is %2 values (docs/limits.md)</source>
        <translation>ファイルに値が %1 個以上あり、上限の %2 個（docs/limits.md）を超えています</translation>
    </message>
    <message>
        <source>this list has at least %1 items; the limit is %2 items (docs/limits.md)</source>
        <translation>このリストには要素が %1 個以上あり、上限の %2 個（docs/limits.md）を超えています</translation>
    </message>
    <message>
        <source>a key must be a plain name, not a list or a map</source>
        <translation>キーはリストやマップではなく、単純な名前である必要があります</translation>
    </message>
    <message>
        <source>lists and maps are nested here %1 levels deep; the limit is %2 levels deep (docs/limits.md)</source>
        <translation>ここでリストとマップが %1 段入れ子になっており、上限の %2 段（docs/limits.md）を超えています</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>NUL バイトがあります</translation>
    </message>
    <message>
        <source>byte %1 continues a character that never started</source>
        <translation>バイト %1 は、始まっていない文字の続きです</translation>
    </message>
    <message>
        <source>bytes %1 are an overlong form (a character written longer than it must be)</source>
        <translation>バイト %1 は冗長な表現（必要以上に長く書かれた文字）です</translation>
    </message>
    <message>
        <source>byte %1 starts a code point above U+10FFFF, the last one Unicode has</source>
        <translation>バイト %1 は、Unicode の最後の符号位置 U+10FFFF を超える文字の始まりです</translation>
    </message>
    <message>
        <source>the character starting with %1 is cut short after %2 of its %3 bytes</source>
        <translation>%1 で始まる文字が、%3 バイト中 %2 バイトで途切れています</translation>
    </message>
    <message>
        <source>bytes %1 encode a UTF-16 surrogate (U+D800–U+DFFF), which UTF-8 does not carry</source>
        <translation>バイト %1 は UTF-8 では表せない UTF-16 のサロゲート（U+D800–U+DFFF）です</translation>
    </message>
    <message>
        <source>bytes %1 encode a code point above U+10FFFF, the last one Unicode has</source>
        <translation>バイト %1 は、Unicode の最後の符号位置 U+10FFFF を超える文字です</translation>
    </message>
    <message>
        <source>this is not UTF-8 text: %1</source>
        <translation>UTF-8 のテキストではありません: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>a second YAML document starts here; the file must hold exactly one</source>
        <translation>ここから2つ目の YAML ドキュメントが始まっています。ファイルに書けるドキュメントはひとつだけです</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML の構文エラー: %1</translation>
    </message>
</context>
<context>
    <name>YamlSchema</name>
    <message>
        <source>more than %1 problems; the rest of the file was not listed</source>
        <translation>問題が %1 件を超えたため、残りは表示していません</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1が必要ですが、%2が書かれています</translation>
    </message>
    <message>
        <source>unknown key %1; the keys allowed here are: %2</source>
        <translation>不明なキー %1 があります。ここに書けるキー: %2</translation>
    </message>
    <message>
        <source>unknown key %1; did you mean &apos;%2&apos;?</source>
        <translation>不明なキー %1 があります。&apos;%2&apos; の誤りではありませんか？</translation>
    </message>
    <message>
        <source>the required key &apos;%1&apos; is missing from this map</source>
        <translation>このマップに必須のキー &apos;%1&apos; がありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value</source>
        <translation>&apos;%1&apos; に値がありません</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>テキストが空です</translation>
    </message>
    <message>
        <source>the text has %1 characters; the limit is %2 characters (docs/limits.md)</source>
        <translation>テキストが %1 文字あり、上限の %2 文字（docs/limits.md）を超えています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: an id has %2</source>
        <translation>&apos;%1&apos; は有効な ID ではありません。ID に使えるのは %2 です</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2 (unquoted), found &apos;%3&apos;</source>
        <translation>%1 から %2 までの整数（引用符なし）が必要ですが、&apos;%3&apos; が書かれています</translation>
    </message>
    <message>
        <source>a map with &apos;ja&apos; and &apos;en&apos; texts</source>
        <translation>&apos;ja&apos; と &apos;en&apos; のテキストを持つマップ</translation>
    </message>
    <message>
        <source>the Japanese text (ja) is missing; every text is given in Japanese and English</source>
        <translation>日本語のテキスト（ja）がありません。テキストはすべて日本語と英語で書きます</translation>
    </message>
    <message>
        <source>the English text (en) is missing; every text is given in Japanese and English</source>
        <translation>英語のテキスト（en）がありません。テキストはすべて日本語と英語で書きます</translation>
    </message>
    <message>
        <source>the %1 id &apos;%2&apos; is used twice</source>
        <translation>%1 ID &apos;%2&apos; が重複しています</translation>
    </message>
    <message>
        <source>%1 is not a valid %2; the choices are: %3</source>
        <translation>%1 は%2として有効ではありません。使える値: %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
</context>
</TS>
