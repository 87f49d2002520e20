<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_GB">
<context>
    <name>AssessAudit</name>
    <message>
        <source>error: %1 is not a valid signed report: %2
</source>
        <translation>error: %1 は有効な署名付き報告書ではありません: %2
</translation>
    </message>
    <message>
        <source>audit trail intact: %1 entries, each chained to the one before
</source>
        <translation>監査証跡は改ざんされていません: %1 件のエントリが、それぞれ直前のエントリに連鎖しています
</translation>
    </message>
    <message>
        <source>AUDIT TRAIL BROKEN at entry %1: %2
</source>
        <translation>監査証跡がエントリ %1 で破損しています: %2
</translation>
    </message>
    <message>
        <source>AUDIT TRAIL BROKEN: %1
</source>
        <translation>監査証跡が破損しています: %1
</translation>
    </message>
</context>
<context>
    <name>AssessCommand</name>
    <message>
        <source>--catalog is required (see &apos;starmark catalog list&apos;)</source>
        <translation>--catalog が必要です (&apos;starmark catalog list&apos; を参照)</translation>
    </message>
    <message>
        <source>no valid catalog &apos;%1&apos;; see &apos;starmark catalog list&apos;</source>
        <translation>有効なカタログ &apos;%1&apos; がありません。&apos;starmark catalog list&apos; を参照してください</translation>
    </message>
    <message>
        <source>--mode takes self or lab</source>
        <translation>--mode には self か lab を指定します</translation>
    </message>
    <message>
        <source>; use --mode lab</source>
        <translation>。--mode lab を指定してください</translation>
    </message>
    <message>
        <source>created %1: %2, ★%3, %4 mode
</source>
        <translation>%1 を作成しました: %2、★%3、%4 モード
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation>&apos;%1&apos; は KEY=VALUE の形ではありません</translation>
    </message>
    <message>
        <source>nothing was changed
</source>
        <translation>何も変更していません
</translation>
    </message>
    <message>
        <source>--reviewer is required</source>
        <translation>--reviewer が必要です</translation>
    </message>
    <message>
        <source>refusing to sign off %1</source>
        <translation>%1 の承認を拒否しました</translation>
    </message>
    <message>
        <source>signed off by %1; the assessment is locked (changes need &apos;starmark assess revise&apos;)
</source>
        <translation>%1 が承認しました。評価はロックされています (変更には &apos;starmark assess revise&apos; が必要です)
</translation>
    </message>
    <message>
        <source>-o FILE.starmark is required</source>
        <translation>-o FILE.starmark が必要です</translation>
    </message>
    <message>
        <source>-o FOLDER/DECLARATION.yaml is required; FOLDER must be new or empty, and the evidence is written into it</source>
        <translation>-o FOLDER/DECLARATION.yaml が必要です。FOLDER は新しいフォルダーか空のフォルダーで、エビデンスもそこに書き出されます</translation>
    </message>
    <message>
        <source>exported to %1
</source>
        <translation>%1 に書き出しました
</translation>
    </message>
    <message>
        <source>; give it with --firmware</source>
        <translation>。--firmware で指定してください</translation>
    </message>
    <message>
        <source>refusing to revise %1</source>
        <translation>%1 の改訂を拒否しました</translation>
    </message>
    <message>
        <source>revision %1 for firmware %2: results carried over; %3 rest on device tests and need re-checking: %4
</source>
        <translation>ファームウェア %2 の改訂 %1: 結果を引き継ぎました。%3 件は実機での試験に基づくため再確認が必要です: %4
</translation>
    </message>
    <message>
        <source>nothing was imported
</source>
        <translation>何も取り込んでいません
</translation>
    </message>
    <message>
        <source>imported %1 into %2: %3 results, level achieved ★%4 of ★%5
</source>
        <translation>%1 を %2 に取り込みました: 結果 %3 件、達成レベル ★%4 / ★%5
</translation>
    </message>
</context>
<context>
    <name>AssessStatus</name>
    <message>
        <source>%1 — %2 ★%3 (%4), revision %5
</source>
        <translation>%1 — %2 ★%3 (%4)、改訂 %5
</translation>
    </message>
    <message>
        <source>lab evaluation</source>
        <translation>適合評価</translation>
    </message>
    <message>
        <source>self-declaration</source>
        <translation>自己適合宣言</translation>
    </message>
    <message>
        <source>Product: %1 %2 %3, firmware %4, support until %5
</source>
        <translation>製品: %1 %2 %3、ファームウェア %4、サポート終了 %5
</translation>
    </message>
    <message>
        <source>Evaluator: %1</source>
        <translation>評価者: %1</translation>
    </message>
    <message>
        <source>; signed off by %1 %2 (locked)</source>
        <translation>。承認 %1 %2 (ロック済み)</translation>
    </message>
    <message>
        <source>Level achieved: %1 / target ★%2
</source>
        <translation>達成レベル: %1 / 目標 ★%2
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Verdicts: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message>
        <source>, to re-check %1</source>
        <translation>、再確認が必要 %1</translation>
    </message>
    <message>
        <source>Blocking ★%1:
</source>
        <translation>★%1 を妨げている要件:
</translation>
    </message>
    <message>
        <source>, re-check</source>
        <translation>、再確認</translation>
    </message>
    <message>
        <source>Unanswered questions: %1
</source>
        <translation>未回答の質問: %1
</translation>
    </message>
    <message>
        <source>Audit trail: intact
