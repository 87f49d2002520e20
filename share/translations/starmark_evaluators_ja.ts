<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_GB">
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
        <source>no catalog '%1', and no catalog is loaded</source>
        <translation>カタログ '%1' がありません。読み込まれたカタログもありません</translation>
    </message>
    <message>
        <source>no catalog '%1' (known: %2)</source>
        <translation>カタログ '%1' がありません（既知: %2）</translation>
    </message>
    <message>
        <source>the catalog %1 (%2) is not valid</source>
        <translation>カタログ %1（%2）が不正です</translation>
    </message>
    <message>
        <source>'%1' is not a date written as YYYY-MM-DD, e.g. 2026-04-01</source>
        <translation>'%1' は YYYY-MM-DD 形式（例: 2026-04-01）の日付ではありません</translation>
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
        <source>'%1' is not a question of %2 or the catalogs it extends (known: %3)</source>
        <translation>'%1' は %2 にも拡張元のカタログにもない質問です（既知: %3）</translation>
    </message>
    <message>
        <source>'%1' is a yes/no question: its answer is true or false</source>
        <translation>'%1' は はい／いいえ 式の質問です。回答は true か false です</translation>
    </message>
    <message>
        <source>'%1' is not an option of '%2'; the options are: %3</source>
        <translation>'%1' は '%2' の選択肢ではありません。選択肢: %3</translation>
    </message>
    <message>
        <source>a map of requirement ids to results</source>
        <translation>要件 ID と結果のマップ</translation>
    </message>
    <message>
        <source>'%1' is not a requirement of %2 or the catalogs it extends</source>
        <translation>'%1' は %2 にも拡張元のカタログにもない要件です</translation>
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
        <source>'%1' is not a date and time written like 2026-10-30T15:00:00+09:00</source>
        <translation>'%1' は 2026-10-30T15:00:00+09:00 の形式の日時ではありません</translation>
    </message>
    <message>
        <source>a reviewer's sign-off belongs to lab evaluations (mode: lab) only</source>
        <translation>レビュー担当者の承認は評価機関による評価（mode: lab）にだけ書けます</translation>
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
        <source>"%1" is not a date of the form YYYY-MM-DD</source>
        <translation>「%1」は YYYY-MM-DD 形式の日付ではありません</translation>
    </message>
    <message>
        <source>security updates end (%1) before the product is released (%2)</source>
        <translation>セキュリティアップデートの提供期限（%1）が発売日（%2）より前です</translation>
    </message>
    <message>
        <source>"%1" is neither an https:// page nor a mailto: address</source>
        <translation>「%1」は https:// のページでも mailto: のアドレスでもありません</translation>
    </message>
</context>
</TS>
