<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>CatalogCommand</name>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>ok: %1: %2 ★%3 %4, %5 requirements (%6), digest %7</source>
        <translation>ok: %1: %2 ★%3 %4, %5 requirements (%6), digest %7</translation>
    </message>
    <message>
        <source>%1 catalog(s) valid, %2 problem(s) found</source>
        <translation>%1 catalog(s) valid, %2 problem(s) found</translation>
    </message>
    <message>
        <source>document review</source>
        <translation>document review</translation>
    </message>
    <message>
        <source>device test</source>
        <translation>device test</translation>
    </message>
    <message>
        <source>document review + device test</source>
        <translation>document review + device test</translation>
    </message>
    <message>
        <source>official</source>
        <translation>official</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>conceptual</source>
        <translation>conceptual</translation>
    </message>
    <message>
        <source>functional</source>
        <translation>functional</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>Includes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Requirements marked [provisional] are reconstructed wording, not the scheme&apos;s official text.</source>
        <translation>Requirements marked [provisional] are reconstructed wording, not the scheme&apos;s official text.</translation>
    </message>
    <message>
        <source>Product profile questions</source>
        <translation>Product profile questions</translation>
    </message>
    <message>
        <source>Applies if</source>
        <translation>Applies if</translation>
    </message>
    <message>
        <source>Evaluation items</source>
        <translation>Evaluation items</translation>
    </message>
    <message>
        <source>all must hold</source>
        <translation>all must hold</translation>
    </message>
    <message>
        <source>at least one must hold</source>
        <translation>at least one must hold</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Test cases</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Catalog id, e.g. jc-star/star1-common or star1-common.</source>
        <translation>Catalog id, e.g. jc-star/star1-common or star1-common.</translation>
    </message>
    <message>
        <source>no catalog &apos;%1&apos; (known: %2); see &apos;starmark catalog list&apos;</source>
        <translation>no catalog &apos;%1&apos; (known: %2); see &apos;starmark catalog list&apos;</translation>
    </message>
    <message>
        <source>catalog &apos;%1&apos; is not valid:</source>
        <translation>catalog &apos;%1&apos; is not valid:</translation>
    </message>
    <message>
        <source>Print JSON for machines.</source>
        <translation>Print JSON for machines.</translation>
    </message>
    <message>
        <source>Catalog files or folders of catalogs.</source>
        <translation>Catalog files or folders of catalogs.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--lang takes ja or en, not &apos;%1&apos;</source>
        <translation>--lang takes ja or en, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>The language of messages: ja or en (default: from LC_ALL, LC_MESSAGES or LANG).</source>
        <translation>The language of messages: ja or en (default: from LC_ALL, LC_MESSAGES or LANG).</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>missing argument</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Language of the document and the messages: ja (default) or en.</source>
        <translation>Language of the document and the messages: ja (default) or en.</translation>
    </message>
    <message>
        <source>missing subcommand; use %1</source>
        <translation>missing subcommand; use %1</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;; use %2</source>
        <translation>unknown subcommand &apos;%1&apos;; use %2</translation>
    </message>
    <message>
        <source>see &apos;%1 --help&apos;</source>
        <translation>see &apos;%1 --help&apos;</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>check the path</source>
        <translation>check the path</translation>
    </message>
    <message>
        <source>name a file, or pass the folder to &apos;starmark catalog validate&apos;</source>
        <translation>name a file, or pass the folder to &apos;starmark catalog validate&apos;</translation>
    </message>
    <message>
        <source>name the file meant</source>
        <translation>name the file meant</translation>
    </message>
    <message>
        <source>check its permissions</source>
        <translation>check its permissions</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>save the file as UTF-8</translation>
    </message>
    <message>
        <source>check the indentation, colons and quotes here</source>
        <translation>check the indentation, colons and quotes here</translation>
    </message>
    <message>
        <source>fix these and run the command again</source>
        <translation>fix these and run the command again</translation>
    </message>
    <message>
        <source>see &apos;starmark catalog list&apos;</source>
        <translation>see &apos;starmark catalog list&apos;</translation>
    </message>
    <message>
        <source>run &apos;starmark catalog validate&apos; on it</source>
        <translation>run &apos;starmark catalog validate&apos; on it</translation>
    </message>
    <message>
        <source>check the id with &apos;starmark catalog show&apos;</source>
        <translation>check the id with &apos;starmark catalog show&apos;</translation>
    </message>
    <message>
        <source>write mode: lab</source>
        <translation>write mode: lab</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: a CA certificate (PEM), a trust.yaml or a trust folder; repeatable. Default: the trust store (%2).</source>
        <translation>%1: a CA certificate (PEM), a trust.yaml or a trust folder; repeatable. Default: the trust store (%2).</translation>
    </message>
    <message>
        <source>give --trust CA.pem (the CA the signers&apos; certificates chain to), or put it in %1</source>
        <translation>give --trust CA.pem (the CA the signers&apos; certificates chain to), or put it in %1</translation>
    </message>
    <message>
        <source>Read catalogs from DIR instead of the shipped ones (repeatable).</source>
        <translation>Read catalogs from DIR instead of the shipped ones (repeatable).</translation>
    </message>
    <message>
        <source>error: cannot write %1 (%2); nothing was written</source>
        <translation>error: cannot write %1 (%2); nothing was written</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>Where to write ca.pem and the signers&apos; keys and certificates.</source>
        <translation>Where to write ca.pem and the signers&apos; keys and certificates.</translation>
    </message>
    <message>
        <source>demo PKI written to %1: ca.pem, %2 (.key, .pem), and the label key label-issuer.key / label-issuer.pub.pem. Every subject says DEMO: not for real reports.</source>
        <translation>demo PKI written to %1: ca.pem, %2 (.key, .pem), and the label key label-issuer.key / label-issuer.pub.pem. Every subject says DEMO: not for real reports.</translation>
    </message>
    <message>
        <source>File name of the signer: NAME.pem and NAME.key.</source>
        <translation>File name of the signer: NAME.pem and NAME.key.</translation>
    </message>
    <message>
        <source>The organisation (O=) the certificate names: the manufacturer or lab of your declaration.</source>
        <translation>The organisation (O=) the certificate names: the manufacturer or lab of your declaration.</translation>
    </message>
    <message>
        <source>The role it signs in: %1 (repeatable; none: a certificate without StarMark&apos;s role OIDs).</source>
        <translation>The role it signs in: %1 (repeatable; none: a certificate without StarMark&apos;s role OIDs).</translation>
    </message>
    <message>
        <source>A folder made by &apos;starmark keys demo-pki&apos;.</source>
        <translation>A folder made by &apos;starmark keys demo-pki&apos;.</translation>
    </message>
    <message>
        <source>--name and --organisation are required</source>
        <translation>--name and --organisation are required</translation>
    </message>
    <message>
        <source>--role %1 is not a role; use one of: %2</source>
        <translation>--role %1 is not a role; use one of: %2</translation>
    </message>
    <message>
        <source>demo signer written to %1/%2.pem and %2.key, for %3. Its subject says DEMO: not for real reports.</source>
        <translation>demo signer written to %1/%2.pem and %2.key, for %3. Its subject says DEMO: not for real reports.</translation>
    </message>
</context>
</TS>