</source>
        <translation>監査証跡: 改ざんなし
</translation>
    </message>
    <message>
        <source>Audit trail: BROKEN — %1
</source>
        <translation>監査証跡: 破損 — %1
</translation>
    </message>
    <message>
        <source>UK PSTI route: %1 covered by the PSTI statement of compliance
</source>
        <translation>英国PSTI法ルート: %1 はPSTI法適合宣言書により適合とみなされる
</translation>
    </message>
    <message>
        <source>Proposals of the tools (a proposal changes no verdict):
</source>
        <translation>ツールによる提案（提案だけでは判定は変わりません）:
</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>rule %1 (%2), %3 %4, evidence %5</source>
        <translation>ルール %1 (%2)、%3 %4、証拠 %5</translation>
    </message>
    <message>
        <source>Needed interfaces: none listed
</source>
        <translation>必要なインターフェース: 記載なし
</translation>
    </message>
    <message>
        <source>Needed interfaces: %1
</source>
        <translation>必要なインターフェース: %1
</translation>
    </message>
    <message>
        <source>open: neither accepted nor overridden</source>
        <translation>評価者の判断: 未決定（採用も覆しもしていません）</translation>
    </message>
    <message>
        <source>accepted by the evaluator</source>
        <translation>評価者が採用した</translation>
    </message>
    <message>
        <source>overridden by the evaluator: %1</source>
        <translation>評価者が覆した: %1</translation>
    </message>
</context>
<context>
    <name>AssessUpgrade</name>
    <message>
        <source>%1 is already of file format %2
</source>
        <translation>%1 は既にファイル形式 %2 です
</translation>
    </message>
    <message>
        <source>%1 upgraded from file format %2 to %3; the audit trail records the state as found
</source>
        <translation>%1 をファイル形式 %2 から %3 に更新しました。監査証跡には更新時点の状態を記録しています
</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>no such file or folder</source>
        <translation>ファイルもフォルダもありません</translation>
    </message>
    <message>
        <source>ok: %1: %2 ★%3 %4, %5 requirements (%6), digest %7</source>
        <translation>OK: %1: %2 ★%3 %4、要件 %5 件（%6）、ダイジェスト %7</translation>
    </message>
    <message>
        <source>%1 catalog(s) valid, %2 problem(s) found</source>
        <translation>有効なカタログ %1 件、問題 %2 件</translation>
    </message>
    <message>
        <source>official</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>暫定</translation>
    </message>
    <message>
        <source>conceptual</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>functional</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>ダイジェスト</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>包含するカタログ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>Requirements marked [provisional] are reconstructed wording, not the scheme&apos;s official text.</source>
        <translation>［暫定］の要件は再構成した文言であり、制度の公式な文言ではありません。</translation>
    </message>
    <message>
        <source>Product profile questions</source>
        <translation>製品プロファイルの質問</translation>
    </message>
    <message>
        <source>Applies if</source>
        <translation>適用条件</translation>
    </message>
    <message>
        <source>Evaluation items</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <source>all must hold</source>
        <translation>すべて満たすこと</translation>
    </message>
    <message>
        <source>at least one must hold</source>
        <translation>いずれかを満たすこと</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>試験項目</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>期待結果</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参照規格</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Catalog id, e.g. jc-star/star1-common or star1-common.</source>
        <translation>カタログ ID（例: jc-star/star1-common または star1-common）。</translation>
    </message>
    <message>
        <source>no catalog &apos;%1&apos; (known: %2); see &apos;starmark catalog list&apos;</source>
        <translation>カタログ &apos;%1&apos; がありません（既知: %2）。&apos;starmark catalog list&apos; を参照してください</translation>
    </message>
    <message>
        <source>catalog &apos;%1&apos; is not valid:</source>
        <translation>カタログ &apos;%1&apos; は不正です:</translation>
    </message>
    <message>
        <source>Print JSON for machines.</source>
        <translation>機械処理用に JSON で出力します。</translation>
    </message>
    <message>
        <source>Catalog files or folders of catalogs.</source>
        <translation>カタログファイル、またはカタログのフォルダ。</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Information assets to protect</source>
        <translation>守るべき情報資産</translation>
    </message>
    <message>
        <source>UK PSTI route (%1 = yes): %2 covered by the PSTI statement of compliance</source>
        <translation>英国PSTI法との相互承認（%1 = はい）: %2 はPSTI法適合宣言書により適合とみなされる</translation>
    </message>
</context>
<context>
    <name>ChecklistCommand</name>
    <message>
        <source>-o FILE.xlsx is required</source>
        <translation>-o FILE.xlsx を指定してください</translation>
    </message>
    <message>
        <source>wrote the checklist of %1 to %2
</source>
        <translation>%1 のチェックリストを %2 に書き出しました
</translation>
    </message>
    <message>
        <source>nothing was changed
</source>
        <translation>何も変更していません
</translation>
    </message>
    <message>
        <source>%1 says what %2 says already; nothing was changed
</source>
        <translation>%1 の内容は %2 と同じです。何も変更していません
</translation>
    </message>
    <message>
        <source>applied %1 to %2 as one audited change of %3 field(s)
</source>
        <translation>%1 を %2 に反映しました（%3 項目の変更を一件として監査証跡に記録）
