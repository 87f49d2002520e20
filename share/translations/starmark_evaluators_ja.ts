<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_GB">
<context>
    <name>AssessmentEdit</name>
    <message>
        <source>the text has %1 characters; the limit is %2 characters (docs/limits.md)</source>
        <translation>テキストが %1 文字あります。上限は %2 文字です (docs/limits.md)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; は日付ではありません (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a question of this assessment&apos;s catalogs</source>
        <translation>&apos;%1&apos; はこの評価のカタログにある質問ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a yes/no question; the answer is true or false</source>
        <translation>&apos;%1&apos; ははい/いいえの質問です。回答は true か false です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of &apos;%2&apos;</source>
        <translation>&apos;%1&apos; は &apos;%2&apos; の選択肢にありません</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>不明なキーです</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a requirement of this assessment&apos;s catalogs</source>
        <translation>&apos;%1&apos; はこの評価のカタログにある要求事項ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a verdict; the verdicts are %2</source>
        <translation>&apos;%1&apos; は判定ではありません。判定は %2 のいずれかです</translation>
    </message>
    <message>
        <source>a test case&apos;s keys are %1.tests.&lt;test id&gt;.verdict and .observed</source>
        <translation>テストケースのキーは %1.tests.&lt;テスト ID&gt;.verdict と .observed です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a test verdict; the test verdicts are %2</source>
        <translation>&apos;%1&apos; はテスト判定ではありません。テスト判定は %2 のいずれかです</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>not a readable file</source>
        <translation>読み取れるファイルではありません</translation>
    </message>
    <message>
        <source>%1 is already another model of the family</source>
        <translation>%1 はすでにこのファミリーの他の型番として登録されています</translation>
    </message>
</context>
<context>
    <name>AssessmentIntegrity</name>
    <message>
        <source>the file is of format %1, whose audit trail does not record the state it leads to</source>
        <translation>ファイル形式 %1 のファイルです。この形式の監査証跡は、行き着く状態を記録していません</translation>
    </message>
    <message>
        <source>the audit trail does not hold: %1</source>
        <translation>監査証跡が成り立っていません: %1</translation>
    </message>
    <message>
        <source>%1 cites evidence %2 (SHA-256 %3, %4 bytes), which the file does not hold</source>
        <translation>%1 がエビデンス %2 (SHA-256 %3、%4 バイト) を挙げていますが、ファイルに含まれていません</translation>
    </message>
    <message>
        <source>the recorded sign-off does not keep the rules: %1</source>
        <translation>記録された承認が規則を満たしていません: %1</translation>
    </message>
</context>
<context>
    <name>CatalogChange</name>
    <message>
        <source>%1 added</source>
        <translation>%1 が追加されました</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 が削除されました</translation>
    </message>
    <message>
        <source>%1 reworded (%2)</source>
        <translation>%1 の文言が変わりました (%2)</translation>
    </message>
    <message>
        <source>%1 changed (%2)</source>
        <translation>%1 が変更されました (%2)</translation>
    </message>
</context>
<context>
    <name>DeclarationExport</name>
    <message>
        <source>the folder %1 already holds files; a declaration is exported into a new or empty folder</source>
        <translation>フォルダー %1 には既にファイルがあります。宣言は新しいフォルダーか空のフォルダーに書き出します</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>%1; nothing was exported</source>
        <translation>%1。何も書き出していません</translation>
    </message>
</context>
<context>
    <name>DeclarationReader</name>
    <message>
        <source>a declaration (a map with catalog, level, mode, product, …)</source>
        <translation>宣言（catalog、level、mode、product などを持つマップ）</translation>
    </message>
    <message>
        <source>the declaration claims ★%1, but the catalog %2 is ★%3</source>
        <translation>宣言は ★%1 としていますが、カタログ %2 は ★%3 です</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>評価形態</translation>
    </message>
    <message>
        <source>★%1 is evaluated by an independent lab, not self-declared</source>
        <translation>★%1 は自己宣言ではなく、独立した評価機関が評価します</translation>
    </message>
    <message>
        <source>a map with name and organisation</source>
        <translation>name と organisation を持つマップ</translation>
    </message>
    <message>
        <source>no catalog &apos;%1&apos;, and no catalog is loaded</source>
        <translation>カタログ &apos;%1&apos; がありません。読み込まれたカタログもありません</translation>
    </message>
    <message>
        <source>no catalog &apos;%1&apos; (known: %2)</source>
        <translation>カタログ &apos;%1&apos; がありません（既知: %2）</translation>
    </message>
    <message>
        <source>the catalog %1 (%2) is not valid</source>
        <translation>カタログ %1（%2）が不正です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date written as YYYY-MM-DD, e.g. 2026-04-01</source>
        <translation>&apos;%1&apos; は YYYY-MM-DD 形式（例: 2026-04-01）の日付ではありません</translation>
    </message>
    <message>
        <source>a map describing the product</source>
        <translation>製品を記述するマップ</translation>
    </message>
    <message>
        <source>a map of question ids to answers</source>
        <translation>質問 ID と回答のマップ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a question of %2 or the catalogs it extends (known: %3)</source>
        <translation>&apos;%1&apos; は %2 にも拡張元のカタログにもない質問です（既知: %3）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a yes/no question: its answer is true or false</source>
        <translation>&apos;%1&apos; は はい／いいえ 式の質問です。回答は true か false です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of &apos;%2&apos;; the options are: %3</source>
        <translation>&apos;%1&apos; は &apos;%2&apos; の選択肢ではありません。選択肢: %3</translation>
    </message>
    <message>
        <source>a map of requirement ids to results</source>
        <translation>要件 ID と結果のマップ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a requirement of %2 or the catalogs it extends</source>
        <translation>&apos;%1&apos; は %2 にも拡張元のカタログにもない要件です</translation>
    </message>
    <message>
        <source>a result (a map with verdict, items, rationale, …)</source>
        <translation>結果（verdict、items、rationale などを持つマップ）</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>recheck is true or false</source>
        <translation>recheck は true か false です</translation>
    </message>
    <message>
        <source>this result names %1 evidence files; the limit is %2 evidence files (docs/limits.md)</source>
        <translation>この結果は証跡ファイルを %1 件挙げており、上限の %2 件（docs/limits.md）を超えています</translation>
    </message>
    <message>
        <source>the declaration names, up to here, %1 evidence files; the limit is %2 evidence files (docs/limits.md)</source>
        <translation>宣言はここまでに証跡ファイルを %1 件挙げており、上限の %2 件（docs/limits.md）を超えています</translation>
    </message>
    <message>
        <source>a map of test case ids to results</source>
        <translation>試験項目 ID と結果のマップ</translation>
    </message>
    <message>
        <source>a test result (a map with verdict and observed)</source>
        <translation>試験結果（verdict と observed を持つマップ）</translation>
    </message>
    <message>
        <source>test verdict</source>
        <translation>試験の判定</translation>
    </message>
    <message>
        <source>a map with reviewer and at</source>
        <translation>reviewer と at を持つマップ</translation>
    </message>
    <message>
        <source>the reviewer must be someone other than the evaluator (%1)</source>
        <translation>レビュー担当者は評価者（%1）以外の人である必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time written like 2026-10-30T15:00:00+09:00</source>
        <translation>&apos;%1&apos; は 2026-10-30T15:00:00+09:00 の形式の日時ではありません</translation>
    </message>
    <message>
        <source>a reviewer&apos;s sign-off belongs to lab evaluations (mode: lab) only</source>
        <translation>レビュー担当者の承認は評価機関による評価（mode: lab）にだけ書けます</translation>
    </message>
    <message>
        <source>a list of model numbers, the representative model first</source>
        <translation>型番のリスト（代表型番を先頭に）</translation>
    </message>
    <message>
        <source>the family lists %1 model numbers; the limit is %2 (docs/limits.md)</source>
        <translation>型番が %1 件記載されています。上限は %2 件です（docs/limits.md）</translation>
    </message>
    <message>
        <source>the model number &apos;%1&apos; is listed twice (first on line %2)</source>
        <translation>型番「%1」が重複しています（最初の記載は %2 行目）</translation>
    </message>
    <message>
        <source>the family begins with &apos;%1&apos;, but the representative model is &apos;%2&apos;: list the representative first</source>
        <translation>型番のリストの先頭が「%1」ですが、代表型番は「%2」です。代表型番を先頭に記載してください</translation>
    </message>
    <message>
        <source>a list of needed interfaces, e.g. [tcp/443 https, udp/500]</source>
        <translation>必要なインターフェースのリスト（例: [tcp/443 https, udp/500]）</translation>
    </message>
    <message>
        <source>%1 needed interfaces are listed; the limit is %2 (docs/limits.md)</source>
        <translation>必要なインターフェースが %1 件記載されています。上限は %2 件です（docs/limits.md）</translation>
    </message>
    <message>
        <source>the interface %1 is listed twice (first on line %2)</source>
        <translation>インターフェース %1 が二度記載されています（最初は %2 行目）</translation>
    </message>
</context>
<context>
    <name>FirmwareRevision</name>
    <message>
        <source>the new firmware version is missing</source>
        <translation>新しいファームウェアのバージョンが指定されていません</translation>
    </message>
    <message>
        <source>firmware %1 is the one already assessed</source>
        <translation>ファームウェア %1 は評価済みのものです</translation>
    </message>
</context>
<context>
    <name>NewAssessment</name>
    <message>
        <source>★%1 is evaluated by a lab, not self-declared</source>
        <translation>★%1 は自己適合宣言ではなく、評価機関が評価します</translation>
    </message>
</context>
<context>
    <name>OpenedAssessment</name>
    <message>
        <source>its catalog %1 is not installed</source>
        <translation>カタログ %1 がインストールされていません</translation>
    </message>
    <message>
        <source>its catalog %1 is not valid</source>
        <translation>カタログ %1 が有効ではありません</translation>
    </message>
    <message>
        <source>catalog %1 changed since this assessment began: %2</source>
        <translation>この評価の開始後にカタログ %1 が変わりました: %2</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>the model number is empty</source>
        <translation>型番が空です</translation>
    </message>
    <message>
        <source>the model number has %1 bytes in UTF-8; the limit is %2</source>
        <translation>型番が UTF-8 で %1 バイトあります。上限は %2 バイトです</translation>
    </message>
    <message>
        <source>the model number contains the control character U+%1</source>
        <translation>型番に制御文字 U+%1 が含まれています</translation>
    </message>
    <message>
        <source>the model number begins or ends with a space</source>
        <translation>型番の先頭または末尾に空白があります</translation>
    </message>
    <message>
        <source>the model number &quot;%1&quot; reads as a file path</source>
        <translation>型番「%1」はファイルパスとして解釈されます</translation>
    </message>
    <message>
        <source>the family has %1 models; the limit is %2</source>
        <translation>型番が %1 件あります。上限は %2 件です</translation>
    </message>
    <message>
        <source>model %1: %2</source>
        <translation>型番 %1: %2</translation>
    </message>
    <message>
        <source>the model %1 is listed twice</source>
        <translation>型番 %1 が重複しています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a needed interface written as a protocol (tcp, udp or sctp), a slash and a port, e.g. tcp/443 https</source>
        <translation>「%1」は必要なインターフェースの書き方（プロトコル tcp・udp・sctp、スラッシュ、ポート番号。例: tcp/443 https）になっていません</translation>
    </message>
    <message>
        <source>the port %1 is outside 1–65535</source>
        <translation>ポート番号 %1 は 1～65535 の範囲外です</translation>
    </message>
    <message>
        <source>the service name of %1 contains a control character</source>
        <translation>%1 のサービス名に制御文字が含まれています</translation>
    </message>
    <message>
        <source>%1 needed interfaces are listed; the limit is %2</source>
        <translation>必要なインターフェースが %1 件記載されています。上限は %2 件です</translation>
    </message>
    <message>
        <source>the interface %1 is listed twice</source>
        <translation>インターフェース %1 が二度記載されています</translation>
    </message>
</context>
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
    <message>
        <source>the family lists %1 model numbers; the limit is %2</source>
        <translation>型番が %1 件あります。上限は %2 件です</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the model number &quot;%1&quot; is listed twice</source>
        <translation>型番「%1」が重複しています</translation>
    </message>
</context>
<context>
    <name>SignOffRules</name>
    <message>
        <source>the reviewer must be someone other than the evaluator (%1)</source>
        <translation>レビュー担当者は評価者 (%1) 以外の人でなければなりません</translation>
    </message>
    <message>
        <source>%1 requirement(s) are not assessed and %2 need re-checking</source>
        <translation>未評価の要求事項が %1 件、再確認が必要な要求事項が %2 件あります</translation>
    </message>
    <message>
        <source>the reviewer&apos;s name is missing</source>
        <translation>レビュー担当者の名前がありません</translation>
    </message>
    <message>
        <source>sign-off belongs to lab evaluations; a self-declaration is signed with its report</source>
        <translation>承認は評価機関による評価のものです。自己適合宣言は報告書への署名で確定します</translation>
    </message>
    <message>
        <source>already signed off by %1</source>
        <translation>%1 が既に承認しています</translation>
    </message>
    <message>
        <source>a self-declaration records a reviewer&apos;s sign-off, which only lab evaluations have</source>
        <translation>自己適合宣言にレビュー担当者の承認が記録されていますが、承認は評価機関による評価にしかありません</translation>
    </message>
    <message>
        <source>the sign-off names no reviewer</source>
        <translation>承認にレビュー担当者の名前がありません</translation>
    </message>
    <message>
        <source>the sign-off has no valid date</source>
        <translation>承認に有効な日付がありません</translation>
    </message>
</context>
</TS>
