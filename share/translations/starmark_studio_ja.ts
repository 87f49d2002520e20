<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_GB">
<context>
    <name>QObject</name>
    <message>
        <source>the catalog %1 is not installed</source>
        <translation>カタログ %1 がインストールされていません</translation>
    </message>
</context>
<context>
    <name>starmark::studio::AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>監査証跡</translation>
    </message>
    <message>
        <source>Intact: %1 entries, each hashing the one before; the newest is %2….</source>
        <translation>改ざんなし：%1 件の記録が、それぞれ直前の記録のハッシュを含んでいます。最新の記録は %2… です。</translation>
    </message>
    <message>
        <source>NOT intact from entry %1: %2. The file was changed outside StarMark.</source>
        <translation>記録 %1 以降が改ざんされています：%2。ファイルが StarMark の外で変更されました。</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>監査証跡の記録</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>starmark::studio::EvaluationItems</name>
    <message>
        <source>Evaluation items</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <source>Tick each item that holds. All must hold for a pass.</source>
        <translation>満たしている項目にチェックしてください。適合にはすべての項目が必要です。</translation>
    </message>
    <message>
        <source>Tick each item that holds. One is enough for a pass.</source>
        <translation>満たしている項目にチェックしてください。適合にはいずれか1つで足ります。</translation>
    </message>
    <message>
        <source>Evaluation item %1 of %2</source>
        <translation>%2 の評価項目 %1</translation>
    </message>
    <message>
        <source>Evaluation item %1</source>
        <translation>評価項目 %1</translation>
    </message>
</context>
<context>
    <name>starmark::studio::EvidenceSection</name>
    <message>
        <source>Add evidence</source>
        <translation>エビデンスを追加</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>エビデンス</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>ファイルを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>エビデンスファイル</translation>
    </message>
    <message>
        <source>Drop files here to add them as evidence</source>
        <translation>ここにファイルをドロップするとエビデンスとして追加されます</translation>
    </message>
    <message>
        <source>Add evidence file</source>
        <translation>エビデンスファイルを追加</translation>
    </message>
    <message>
        <source>Open evidence file</source>
        <translation>エビデンスファイルを開く</translation>
    </message>
    <message>
        <source>Remove evidence file</source>
        <translation>エビデンスファイルを削除</translation>
    </message>
    <message>
        <source>Drop files here or use Add file. Expected: %1</source>
        <translation>ここにファイルをドロップするか「ファイルを追加」を使ってください。想定されるエビデンス: %1</translation>
    </message>
    <message>
        <source>anything that supports the rationale</source>
        <translation>根拠を裏付けるもの</translation>
    </message>
    <message>
        <source>%1 — %2 bytes
SHA-256 %3</source>
        <translation>%1 — %2 バイト
SHA-256 %3</translation>
    </message>
    <message>
        <source>%1; choose a readable file</source>
        <translation>%1。読み取れるファイルを選んでください</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>%1 のエビデンス</translation>
    </message>
    <message>
        <source>This evidence cannot be opened: %1</source>
        <translation>この証拠は開けません: %1</translation>
    </message>
    <message>
        <source>its SHA-256 in the file is damaged</source>
        <translation>ファイル内のSHA-256が破損しています</translation>
    </message>