</translation>
    </message>
    <message>
        <source>--template and --map go together</source>
        <translation>--template と --map は一緒に指定してください</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--lang takes ja or en, not &apos;%1&apos;</source>
        <translation>--lang に指定できるのは ja か en です（&apos;%1&apos; は指定できません）</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The language of messages: ja or en (default: from LC_ALL, LC_MESSAGES or LANG).</source>
        <translation>メッセージの言語: ja または en（既定: LC_ALL、LC_MESSAGES、LANG から判断）。</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>引数が足りません</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>余分な引数 &apos;%1&apos; があります</translation>
    </message>
    <message>
        <source>Language of the document and the messages: ja (default) or en.</source>
        <translation>文書とメッセージの言語: ja（既定）または en。</translation>
    </message>
    <message>
        <source>missing subcommand; use %1</source>
        <translation>サブコマンドがありません。%1 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;; use %2</source>
        <translation>不明なサブコマンド &apos;%1&apos; です。%2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>see &apos;%1 --help&apos;</source>
        <translation>&apos;%1 --help&apos; を参照してください</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>check the path</source>
        <translation>パスを確認してください</translation>
    </message>
    <message>
        <source>name a file, or pass the folder to &apos;starmark catalog validate&apos;</source>
        <translation>ファイルを指定するか、フォルダを &apos;starmark catalog validate&apos; に渡してください</translation>
    </message>
    <message>
        <source>name the file meant</source>
        <translation>意図したファイルを指定してください</translation>
    </message>
    <message>
        <source>check its permissions</source>
        <translation>アクセス権を確認してください</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>ファイルを UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>check the indentation, colons and quotes here</source>
        <translation>この箇所のインデント、コロン、引用符を確認してください</translation>
    </message>
    <message>
        <source>fix these and run the command again</source>
        <translation>これらを直してから、もう一度コマンドを実行してください</translation>
    </message>
    <message>
        <source>see &apos;starmark catalog list&apos;</source>
        <translation>&apos;starmark catalog list&apos; を参照してください</translation>
    </message>
    <message>
        <source>run &apos;starmark catalog validate&apos; on it</source>
        <translation>&apos;starmark catalog validate&apos; で確認してください</translation>
    </message>
    <message>
        <source>check the id with &apos;starmark catalog show&apos;</source>
        <translation>&apos;starmark catalog show&apos; で ID を確認してください</translation>
    </message>
    <message>
        <source>write mode: lab</source>
        <translation>mode: lab と書いてください</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos; です</translation>
    </message>
    <message>
        <source>%1: a CA certificate (PEM), a trust.yaml or a trust folder; repeatable. Default: the trust store (%2).</source>
        <translation>%1: CA 証明書（PEM）、trust.yaml またはトラストフォルダ。複数指定可。既定: トラストストア（%2）。</translation>
    </message>
    <message>
        <source>give --trust CA.pem (the CA the signers&apos; certificates chain to), or put it in %1</source>
        <translation>--trust CA.pem（署名者の証明書がつながる CA）を指定するか、%1 に置いてください</translation>
    </message>
    <message>
        <source>Read catalogs from DIR instead of the shipped ones (repeatable).</source>
        <translation>同梱のカタログではなく DIR のカタログを読み込みます（複数指定可）。</translation>
    </message>
    <message>
        <source>error: cannot write %1 (%2); nothing was written</source>
        <translation>エラー: %1 に書き込めません（%2）。何も書き込んでいません</translation>
    </message>
    <message>
        <source>pass --catalogs with the folder that holds it</source>
        <translation>それを含むフォルダを --catalogs で指定してください</translation>
    </message>
    <message>
        <source>see &apos;starmark assess set --help&apos;</source>
        <translation>&apos;starmark assess set --help&apos; を参照してください</translation>
    </message>
    <message>
        <source>upgrade it with &apos;starmark assess upgrade %1&apos; (the trail then records the state as found)</source>
        <translation>&apos;starmark assess upgrade %1&apos; で更新してください（監査証跡には見つかったときの状態が記録されます）</translation>
    </message>
    <message>
        <source>give -o a new or empty folder</source>
        <translation>-o には新しいフォルダか空のフォルダを指定してください</translation>
    </message>
    <message>
        <source>check --db</source>
        <translation>--db を確認してください</translation>
    </message>
    <message>
        <source>install the Debian package named</source>
        <translation>示された Debian パッケージをインストールしてください</translation>
    </message>
    <message>
        <source>upgrade StarMark</source>
        <translation>StarMark を更新してください</translation>
    </message>
    <message>
        <source>reinstall StarMark or set $STARMARK_SHARE</source>
        <translation>StarMark を再インストールするか、$STARMARK_SHARE を設定してください</translation>
    </message>
    <message>
        <source>see &apos;starmark serve tokens&apos;</source>
        <translation>&apos;starmark serve tokens&apos; を参照してください</translation>
    </message>
    <message>
        <source>--as-of takes a date, YYYY-MM-DD</source>
        <translation>--as-of には日付（YYYY-MM-DD）を指定してください</translation>
    </message>
    <message>
        <source>pass --catalogs</source>
        <translation>--catalogs を指定してください</translation>
    </message>
    <message>
        <source>is --db the registry the plan was drawn from?</source>
        <translation>--db は計画を作成した登録簿ですか？</translation>
    </message>
    <message>
        <source>check the registration number of --reported</source>
        <translation>--reported の登録番号を確認してください</translation>
    </message>
    <message>
        <source>install the Debian package named (apt-get install)</source>
        <translation>示された Debian パッケージをインストールしてください（apt-get install）</translation>
    </message>
    <message>
        <source>add --allow-remote when that machine is yours to test</source>
        <translation>その機器を試験してよい場合は --allow-remote を付けてください</translation>
    </message>
    <message>
        <source>give it longer with --timeout SECONDS</source>
        <translation>--timeout 秒数 で時間を延ばしてください</translation>
    </message>
    <message>
        <source>check --url, or give --request-timeout more</source>
        <translation>--url を確認するか、--request-timeout を延ばしてください</translation>
    </message>
    <message>
        <source>keep at most 50 passwords in the --wordlist</source>
        <translation>--wordlist のパスワードは 50 個までにしてください</translation>
    </message>
    <message>
        <source>check --password-file, --user and --auth, or wait until the account is unlocked</source>
        <translation>--password-file、--user、--auth を確認するか、アカウントのロック解除を待ってください</translation>
    </message>
    <message>
        <source>give --failure-text, and --user-field and --password-field when they are not username and password</source>
        <translation>--failure-text を指定してください。フィールド名が username と password でない場合は --user-field と --password-field も指定してください</translation>
    </message>
    <message>
        <source>start a new revision with &apos;starmark assess revise&apos;</source>
        <translation>&apos;starmark assess revise&apos; で新しいリビジョンを始めてください</translation>
    </message>
    <message>
        <source>fetch the current list from the registry (GET /api/v1/revocations)</source>
        <translation>登録システムから最新のリストを取得してください (GET /api/v1/revocations)</translation>
    </message>
    <message>
        <source>check --trust: the file must come from the label&apos;s own registry</source>
        <translation>--trust を確認してください。ファイルはそのラベルの登録システムから取得したものである必要があります</translation>
    </message>
    <message>
        <source>give the CA of the time-stamp authority with --trust, or use a TSA you trust; nothing was written</source>
        <translation>時刻認証局の CA を --trust で指定するか、信頼できる時刻認証局を使ってください。何も書き出していません</translation>
    </message>
    <message>
        <source>check the --tsa URL and that the time-stamp authority runs; nothing was written</source>
        <translation>--tsa の URL と、時刻認証局が稼働していることを確認してください。何も書き出していません</translation>
    </message>
    <message>
        <source>give a certificate issued for time-stamping (starmark keys demo-pki writes tsa.pem)</source>
        <translation>タイムスタンプ用に発行された証明書を指定してください（starmark keys demo-pki が tsa.pem を書き出します）</translation>
    </message>
    <message>
        <source>give the tool&apos;s own output file (nmap -oX, sslscan --xml=, testssl.sh --jsonfile, ssh-audit -j, a CycloneDX, SPDX or osv-scanner JSON)</source>
        <translation>ツール自身の出力ファイルを指定してください（nmap -oX、sslscan --xml=、testssl.sh --jsonfile、ssh-audit -j、CycloneDX・SPDX・osv-scanner の JSON）</translation>
    </message>
    <message>
        <source>drop --format, or name the file meant</source>
        <translation>--format を外すか、意図したファイルを指定してください</translation>
    </message>
    <message>
        <source>let the tool finish, then import its output again</source>
        <translation>ツールの実行完了を待ってから、出力を取り込み直してください</translation>
    </message>
    <message>
        <source>import it into an assessment whose catalogs have the requirement, or pass --rules</source>
        <translation>その要件を含むカタログの評価に取り込むか、--rules を指定してください</translation>
    </message>
    <message>
        <source>start the OCSP responder or CRL server the certificate names, or give the data with --ocsp-response FILE or --crl FILE</source>
        <translation>証明書が示す OCSP レスポンダーまたは CRL サーバーを起動するか、--ocsp-response FILE または --crl FILE で失効情報を指定してください</translation>
    </message>
    <message>
        <source>sign with a certificate that is not revoked; nothing was written</source>
        <translation>失効していない証明書で署名してください。何も書き込まれていません</translation>
    </message>
    <message>
        <source>--ocsp-response takes an OCSP response (DER), --crl a CRL (DER or PEM)</source>
        <translation>--ocsp-response には OCSP レスポンス（DER）を、--crl には CRL（DER または PEM）を指定してください</translation>
    </message>
    <message>
        <source>give the issuer certificates with --chain</source>
        <translation>発行者の証明書を --chain で指定してください</translation>
    </message>
    <message>
        <source>save it from the spreadsheet as an Excel workbook (.xlsx), or export a fresh one with &apos;starmark checklist export&apos;</source>
        <translation>表計算ソフトから Excel ブック（.xlsx）として保存するか、&apos;starmark checklist export&apos; で書き出し直してください</translation>
    </message>
    <message>
        <source>take the proposals with &apos;starmark tool accept&apos;</source>
        <translation>提案を採用するには &apos;starmark tool accept&apos; を使ってください</translation>
    </message>
    <message>
        <source>say why with --rationale TEXT</source>
        <translation>--rationale TEXT で理由を述べてください</translation>
    </message>
    <message>
        <source>&apos;starmark assess status&apos; lists the proposals</source>
        <translation>提案の一覧は &apos;starmark assess status&apos; で確認できます</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>Where to write ca.pem and the signers&apos; keys and certificates.</source>
        <translation>ca.pem と署名者の鍵・証明書を書き出すフォルダ。</translation>
    </message>
    <message>
        <source>File name of the signer: NAME.pem and NAME.key.</source>
        <translation>署名者のファイル名: NAME.pem と NAME.key。</translation>
    </message>
    <message>
        <source>The organisation (O=) the certificate names: the manufacturer or lab of your declaration.</source>
        <translation>証明書に記載する組織（O=）: 宣言の製造事業者または評価機関。</translation>
    </message>
    <message>
        <source>The role it signs in: %1 (repeatable; none: a certificate without StarMark&apos;s role OIDs).</source>
        <translation>署名する役割: %1（複数指定可。none: StarMark の役割 OID を持たない証明書）。</translation>
    </message>
    <message>
        <source>A folder made by &apos;starmark keys demo-pki&apos;.</source>
        <translation>&apos;starmark keys demo-pki&apos; で作成したフォルダ。</translation>
    </message>
    <message>
        <source>--name and --organisation are required</source>
        <translation>--name と --organisation は必須です</translation>
    </message>
    <message>
        <source>--role %1 is not a role; use one of: %2</source>
        <translation>--role %1 は役割ではありません。%2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>demo signer written to %1/%2.pem and %2.key, for %3. Its subject says DEMO: not for real reports.</source>
        <translation>%3 のデモ用署名者を %1/%2.pem と %2.key に書き出しました。サブジェクトに DEMO とあり、実際の報告書には使えません。</translation>
    </message>
    <message>
        <source>demo PKI written to %1: ca.pem, %2 (.key, .pem), the label key label-issuer.key / label-issuer.pub.pem, and the time-stamp authority&apos;s tsa.key / tsa.pem (for &apos;starmark tsa serve&apos;). Every subject says DEMO: not for real reports.</source>
        <translation>デモ用 PKI を %1 に書き出しました: ca.pem、%2（.key、.pem）、ラベル鍵 label-issuer.key／label-issuer.pub.pem、時刻認証局の tsa.key／tsa.pem（&apos;starmark tsa serve&apos; 用）。どのサブジェクトにも DEMO とあり、実際の報告書には使えません。</translation>
    </message>
    <message>
        <source>The loopback port the certificates name for OCSP (PORT) and the CRL (PORT+1); default %1.</source>
        <translation>証明書に記載するループバックのポート。OCSP は PORT、CRL は PORT+1（既定値 %1）。</translation>
    </message>
    <message>
        <source>--revocation-port %1 is not a port from 1 to 65534</source>
        <translation>--revocation-port %1 は 1〜65534 のポート番号ではありません</translation>
    </message>
    <message>
        <source>For revocation checks: the OCSP responder ocsp.pem / ocsp.key, ca.crl and the CA&apos;s index.txt; the certificates name OCSP at http://127.0.0.1:%1/ and the CRL at http://127.0.0.1:%2/ca.crl.</source>
        <translation>失効確認用: OCSP レスポンダー ocsp.pem / ocsp.key、ca.crl、CA の index.txt。証明書には OCSP として http://127.0.0.1:%1/、CRL として http://127.0.0.1:%2/ca.crl を記載しています。</translation>
    </message>
