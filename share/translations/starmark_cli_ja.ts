<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_GB">
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
        <source>document review</source>
        <translation>ドキュメント評価</translation>
    </message>
    <message>
        <source>device test</source>
        <translation>実機評価</translation>
    </message>
    <message>
        <source>document review + device test</source>
        <translation>ドキュメント評価＋実機評価</translation>
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
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>Where to write ca.pem and the signers&apos; keys and certificates.</source>
        <translation>ca.pem と署名者の鍵・証明書を書き出すフォルダ。</translation>
    </message>
    <message>
        <source>demo PKI written to %1: ca.pem, %2 (.key, .pem), and the label key label-issuer.key / label-issuer.pub.pem. Every subject says DEMO: not for real reports.</source>
        <translation>デモ用 PKI を %1 に書き出しました: ca.pem、%2（.key、.pem）、ラベル鍵 label-issuer.key／label-issuer.pub.pem。どのサブジェクトにも DEMO とあり、実際の報告書には使えません。</translation>
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
</context>
</TS>