</context>
<context>
    <name>starmark::studio::ExportDialog</name>
    <message>
        <source>cannot write %1 (%2); choose another place</source>
        <translation>%1 に書き込めません（%2）。別の場所を選んでください</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>The key %1 is encrypted. Its passphrase:</source>
        <translation>鍵 %1 は暗号化されています。パスフレーズ:</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Signed report</source>
        <translation>署名付き報告書</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Private &amp;key (PEM):</source>
        <translation>秘密鍵 (PEM)(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Certificate (PEM):</source>
        <translation>証明書 (PEM)(&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;hain (CA, PEM; optional):</source>
        <translation>中間・CA証明書 (PEM、任意)(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>報告書の言語(&amp;L):</translation>
    </message>
    <message>
        <source>Save report &amp;as:</source>
        <translation>報告書の保存先(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Issuer&apos;s label key (PEM):</source>
        <translation>発行者のラベル鍵 (PEM)(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>登録番号(&amp;R):</translation>
    </message>
    <message>
        <source>Label &amp;valid until (YYYY-MM-DD):</source>
        <translation>ラベル有効期限 (YYYY-MM-DD)(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>Save label as (.png, .svg, .pdf):</source>
        <translation>ラベルの保存先 (.png, .svg, .pdf):</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>選択: %1</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Small (box or manual)</source>
        <translation>小（箱・取扱説明書用）</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign and save</source>
        <translation>署名して保存(&amp;S)</translation>
    </message>
    <message>
        <source>P&amp;review at real size</source>
        <translation>実寸でプレビュー(&amp;R)</translation>
    </message>
    <message>
        <source>Sa&amp;ve label</source>
        <translation>ラベルを保存(&amp;V)</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>報告書のプレビュー</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>ラベルのプレビュー</translation>
    </message>
    <message>
        <source>(the holder of the chosen certificate)</source>
        <translation>（選択した証明書の保有者）</translation>
    </message>
    <message>
        <source>This is the report as it will be signed. Check it, then Sign and save.</source>
        <translation>これが署名される報告書です。内容を確認してから「署名して保存」を押してください。</translation>
    </message>
    <message>
        <source>Not signed: no passphrase was given.</source>
        <translation>署名していません: パスフレーズが入力されませんでした。</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>署名していません: %1</translation>
    </message>
    <message>
        <source>Signed report written to %1 (%2 KB), signed by %3.</source>
        <translation>署名付き報告書を %1 に書き出しました（%2 KB、署名者 %3）。</translation>
    </message>
    <message>
        <source>the registration number is required: the certification body assigns it</source>
        <translation>登録番号が必要です（認証機関が付与します）</translation>
    </message>
    <message>
        <source>%1 is a public key; labels are signed with the private one</source>
        <translation>%1 は公開鍵です。ラベルの署名には秘密鍵が必要です</translation>
    </message>
    <message>
        <source>No label: %1</source>
        <translation>ラベルを発行できません: %1</translation>
    </message>
    <message>
        <source>%1 × %2 mm at this screen&apos;s size; QR version %3. Hold a ruler to the screen to check.</source>
        <translation>この画面上で %1 × %2 mm（実寸）、QRバージョン %3。定規を当てて確認できます。</translation>
    </message>
    <message>
        <source>No label: %1 must end in .png, .svg or .pdf</source>
        <translation>ラベルを発行できません: %1 の拡張子は .png、.svg、.pdf のいずれかにしてください</translation>
    </message>
    <message>
        <source>Label %1 (★%2) written to %3, valid until %4.</source>
        <translation>ラベル %1（★%2）を %3 に書き出しました。有効期限 %4。</translation>
    </message>
    <message>
        <source>&amp;Timestamp authority (URL; optional, trusted through the chain&apos;s CA or the trust store):</source>
        <translation>時刻認証局 URL (任意。チェーンの CA またはトラストストアで信頼)(&amp;T):</translation>
    </message>
</context>
<context>
    <name>starmark::studio::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新しい評価(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the ★1 &amp;demo</source>
        <translation>★1 デモを開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close (back to the start page)</source>
        <translation>閉じる（スタートページへ）(&amp;C)</translation>
    </message>
    <message>
        <source>Export signed &amp;report…</source>
        <translation>署名付き報告書をエクスポート(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;label…</source>
        <translation>ラベルをエクスポート(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Verify a report or label…</source>
        <translation>報告書・ラベルを検証(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Product and profile…</source>
        <translation>製品とプロファイル(&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;firmware revision…</source>
        <translation>新しいファームウェアの改訂(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>監査証跡(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next requirement</source>
        <translation>次の要求事項(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous requirement</source>
        <translation>前の要求事項(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;open requirement (not decided or needing attention)</source>
        <translation>次の未完了の要求事項（未判定・要確認）(&amp;O)</translation>
    </message>
    <message>
        <source>La&amp;b</source>
        <translation>試験所(&amp;B)</translation>
    </message>
    <message>
        <source>Reviewer &amp;sign-off…</source>
        <translation>レビュー承認(&amp;S)…</translation>
    </message>
    <message>
        <source>Declaration (*.yaml)</source>
        <translation>宣言 (*.yaml)</translation>
    </message>
    <message>
        <source>Export &amp;declaration (YAML)…</source>
        <translation>宣言を書き出す (YAML)(&amp;D)…</translation>
    </message>
    <message>
        <source>Checklist (*.xlsx)</source>
        <translation>チェックリスト (*.xlsx)</translation>
    </message>
    <message>
        <source>Export chec&amp;klist (Excel)…</source>
        <translation>チェックリストを書き出す (Excel)(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Import tool output…</source>
        <translation>ツールの出力を取り込む(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>starmark::studio::MainWindow</name>
    <message>
        <source>%1 — StarMark Studio</source>
        <translation>%1 — StarMark Studio</translation>
    </message>
    <message>
        <source>StarMark Studio</source>
        <translation>StarMark Studio</translation>
    </message>
    <message>
        <source>Requirements by level</source>
        <translation>レベル別の要求事項</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>評価結果</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求事項</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>The catalogs changed since this assessment began:
%1</source>
        <translation>この評価の開始後にカタログが変更されました:
%1</translation>
    </message>
    <message>
        <source>All changes saved in %1</source>
        <translation>すべての変更を %1 に保存済み</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation>評価を開く</translation>
    </message>
    <message>
        <source>Assessments (*.starmark)</source>
        <translation>評価ファイル (*.starmark)</translation>
    </message>
    <message>
        <source>Every requirement is decided.</source>
        <translation>すべての要求事項が判定済みです。</translation>
    </message>
    <message>
        <source>Product and profile</source>
        <translation>製品とプロファイル</translation>
    </message>
    <message>
        <source>New firmware revision</source>
        <translation>新しいファームウェアの改訂</translation>
    </message>
    <message>
        <source>Firmware version of the new revision (now %1). The results carry over; those resting on tests of the device are marked for re-checking, and a sign-off has to be given again.</source>
        <translation>新しい改訂のファームウェアバージョン（現在は %1）。判定は引き継がれます。実機での確認に基づくものは再確認が必要として印が付き、承認はあらためて必要になります。</translation>
    </message>
    <message>
        <source>New revision for firmware %1</source>
        <translation>ファームウェア %1 の新しい改訂</translation>
    </message>
    <message>
        <source>Revision %1 for firmware %2: %3 requirement(s) rest on tests of the device and are marked for re-checking.</source>
        <translation>ファームウェア %2 の改訂 %1：実機での確認に基づく %3 件の要求事項に再確認の印を付けました。</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the declaration and its evidence.</source>
        <translation>宣言とエビデンスの書き出し先には、新しいフォルダーか空のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Declaration and evidence exported to %1</source>
        <translation>宣言とエビデンスを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Checklist exported to %1</source>
        <translation>チェックリストを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Import tool output</source>
        <translation>ツールの出力を取り込む</translation>
    </message>
    <message>
        <source>Tool outputs (*.xml *.json);;All files (*)</source>
        <translation>ツールの出力 (*.xml *.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>starmark::studio::NewAssessmentWizard</name>
    <message>
        <source>New assessment</source>
        <translation>新しい評価</translation>
    </message>
    <message>
        <source>Scheme, level and mode</source>
        <translation>制度・レベル・評価方式</translation>
    </message>
    <message>
        <source>The catalog of the level you aim for; it includes the levels below.</source>
        <translation>目標とするレベルのカタログを選びます。下位レベルの要求事項も含まれます。</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>保存場所</translation>
    </message>
    <message>
        <source>Every change is saved into this file as you make it.</source>
        <translation>すべての変更は、その都度このファイルに保存されます。</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>制度(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Catalog (target level and product category):</source>
        <translation>カタログ（目標レベルと製品類型）(&amp;C):</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>Self-declaration by the manufacturer (★1, ★2)</source>
        <translation>製造者による自己適合宣言（★1、★2）</translation>
    </message>
    <message>
        <source>Evaluation by a lab, with test cases and reviewer sign-off (★3, ★4; optional below)</source>
        <translation>評価機関による評価（試験項目とレビュー承認あり。★3、★4。下位レベルでも選択可）</translation>
    </message>
    <message>
        <source>★%1 · category %2 · version %3 · %4 requirements including the levels below</source>
        <translation>★%1 · 類型 %2 · 版 %3 · 下位レベルを含めて要求事項 %4 件</translation>
    </message>
    <message>
        <source>★%1 is evaluated by a lab: self-declaration is not offered.</source>
        <translation>★%1 は評価機関が評価します。自己適合宣言は選べません。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Assessment file</source>
        <translation>評価ファイル</translation>
    </message>
    <message>
        <source>%1 %2 (firmware %3): ★%4, %5.</source>
        <translation>%1 %2（ファームウェア %3）: ★%4、%5。</translation>
    </message>
    <message>
        <source>lab evaluation</source>
        <translation>評価機関による評価</translation>
    </message>
    <message>
        <source>self-declaration</source>
        <translation>自己適合宣言</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, or open it from the start page</source>
        <translation>%1 は既に存在します。別の名前にするか、スタートページから開いてください</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created; choose another place</source>
        <translation>%1: フォルダを作成できません。別の場所を選んでください</translation>
    </message>
    <message>
        <source>Product and profile</source>
        <translation>製品とプロファイル</translation>
    </message>
</context>
<context>
    <name>starmark::studio::OutcomePanel</name>
    <message>
        <source>Outcome</source>
        <translation>評価結果</translation>
    </message>
    <message>
        <source>Requirements decided</source>
        <translation>判定済みの要求事項</translation>
    </message>
    <message>
        <source>Requirements blocking the next level</source>
        <translation>次のレベルを妨げている要求事項</translation>
    </message>
    <message>
        <source>★%1 achieved</source>
        <translation>★%1 達成</translation>
    </message>
    <message>
        <source>Target ★%1 — achieved: %2</source>
        <translation>目標 ★%1 — 達成: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%2 件中 %1 件判定済み</translation>
    </message>
    <message>
        <source>pass %1 · fail %2 · not applicable %3 · not assessed %4</source>
        <translation>適合 %1 · 不適合 %2 · 適用外 %3 · 未判定 %4</translation>
    </message>
    <message>
        <source> · to re-check %1</source>
        <translation> · 要再確認 %1</translation>
    </message>
    <message>
        <source>Blocking ★%1:</source>
        <translation>★%1 を妨げている要求事項:</translation>
    </message>
    <message>
        <source>Unanswered profile questions: %1</source>
        <translation>未回答のプロファイル質問: %1</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2; the assessment is locked.</source>
        <translation>%2 に %1 がレビュー承認しました。評価はロックされています。</translation>
    </message>
    <message>
        <source>Evaluator: %1 (%2)</source>
        <translation>評価者: %1（%2）</translation>
    </message>
    <message>
        <source>Declared by: %1 (%2)</source>
        <translation>宣言者: %1（%2）</translation>
    </message>
</context>
<context>
    <name>starmark::studio::OverrideDialog</name>
    <message>
        <source>Override the tools&apos; proposals for %1</source>
        <translation>%1 のツールの提案を覆す</translation>
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
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Why the verdict goes against the tools</source>
        <translation>判定がツールの提案に反する理由</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>覆す(&amp;O)</translation>
    </message>
    <message>
        <source>The verdict you give instead, and why: the reason becomes the result&apos;s rationale, and the report shows that the proposals were overridden.</source>
        <translation>提案に代わる判定とその理由を入力します。理由は結果の判断根拠になり、報告書には提案を覆したことが示されます。</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>判定(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>理由（必須）(&amp;R):</translation>
    </message>
</context>
<context>
    <name>starmark::studio::ProductFieldsPage</name>
    <message>
        <source>The product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Manufacturer (Japanese):</source>
        <translation>製造者名（日本語）:</translation>
    </message>
    <message>
        <source>Manufacturer (English):</source>
        <translation>製造者名（英語）:</translation>
    </message>
    <message>
        <source>Product name (Japanese):</source>
        <translation>製品名（日本語）:</translation>
    </message>
    <message>
        <source>Product name (English):</source>
        <translation>製品名（英語）:</translation>
    </message>
    <message>
        <source>&amp;Firmware version:</source>
        <translation>ファームウェアバージョン(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Hardware revision:</source>
        <translation>ハードウェアリビジョン(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Released (YYYY-MM-DD):</source>
        <translation>発売日 (YYYY-MM-DD)(&amp;R):</translation>
    </message>
    <message>
        <source>Security &amp;updates until (YYYY-MM-DD):</source>
        <translation>セキュリティアップデート提供期限 (YYYY-MM-DD)(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Vulnerability contact (https:// or mailto:):</source>
        <translation>脆弱性報告窓口 (https:// または mailto:)(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Evaluator or declarant:</source>
        <translation>評価者・宣言者(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>所属組織(&amp;O):</translation>
    </message>
    <message>
        <source>One product family at one firmware version: the representative model, and the other models the application covers. Problems are shown as you type.</source>
        <translation>1つのファームウェアバージョンの製品ファミリーが対象です（代表型番と、申請に含める他の型番）。入力中に問題を表示します。</translation>
    </message>
    <message>
        <source>&amp;Model number (representative):</source>
        <translation>代表型番(&amp;M):</translation>
    </message>
    <message>
        <source>O&amp;ther models of the family (one a line):</source>
        <translation>その他の型番（1行に1つ）(&amp;T):</translation>
    </message>
</context>
<context>
    <name>starmark::studio::ProfileQuestionsPage</name>
    <message>
        <source>Product profile</source>
        <translation>製品プロファイル</translation>
    </message>
    <message>
        <source>Your answers decide which requirements apply.</source>
        <translation>回答により、どの要求事項が適用されるかが決まります。</translation>
    </message>
    <message>
        <source>Effect of the answers</source>
        <translation>回答の影響</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— 未回答 —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1 %2 — not applicable: %3</source>
        <translation>%1 %2 — 適用外: %3</translation>
    </message>
    <message>
        <source>%1 %2 — applies until answered: %3</source>
        <translation>%1 %2 — 回答するまで適用: %3</translation>
    </message>
    <message>
        <source>Effect of the answers: every requirement applies.</source>
        <translation>回答の影響: すべての要求事項が適用されます。</translation>
    </message>
    <message>
        <source>Effect of the answers: %1 not applicable, %2 waiting for an answer.</source>
        <translation>回答の影響: 適用外 %1 件、回答待ち %2 件。</translation>
    </message>
</context>
<context>
    <name>starmark::studio::RequirementPane</name>
    <message>
        <source>Pass — the requirement is met</source>
        <translation>適合 — 要求事項を満たす</translation>
    </message>
    <message>
        <source>Fail — the requirement is not met</source>
        <translation>不適合 — 要求事項を満たさない</translation>
    </message>
    <message>
        <source>Not applicable — give the reason</source>
        <translation>適用外 — 理由を記入</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>Justification of %1</source>
        <translation>%1 の適用外理由</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>判定(&amp;V):</translation>
    </message>
    <message>
        <source>Reason not &amp;applicable:</source>
        <translation>適用外の理由(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Rationale (how the product meets it; saved as you type):</source>
        <translation>根拠（製品がどのように満たすか。入力中に自動保存）(&amp;R):</translation>
    </message>
    <message>
        <source>Test cases (lab)</source>
        <translation>試験項目（評価機関）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Reason not applicable</source>
        <translation>適用外の理由</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Choose a requirement on the left.</source>
        <translation>左の一覧から要求事項を選んでください。</translation>
    </message>
    <message>
        <source>★%1 · %2</source>
        <translation>★%1 · %2</translation>
    </message>
    <message>
        <source>Official wording, as published by the scheme operator.</source>
        <translation>制度運営者が公表した正式な文言です。</translation>
    </message>
    <message>
        <source>Reported: the gist is confirmed by reliable secondary sources; this wording is an editorial rendering, not IPA&apos;s official text.</source>
        <translation>報告ベース: 趣旨は信頼できる二次情報で確認済みですが、この文言は編集上の表現であり、IPAの公式文言ではありません。</translation>
    </message>
    <message>
        <source>Provisional: reconstructed from the nearest public sources; not IPA&apos;s official wording.</source>
        <translation>暫定: 最も近い公開情報から再構成したもので、IPAの公式文言ではありません。</translation>
    </message>
    <message>
        <source>Not applicable to this product: %1</source>
        <translation>この製品には適用されません: %1</translation>
    </message>
    <message>
        <source>Applies until these profile questions are answered: %1</source>
        <translation>次のプロファイル質問に回答するまで適用されます: %1</translation>
    </message>
    <message>
        <source>Signed off by %1: the assessment is locked.</source>
        <translation>%1 がレビュー承認済み: 評価はロックされています。</translation>
    </message>
    <message>
        <source>• This pass was carried over from an earlier firmware and rests on a device test: check it again and set the verdict.</source>
        <translation>• この適合は以前のファームウェアから引き継いだもので、実機試験に基づいています。再確認して判定し直してください。</translation>
    </message>
    <message>
        <source>Verdict of %1</source>
        <translation>%1 の判定</translation>
    </message>
    <message>
        <source>Rationale of %1</source>
        <translation>%1 の根拠</translation>
    </message>
    <message>
        <source>Quoted: the requirement text is quoted from a secondary source [%1] that reproduces IPA&apos;s checklist; the title and evaluation items are editorial.</source>
        <translation>引用: 適合要件の本文は、IPAのチェックリストを転載した二次資料 [%1] からの引用です。タイトルと評価項目は編集上の表現です。</translation>
    </message>
    <message>
        <source>A&amp;ccept the tools&apos; proposals</source>
        <translation>ツールの提案を採用(&amp;C)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>採用済み</translation>
    </message>
    <message>
        <source>overridden: %1</source>
        <translation>覆した（理由: %1）</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>%1 proposes %2: %3 (rule %4 %5) — %6</source>
        <translation>%1 の提案は %2: %3（ルール %4 %5）— %6</translation>
    </message>
    <message>
        <source>Overri&amp;de…</source>
        <translation>提案を覆す(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>starmark::studio::RequirementTreeModel</name>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 done)</source>
        <translation>%1（%3 件中 %2 件済み）</translation>
    </message>
</context>
<context>
    <name>starmark::studio::Session</name>
    <message>
        <source>%1 was changed by another program; showing what it holds now. Undo starts afresh from here.</source>
        <translation>%1 は別のプログラムによって変更されました。現在の内容を表示しています。元に戻す履歴はここから新たに始まります。</translation>
    </message>
    <message>
        <source>Install it under %1/catalogs or fix it (see the catalog errors on the start page).</source>
        <translation>%1/catalogs にインストールするか、修正してください (スタートページのカタログのエラーを参照)。</translation>
    </message>
</context>
<context>
    <name>starmark::studio::SignOffDialog</name>
    <message>
        <source>Reviewer sign-off</source>
        <translation>レビュー承認</translation>
    </message>
    <message>
        <source>The reviewer, someone other than the evaluator (%1), confirms the evaluation. Signing off locks the assessment: later changes need a new revision.</source>
        <translation>評価者（%1）以外のレビュー担当者が評価を確認します。承認すると評価はロックされ、以後の変更には新しいリビジョンが必要です。</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>レビュー担当者</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>承認する(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>レビュー担当者(&amp;R):</translation>
    </message>
    <message>
        <source>Sign-off by %1</source>
        <translation>%1 によるレビュー承認</translation>
    </message>
</context>
<context>
    <name>starmark::studio::StartPage</name>
    <message>
        <source>StarMark Studio</source>
        <translation>StarMark Studio</translation>
    </message>
    <message>
        <source>Prepare a JC-STAR ★1–★4 security label: answer the product profile, judge each requirement with its evidence, then export the signed report and the label. Everything is saved as you go.</source>
        <translation>JC-STAR ★1〜★4 セキュリティラベルの準備をします。製品プロファイルに回答し、各要求事項をエビデンスとともに判定してから、署名付き報告書とラベルをエクスポートします。作業内容はその都度保存されます。</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新しい評価(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open an assessment…</source>
        <translation>評価を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the ★1 &amp;demo (network camera, self-declaration)</source>
        <translation>★1 デモを開く（ネットワークカメラ、自己適合宣言）(&amp;D)</translation>
    </message>
    <message>
        <source>Open the ★3 &amp;lab demo (router, lab evaluation)</source>
        <translation>★3 評価機関デモを開く（ルータ、評価機関による評価）(&amp;L)</translation>
    </message>
    <message>
        <source>Recent assessments (Enter opens):</source>
        <translation>最近の評価（Enter で開く）:</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新しい評価</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation>評価を開く</translation>
    </message>
    <message>
        <source>Open the star 1 demo</source>
        <translation>星1デモを開く</translation>
    </message>
    <message>
        <source>Open the star 3 lab demo</source>
        <translation>星3評価機関デモを開く</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation>最近の評価</translation>
    </message>
    <message>
        <source>Some catalogs could not be loaded and are not offered:
%1</source>
        <translation>読み込めなかったカタログがあり、選択肢から除外しています:
%1</translation>
    </message>
</context>
<context>
    <name>starmark::studio::Studio</name>
    <message>
        <source>The demo cannot be opened:
%1</source>
        <translation>デモを開けません:
%1</translation>
    </message>
</context>
<context>
    <name>starmark::studio::TestCaseTable</name>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>Observation of %1</source>
        <translation>%1 の観察結果</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>試験</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期待結果</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>観察結果</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>試験項目</translation>
    </message>
    <message>
        <source>Verdict of test %1</source>
        <translation>試験 %1 の判定</translation>
    </message>
</context>
<context>
    <name>starmark::studio::VerifyDialog</name>
    <message>
        <source>Report or label</source>
        <translation>報告書またはラベル</translation>
    </message>
    <message>
        <source>Reports and labels (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>報告書とラベル (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Trusted certificate or key</source>
        <translation>信頼する証明書または鍵</translation>
    </message>
    <message>
        <source>PEM (*.pem)</source>
        <translation>PEM (*.pem)</translation>
    </message>
    <message>
        <source>Verify a report or a label</source>
        <translation>報告書・ラベルの検証</translation>
    </message>
    <message>
        <source>&amp;Report (PDF) or label image (PNG, JPEG):</source>
        <translation>報告書 (PDF) またはラベル画像 (PNG, JPEG)(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Trust (CA certificate for reports, issuer&apos;s public key for labels):</source>
        <translation>信頼するもの（報告書はCA証明書、ラベルは発行者の公開鍵）(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Report or label file</source>
        <translation>報告書またはラベルのファイル</translation>
    </message>
    <message>
        <source>Choose the report or label</source>
        <translation>報告書またはラベルを選択</translation>
    </message>
    <message>
        <source>Choose the trusted certificate or key</source>
        <translation>信頼する証明書または鍵を選択</translation>
    </message>
    <message>
        <source>Verification details</source>
        <translation>検証の詳細</translation>
    </message>
    <message>
        <source>✔ Valid</source>
        <translation>✔ 有効</translation>
    </message>
    <message>
        <source>✘ Not valid</source>
        <translation>✘ 無効</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>検証できません</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2); choose the signed report&apos;s PDF</source>
        <translation>%1: 読み取れません（%2）。署名付き報告書のPDFを選んでください</translation>
    </message>
    <message>
        <source>warning: %1; no catalog version will be recognised</source>
        <translation>警告: %1。カタログの版は照合されません</translation>
    </message>
    <message>
        <source>Signature by %1, %2: %3%4%5</source>
        <translation>署名者 %1、%2: %3%4%5</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>改ざんなし</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>, covers the whole file</source>
        <translation>、ファイル全体を対象</translation>
    </message>
    <message>
        <source>, does NOT cover the whole file</source>
        <translation>、ファイル全体を対象としていません</translation>
    </message>
    <message>
        <source>, trusted</source>
        <translation>、信頼済み</translation>
    </message>
    <message>
        <source>, NOT trusted</source>
        <translation>、信頼できません</translation>
    </message>
    <message>
        <source>The embedded assessment and evidence manifest are what was signed.</source>
        <translation>埋め込まれた評価データとエビデンス一覧は署名された内容と一致します。</translation>
    </message>
    <message>
        <source>The embedded assessment does not match what was signed.</source>
        <translation>埋め込まれた評価データが署名された内容と一致しません。</translation>
    </message>
    <message>
        <source>Catalog %1: %2</source>
        <translation>カタログ %1: %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版 %1</translation>
    </message>
    <message>
        <source>a version this StarMark does not know</source>
        <translation>このStarMarkが知らない版</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <source>%1: no QR code found in the image; photograph the label square-on, in focus</source>
        <translation>%1: 画像にQRコードが見つかりません。ラベルを正面からピントを合わせて撮影してください</translation>
    </message>
    <message>
        <source>Label %1 · ★%2 · %3 · model %4 · firmware %5</source>
        <translation>ラベル %1 · ★%2 · %3 · 型番 %4 · ファームウェア %5</translation>
    </message>
    <message>
        <source>Evaluated %1; security updates until %2; label valid until %3</source>
        <translation>評価日 %1、セキュリティアップデート提供期限 %2、ラベル有効期限 %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>valid, but the product&apos;s security support has ended</source>
        <translation>有効（ただし製品のセキュリティサポートは終了）</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>not signed by a trusted issuer</source>
        <translation>信頼された発行者の署名ではありません</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取り不能</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>, checked against no trust anchor</source>
        <translation>、トラストアンカーなしで確認</translation>
    </message>
    <message>
        <source>Signed in the role: %1 (%2); organisation: %3</source>
        <translation>署名の役割: %1（%2）、組織: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Intact, but checked against no trust anchor: choose the CA certificate the signers chain to.</source>
        <translation>改ざんはありませんが、トラストアンカーなしで確認しました。署名者の証明書がつながるCA証明書を選んでください。</translation>
    </message>
    <message>
        <source>%1 · %2 · firmware %3 · ★%4 claimed, ★%5 achieved · issued %6</source>
        <translation>%1 · %2 · ファームウェア %3 · ★%4 を主張、★%5 を達成 · 発行 %6</translation>
    </message>
    <message>
        <source>%1 · %2 products sampled · %3 nonconformities · %4 labels revoked</source>
        <translation>%1 · 抽出 %2 製品 · 不適合 %3 件 · ラベル取消 %4 件</translation>
    </message>
</context>
</TS>