</context>
<context>
    <name>RegistryServer</name>
    <message>
        <source>%1 is not a registration number: they are written JCS-YY-NNNNNN (e.g. JCS-26-000123)</source>
        <translation>%1 は登録番号ではありません。登録番号は JCS-YY-NNNNNN の形式です（例：JCS-26-000123）</translation>
    </message>
    <message>
        <source>staff requests carry a bearer token, which must not cross a network in clear: this server has neither --tls-cert nor --behind-proxy, so it takes them from loopback clients only</source>
        <translation>職員のリクエストはベアラートークンを含むため、暗号化されずにネットワークを通ってはなりません。このサーバーには --tls-cert も --behind-proxy もないため、ループバックのクライアントからしか受け付けません</translation>
    </message>
    <message>
        <source>this address answers %1 only</source>
        <translation>このアドレスが受け付けるのは %1 のみです</translation>
    </message>
    <message>
        <source>a label&apos;s address is /l/&lt;registration number&gt;[/&lt;label token&gt;], nothing more</source>
        <translation>ラベルのアドレスは /l/&lt;登録番号&gt;[/&lt;ラベルトークン&gt;] で、それ以上は続きません</translation>
    </message>
    <message>
        <source>the label token after the registration number is base32 (A–Z, 2–7) of at most %1 characters</source>
        <translation>登録番号の後のラベルトークンは、%1 文字以内の base32（A–Z、2–7）です</translation>
    </message>
    <message>
        <source>this needs a staff token: send &apos;Authorization: Bearer &lt;token&gt;&apos; (tokens come from &apos;starmark serve add-token NAME&apos;)</source>
        <translation>職員トークンが必要です。&apos;Authorization: Bearer &lt;トークン&gt;&apos; を送ってください（トークンは &apos;starmark serve add-token 名前&apos; で発行します）</translation>
    </message>
    <message>
        <source>the Authorization header must read &apos;Bearer &lt;token&gt;&apos;</source>
        <translation>Authorization ヘッダーは &apos;Bearer &lt;トークン&gt;&apos; の形で書きます</translation>
    </message>
    <message>
        <source>the bearer token is not a registry staff token (mistyped, or from another registry)</source>
        <translation>このベアラートークンは登録システムの職員トークンではありません（入力誤りか、別の登録システムのものです）</translation>
    </message>
    <message>
        <source>send the signed report itself, with &apos;Content-Type: application/pdf&apos;</source>
        <translation>署名済み報告書そのものを &apos;Content-Type: application/pdf&apos; で送ってください</translation>
    </message>
    <message>
        <source>the body is not a PDF (it does not start with %PDF-): send the signed report</source>
        <translation>本文が PDF ではありません（%PDF- で始まっていません）。署名済み報告書を送ってください</translation>
    </message>
    <message>
        <source>the server was started without a trust anchor (--trust, or the trust store): it cannot check whose signature a report carries</source>
        <translation>サーバーがトラストアンカーなし（--trust もトラストストアもなし）で起動されているため、報告書の署名者を確認できません</translation>
    </message>
    <message>
        <source>send a JSON body {&quot;reason&quot;: &quot;…&quot;}: the page shows the reason (at most 2,000 characters)</source>
        <translation>JSON の本文 {&quot;reason&quot;: &quot;…&quot;} を送ってください。理由は登録ページに表示されます（2,000文字まで）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1; submit again with override=%2&amp;reason=…</source>
        <translation>%1。override=%2&amp;reason=… を付けて再提出してください</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 up, not %2</source>
        <translation>%1 には 0 以上の整数を指定してください (%2 は使えません)</translation>
    </message>
    <message>
        <source>hash must be a leaf hash, 64 hexadecimal digits, not %1</source>
        <translation>hash にはリーフハッシュ (16 進数 64 桁) を指定してください (%1 は使えません)</translation>
    </message>
    <message>
        <source>GET /api/v1/labels takes exactly one ?model=&lt;model number&gt;</source>
        <translation>GET /api/v1/labels には ?model=&lt;型番&gt; をちょうど 1 つ指定します</translation>
    </message>
    <message>
        <source>?model= is not a model number: %1</source>
        <translation>?model= の値は型番ではありません: %1</translation>
    </message>
    <message>
        <source>no registration covers the model %1</source>
        <translation>型番 %1 を対象とする登録はありません</translation>
    </message>
    <message>
        <source>nothing at %1: the registry serves /l/&lt;registration number&gt;, /api/v1/labels/&lt;registration number&gt;, /api/v1/labels?model=&lt;model number&gt;, /api/v1/revocations, /api/v1/issuer-key, /api/v1/log/sth, /api/v1/log/entries, /api/v1/log/proof/inclusion, /api/v1/log/proof/consistency, and POST /api/v1/submissions and /api/v1/labels/&lt;registration number&gt;/revoke</source>
        <translation>%1 には何もありません。登録システムが提供するのは /l/&lt;登録番号&gt;、/api/v1/labels/&lt;登録番号&gt;、/api/v1/labels?model=&lt;型番&gt;、/api/v1/revocations、/api/v1/issuer-key、/api/v1/log/sth、/api/v1/log/entries、/api/v1/log/proof/inclusion、/api/v1/log/proof/consistency と、POST の /api/v1/submissions および /api/v1/labels/&lt;登録番号&gt;/revoke です</translation>
    </message>
</context>
<context>
    <name>ToolCommand</name>
    <message>
        <source>The output&apos;s format, when it must be this one: %1 (default: found from the content).</source>
        <translation>出力の形式をこれに限るとき: %1（既定: 内容から判定）</translation>
    </message>
    <message>
        <source>The *.starmark file.</source>
        <translation>*.starmark ファイル</translation>
    </message>
    <message>
        <source>The tool&apos;s output file.</source>
        <translation>ツールの出力ファイル</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is none of %2</source>
        <translation>--format: 「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>nothing was changed
</source>
        <translation>何も変更していません
</translation>
    </message>
    <message>
        <source>stored %1 (%2 output of %3 %4, run %5; SHA-256 %6) as evidence of %7
</source>
        <translation>%1（%3 %4 の %2 出力、実行 %5、SHA-256 %6）を %7 の証拠として保存しました
</translation>
    </message>
    <message>
        <source>(version not recorded)</source>
        <translation>（バージョン記録なし）</translation>
    </message>
    <message>
        <source>(time not recorded)</source>
        <translation>（時刻記録なし）</translation>
    </message>
    <message>
        <source>The requirement whose proposals to take as its verdict, or &apos;all&apos;.</source>
        <translation>提案を判定として採る要件、またはすべての場合は &apos;all&apos;</translation>
    </message>
    <message>
        <source>%1: verdict %2, as the tools propose
</source>
        <translation>%1: ツールの提案どおり判定を %2 にしました
</translation>
    </message>
    <message>
        <source>The verdict, against the tools&apos; proposals: %1.</source>
        <translation>ツールの提案に反する判定: %1。</translation>
    </message>
    <message>
        <source>Why the verdict goes against the tools (required; it becomes the result&apos;s rationale).</source>
        <translation>判定がツールの提案に反する理由（必須。結果の判断根拠になります）。</translation>
    </message>
    <message>
        <source>The requirement whose proposals to override.</source>
        <translation>提案を覆す要件。</translation>
    </message>
    <message>
        <source>an override needs --verdict and --rationale</source>
        <translation>提案を覆すには --verdict と --rationale が必要です</translation>
    </message>
    <message>
        <source>--verdict: &apos;%1&apos; is none of %2</source>
        <translation>--verdict: &apos;%1&apos; は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>%1: verdict %2, overriding the tools&apos; %3, with the rationale given
</source>
        <translation>%1: ツールの提案 %3 を覆して判定を %2 にし、理由を記録しました
</translation>
    </message>
</context>
<context>
    <name>ToolRunCommand</name>
    <message>
        <source>--%1 takes a whole number</source>
        <translation>--%1 には整数を指定してください</translation>
    </message>
    <message>
        <source>lockout needs --%1</source>
        <translation>lockout には --%1 が必要です</translation>
    </message>
    <message>
        <source>lockout takes --url, not --target</source>
        <translation>lockout には --target ではなく --url を指定します</translation>
    </message>
    <message>
        <source>--auth takes basic, digest or form</source>
        <translation>--auth には basic、digest、form のいずれかを指定します</translation>
    </message>
    <message>
        <source>--target HOST[:PORT] is required</source>
        <translation>--target ホスト[:ポート] が必要です</translation>
    </message>
    <message>
        <source>--timeout is between 1 and %1 seconds</source>
        <translation>--timeout は 1～%1 秒です</translation>
    </message>
    <message>
        <source>ran %1 %2 (%3 s, exit %4): %5 %6
</source>
        <translation>%1 %2 を実行しました（%3 秒、終了コード %4）: %5 %6
</translation>
    </message>
    <message>
        <source>unknown tool &apos;%1&apos;; use nmap, sslscan, testssl, ssh-audit or lockout</source>
        <translation>不明なツール「%1」です。nmap、sslscan、testssl、ssh-audit、lockout のいずれかを指定してください</translation>
    </message>
    <message>
        <source>the assessment&apos;s catalogs have no requirement %1, which %2 speaks to</source>
        <translation>評価のカタログに、%2 が対象とする要求事項 %1 がありません</translation>
    </message>
    <message>
        <source>the assessment is signed off and takes no new evidence; nothing was run</source>
        <translation>評価はサインオフ済みのため新しい証跡を追加できません。何も実行していません</translation>
    </message>
    <message>
        <source>nothing was changed
</source>
        <translation>何も変更していません
</translation>
    </message>
    <message>
        <source>attached %1 to %2
</source>
        <translation>%1 を %2 に添付しました
</translation>
    </message>
    <message numerus="yes">
        <source>lockout probe of %1 (%2, user %3): %n wrong password(s), then the right one: %4; outcome: %5
</source>
        <translation>
            <numerusform>%1 のロックアウト試験（%2、ユーザー %3）: 誤ったパスワード %n 個の後、正しいパスワード: %4。結果: %5
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>  signature %1: valid</source>
        <translation>  署名 %1: 有効</translation>
    </message>
    <message>
        <source>  signature %1: NOT VALID</source>
        <translation>  署名 %1: 無効</translation>
    </message>
    <message>
        <source> (%1, %2), signed %3</source>
        <translation>（%1、%2）、署名日時 %3</translation>
    </message>
    <message>
        <source>
    signer: %1
</source>
        <translation>
    署名者: %1
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>    covers: the whole file
</source>
        <translation>    範囲: ファイル全体
</translation>
    </message>
    <message>
        <source>    covers: part of the file
</source>
        <translation>    範囲: ファイルの一部
</translation>
    </message>
    <message>
        <source>    the author&apos;s: certifies that no change is permitted (DocMDP P 1)
</source>
        <translation>    作成者の署名: 変更を一切許さないことを証明（DocMDP P 1）
</translation>
    </message>
    <message>
        <source>    the author&apos;s: certifies NOTHING (no DocMDP P 1)
</source>
        <translation>    作成者の署名: 何も証明していません（DocMDP P 1 なし）
</translation>
    </message>
    <message>
        <source>    a further signature: the facts are read from what the author signed
</source>
        <translation>    追加の署名: 記載内容は作成者が署名したものから読み取ります
</translation>
    </message>
    <message>
        <source>checked against no trust anchor</source>
        <translation>トラストアンカーなしで確認</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>信頼済み</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>信頼されていません</translation>
    </message>
    <message>
        <source>    certificate: %1, may sign documents
</source>
        <translation>    証明書: %1、文書への署名可
</translation>
    </message>
    <message>
        <source>    certificate: %1, may NOT sign documents
</source>
        <translation>    証明書: %1、文書への署名不可
</translation>
    </message>
    <message>
        <source>    role: %1 (%2); organisation: %3
</source>
        <translation>    役割: %1（%2）、組織: %3
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>  contents: surveillance.json is what was signed
</source>
        <translation>  内容: surveillance.json は署名されたとおりです
</translation>
    </message>
    <message>
        <source>  surveillance: %1 products sampled (seed %2, as of %3), %4 findings, %5 nonconformities, %6 labels revoked
</source>
        <translation>  サーベイランス: 抽出 %1 製品（シード %2、基準日 %3）、所見 %4 件、不適合 %5 件、ラベル取消 %6 件
</translation>
    </message>
    <message>
        <source>  contents: assessment.json and evidence-manifest.json are what was signed
</source>
        <translation>  内容: assessment.json と evidence-manifest.json は署名されたとおりです
</translation>
    </message>
    <message>
        <source>  assessment: %1 %2, firmware %3: ★%4 claimed, ★%5 achieved
</source>
        <translation>  評価: %1 %2、ファームウェア %3: ★%4 を主張、★%5 を達成
</translation>
    </message>
    <message>
        <source>  catalog: %1 %2… %3
</source>
        <translation>  カタログ: %1 %2… %3
</translation>
    </message>
    <message>
        <source>known (version %1)</source>
        <translation>既知（バージョン %1）</translation>
    </message>
    <message>
        <source>UNKNOWN to this StarMark</source>
        <translation>この StarMark では未知</translation>
    </message>
    <message>
        <source>  problem: %1
</source>
        <translation>  問題: %1
</translation>
    </message>
    <message>
        <source>result: NOT VALID: intact, but checked against no trust anchor (%1)
</source>
        <translation>結果: 無効: 改変はありませんが、トラストアンカーで検証していません（%1）
</translation>
    </message>
    <message>
        <source>result: VALID
</source>
        <translation>結果: 有効
</translation>
    </message>
    <message>
        <source>result: NOT VALID
</source>
        <translation>結果: 無効
</translation>
    </message>
    <message>
        <source>What the signers must chain to</source>
        <translation>署名者がつながるべき信頼点</translation>
    </message>
    <message>
        <source>Print JSON for machines.</source>
        <translation>機械向けに JSON で出力します。</translation>
    </message>
    <message>
        <source>The catalog versions to recognise (default: the shipped known-digests.json).</source>
        <translation>認識するカタログのバージョン（既定: 同梱の known-digests.json）。</translation>
    </message>
    <message>
        <source>The signed report (PDF).</source>
        <translation>署名済み報告書（PDF）。</translation>
    </message>
    <message>
        <source>error: %1: %2
</source>
        <translation>エラー: %1: %2
</translation>
    </message>
    <message>
        <source>warning: %1; no catalog version will be recognised
</source>
        <translation>警告: %1。カタログのバージョンは認識されません
</translation>
    </message>
    <message>
        <source>    timestamp: %1 by %2; the certificate is checked at that time
</source>
        <translation>    タイムスタンプ: %1（%2）。証明書はこの時刻で検証
</translation>
    </message>
    <message>
        <source>    timestamp: present, checked against no trust anchor
</source>
        <translation>    タイムスタンプ: あり（トラストアンカーなしのため未検証）
</translation>
    </message>
    <message>
        <source>    revocation: REVOKED (embedded)
</source>
        <translation>    失効情報: 失効済み（埋め込み）
</translation>
    </message>
    <message>
        <source>    revocation: not revoked (embedded)
</source>
        <translation>    失効情報: 失効なし（埋め込み）
</translation>
    </message>
    <message>
        <source>    revocation: none embedded
</source>
        <translation>    失効情報: 埋め込みなし
</translation>
    </message>
    <message>
        <source>  attachments: %1
</source>
        <translation>  添付ファイル: %1
</translation>
    </message>
    <message>
        <source>recheck: not done, the report does not verify
</source>
        <translation>再検証: 報告書の検証が通らないため実施していません
</translation>
    </message>
    <message>
        <source>  recheck notice: %1
</source>
        <translation>  再検証の通知: %1
</translation>
    </message>
    <message>
        <source>  recheck problem: %1
</source>
        <translation>  再検証の問題: %1
</translation>
    </message>
    <message>
        <source>recheck: NOT VALID: the report disagrees with its own tool outputs
</source>
        <translation>再検証: 無効: 報告書が自らのツールの出力と一致しません
</translation>
    </message>
    <message>
        <source>Then derive every tool proposal again from the outputs inside the report and the shipped rules.</source>
        <translation>続けて、報告書内の出力と同梱の規則からツールの提案をすべて導出し直します。</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>エラー: %1
</translation>
    </message>
    <message>
        <source>recheck: the proposals agree with the report; requirements judged against them: %1
</source>
        <translation>再検証: 提案は報告書と一致します。提案と異なる判定をした要件: %1
</translation>
    </message>
</context>
<context>
    <name>VerifyLogCommand</name>
    <message>
        <source>The registry&apos;s label-issuer public key or certificate (PEM).</source>
        <translation>登録システムのラベル発行者の公開鍵または証明書 (PEM)。</translation>
    </message>
    <message>
        <source>A signed tree head (GET /api/v1/log/sth).</source>
        <translation>署名付きツリーヘッド (GET /api/v1/log/sth)。</translation>
    </message>
    <message>
        <source>An inclusion proof for a tree of the size of --sth (GET /api/v1/log/proof/inclusion).</source>
        <translation>--sth と同じ大きさの木に対する包含証明 (GET /api/v1/log/proof/inclusion)。</translation>
    </message>
    <message>
        <source>A signed tree head kept from before, which --sth must extend.</source>
        <translation>以前に保存した署名付きツリーヘッド。--sth はこれを引き継いでいる必要があります。</translation>
    </message>
    <message>
        <source>The consistency proof from --old-sth to --sth (GET /api/v1/log/proof/consistency).</source>
        <translation>--old-sth から --sth への整合性証明 (GET /api/v1/log/proof/consistency)。</translation>
    </message>
    <message>
        <source>give --trust ISSUER.pem and --sth STH.json</source>
        <translation>--trust ISSUER.pem と --sth STH.json を指定してください</translation>
    </message>
    <message>
        <source>--old-sth and --consistency go together</source>
        <translation>--old-sth と --consistency は一緒に指定してください</translation>
    </message>
    <message>
        <source>tree head %1: %2 entries, root %3, signed %4
</source>
        <translation>ツリーヘッド %1: エントリ %2 件、ルート %3、署名日時 %4
</translation>
    </message>
    <message>
        <source>entry: %1 of %2 (%3) is in the tree
</source>
        <translation>エントリ: %2 の %1 (%3) は木に含まれています
</translation>
    </message>
    <message>
        <source>consistency: the tree of %1 entries extends the one of %2 (%3): nothing in it was rewritten or removed
</source>
        <translation>整合性: エントリ %1 件の木は %2 件の木 (%3) を引き継いでいます。書き換えや削除はありません
</translation>
    </message>
</context>
</TS>
