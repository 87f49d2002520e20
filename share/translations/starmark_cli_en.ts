<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AssessAudit</name>
    <message>
        <source>error: %1 is not a valid signed report: %2
</source>
        <translation>error: %1 is not a valid signed report: %2
</translation>
    </message>
    <message>
        <source>audit trail intact: %1 entries, each chained to the one before
</source>
        <translation>audit trail intact: %1 entries, each chained to the one before
</translation>
    </message>
    <message>
        <source>AUDIT TRAIL BROKEN at entry %1: %2
</source>
        <translation>AUDIT TRAIL BROKEN at entry %1: %2
</translation>
    </message>
    <message>
        <source>AUDIT TRAIL BROKEN: %1
</source>
        <translation>AUDIT TRAIL BROKEN: %1
</translation>
    </message>
</context>
<context>
    <name>AssessCommand</name>
    <message>
        <source>--catalog is required (see &apos;starmark catalog list&apos;)</source>
        <translation>--catalog is required (see &apos;starmark catalog list&apos;)</translation>
    </message>
    <message>
        <source>no valid catalog &apos;%1&apos;; see &apos;starmark catalog list&apos;</source>
        <translation>no valid catalog &apos;%1&apos;; see &apos;starmark catalog list&apos;</translation>
    </message>
    <message>
        <source>--mode takes self or lab</source>
        <translation>--mode takes self or lab</translation>
    </message>
    <message>
        <source>; use --mode lab</source>
        <translation>; use --mode lab</translation>
    </message>
    <message>
        <source>created %1: %2, ★%3, %4 mode
</source>
        <translation>created %1: %2, ★%3, %4 mode
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation>&apos;%1&apos; is not KEY=VALUE</translation>
    </message>
    <message>
        <source>nothing was changed
</source>
        <translation>nothing was changed
</translation>
    </message>
    <message>
        <source>--reviewer is required</source>
        <translation>--reviewer is required</translation>
    </message>
    <message>
        <source>refusing to sign off %1</source>
        <translation>refusing to sign off %1</translation>
    </message>
    <message>
        <source>signed off by %1; the assessment is locked (changes need &apos;starmark assess revise&apos;)
</source>
        <translation>signed off by %1; the assessment is locked (changes need &apos;starmark assess revise&apos;)
</translation>
    </message>
    <message>
        <source>-o FILE.starmark is required</source>
        <translation>-o FILE.starmark is required</translation>
    </message>
    <message>
        <source>-o FOLDER/DECLARATION.yaml is required; FOLDER must be new or empty, and the evidence is written into it</source>
        <translation>-o FOLDER/DECLARATION.yaml is required; FOLDER must be new or empty, and the evidence is written into it</translation>
    </message>
    <message>
        <source>exported to %1
</source>
        <translation>exported to %1
</translation>
    </message>
    <message>
        <source>; give it with --firmware</source>
        <translation>; give it with --firmware</translation>
    </message>
    <message>
        <source>refusing to revise %1</source>
        <translation>refusing to revise %1</translation>
    </message>
    <message>
        <source>revision %1 for firmware %2: results carried over; %3 rest on device tests and need re-checking: %4
</source>
        <translation>revision %1 for firmware %2: results carried over; %3 rest on device tests and need re-checking: %4
</translation>
    </message>
    <message>
        <source>nothing was imported
</source>
        <translation>nothing was imported
</translation>
    </message>
    <message>
        <source>imported %1 into %2: %3 results, level achieved ★%4 of ★%5
</source>
        <translation>imported %1 into %2: %3 results, level achieved ★%4 of ★%5
</translation>
    </message>
</context>
<context>
    <name>AssessStatus</name>
    <message>
        <source>%1 — %2 ★%3 (%4), revision %5
</source>
        <translation>%1 — %2 ★%3 (%4), revision %5
</translation>
    </message>
    <message>
        <source>lab evaluation</source>
        <translation>lab evaluation</translation>
    </message>
    <message>
        <source>self-declaration</source>
        <translation>self-declaration</translation>
    </message>
    <message>
        <source>Product: %1 %2 %3, firmware %4, support until %5
</source>
        <translation>Product: %1 %2 %3, firmware %4, support until %5
</translation>
    </message>
    <message>
        <source>Evaluator: %1</source>
        <translation>Evaluator: %1</translation>
    </message>
    <message>
        <source>; signed off by %1 %2 (locked)</source>
        <translation>; signed off by %1 %2 (locked)</translation>
    </message>
    <message>
        <source>Level achieved: %1 / target ★%2
</source>
        <translation>Level achieved: %1 / target ★%2
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Verdicts: %1</source>
        <translation>Verdicts: %1</translation>
    </message>
    <message>
        <source>, to re-check %1</source>
        <translation>, to re-check %1</translation>
    </message>
    <message>
        <source>Blocking ★%1:
</source>
        <translation>Blocking ★%1:
</translation>
    </message>
    <message>
        <source>, re-check</source>
        <translation>, re-check</translation>
    </message>
    <message>
        <source>Unanswered questions: %1
</source>
        <translation>Unanswered questions: %1
</translation>
    </message>
    <message>
        <source>Audit trail: intact
</source>
        <translation>Audit trail: intact
</translation>
    </message>
    <message>
        <source>Audit trail: BROKEN — %1
</source>
        <translation>Audit trail: BROKEN — %1
</translation>
    </message>
    <message>
        <source>UK PSTI route: %1 covered by the PSTI statement of compliance
</source>
        <translation>UK PSTI route: %1 covered by the PSTI statement of compliance
</translation>
    </message>
    <message>
        <source>Proposals of the tools (a proposal changes no verdict):
</source>
        <translation>Proposals of the tools (a proposal changes no verdict):
</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>rule %1 (%2), %3 %4, evidence %5</source>
        <translation>rule %1 (%2), %3 %4, evidence %5</translation>
    </message>
    <message>
        <source>Needed interfaces: none listed
</source>
        <translation>Needed interfaces: none listed
</translation>
    </message>
    <message>
        <source>Needed interfaces: %1
</source>
        <translation>Needed interfaces: %1
</translation>
    </message>
    <message>
        <source>open: neither accepted nor overridden</source>
        <translation>open: neither accepted nor overridden</translation>
    </message>
    <message>
        <source>accepted by the evaluator</source>
        <translation>accepted by the evaluator</translation>
    </message>
    <message>
        <source>overridden by the evaluator: %1</source>
        <translation>overridden by the evaluator: %1</translation>
    </message>
</context>
<context>
    <name>AssessUpgrade</name>
    <message>
        <source>%1 is already of file format %2
</source>
        <translation>%1 is already of file format %2
</translation>
    </message>
    <message>
        <source>%1 upgraded from file format %2 to %3; the audit trail records the state as found
</source>
        <translation>%1 upgraded from file format %2 to %3; the audit trail records the state as found
</translation>
    </message>
</context>
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
    <message>
        <source>quoted</source>
        <translation>quoted</translation>
    </message>
    <message>
        <source>Information assets to protect</source>
        <translation>Information assets to protect</translation>
    </message>
    <message>
        <source>UK PSTI route (%1 = yes): %2 covered by the PSTI statement of compliance</source>
        <translation>UK PSTI route (%1 = yes): %2 covered by the PSTI statement of compliance</translation>
    </message>
</context>
<context>
    <name>ChecklistCommand</name>
    <message>
        <source>-o FILE.xlsx is required</source>
        <translation>-o FILE.xlsx is required</translation>
    </message>
    <message>
        <source>wrote the checklist of %1 to %2
</source>
        <translation>wrote the checklist of %1 to %2
</translation>
    </message>
    <message>
        <source>nothing was changed
</source>
        <translation>nothing was changed
</translation>
    </message>
    <message>
        <source>%1 says what %2 says already; nothing was changed
</source>
        <translation>%1 says what %2 says already; nothing was changed
</translation>
    </message>
    <message>
        <source>applied %1 to %2 as one audited change of %3 field(s)
</source>
        <translation>applied %1 to %2 as one audited change of %3 field(s)
</translation>
    </message>
    <message>
        <source>--template and --map go together</source>
        <translation>--template and --map go together</translation>
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
    <message>
        <source>pass --catalogs with the folder that holds it</source>
        <translation>pass --catalogs with the folder that holds it</translation>
    </message>
    <message>
        <source>see &apos;starmark assess set --help&apos;</source>
        <translation>see &apos;starmark assess set --help&apos;</translation>
    </message>
    <message>
        <source>upgrade it with &apos;starmark assess upgrade %1&apos; (the trail then records the state as found)</source>
        <translation>upgrade it with &apos;starmark assess upgrade %1&apos; (the trail then records the state as found)</translation>
    </message>
    <message>
        <source>give -o a new or empty folder</source>
        <translation>give -o a new or empty folder</translation>
    </message>
    <message>
        <source>check --db</source>
        <translation>check --db</translation>
    </message>
    <message>
        <source>install the Debian package named</source>
        <translation>install the Debian package named</translation>
    </message>
    <message>
        <source>upgrade StarMark</source>
        <translation>upgrade StarMark</translation>
    </message>
    <message>
        <source>reinstall StarMark or set $STARMARK_SHARE</source>
        <translation>reinstall StarMark or set $STARMARK_SHARE</translation>
    </message>
    <message>
        <source>see &apos;starmark serve tokens&apos;</source>
        <translation>see &apos;starmark serve tokens&apos;</translation>
    </message>
    <message>
        <source>--as-of takes a date, YYYY-MM-DD</source>
        <translation>--as-of takes a date, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>pass --catalogs</source>
        <translation>pass --catalogs</translation>
    </message>
    <message>
        <source>is --db the registry the plan was drawn from?</source>
        <translation>is --db the registry the plan was drawn from?</translation>
    </message>
    <message>
        <source>check the registration number of --reported</source>
        <translation>check the registration number of --reported</translation>
    </message>
    <message>
        <source>install the Debian package named (apt-get install)</source>
        <translation>install the Debian package named (apt-get install)</translation>
    </message>
    <message>
        <source>add --allow-remote when that machine is yours to test</source>
        <translation>add --allow-remote when that machine is yours to test</translation>
    </message>
    <message>
        <source>give it longer with --timeout SECONDS</source>
        <translation>give it longer with --timeout SECONDS</translation>
    </message>
    <message>
        <source>check --url, or give --request-timeout more</source>
        <translation>check --url, or give --request-timeout more</translation>
    </message>
    <message>
        <source>keep at most 50 passwords in the --wordlist</source>
        <translation>keep at most 50 passwords in the --wordlist</translation>
    </message>
    <message>
        <source>check --password-file, --user and --auth, or wait until the account is unlocked</source>
        <translation>check --password-file, --user and --auth, or wait until the account is unlocked</translation>
    </message>
    <message>
        <source>give --failure-text, and --user-field and --password-field when they are not username and password</source>
        <translation>give --failure-text, and --user-field and --password-field when they are not username and password</translation>
    </message>
    <message>
        <source>start a new revision with &apos;starmark assess revise&apos;</source>
        <translation>start a new revision with &apos;starmark assess revise&apos;</translation>
    </message>
    <message>
        <source>fetch the current list from the registry (GET /api/v1/revocations)</source>
        <translation>fetch the current list from the registry (GET /api/v1/revocations)</translation>
    </message>
    <message>
        <source>check --trust: the file must come from the label&apos;s own registry</source>
        <translation>check --trust: the file must come from the label&apos;s own registry</translation>
    </message>
    <message>
        <source>give the CA of the time-stamp authority with --trust, or use a TSA you trust; nothing was written</source>
        <translation>give the CA of the time-stamp authority with --trust, or use a TSA you trust; nothing was written</translation>
    </message>
    <message>
        <source>check the --tsa URL and that the time-stamp authority runs; nothing was written</source>
        <translation>check the --tsa URL and that the time-stamp authority runs; nothing was written</translation>
    </message>
    <message>
        <source>give a certificate issued for time-stamping (starmark keys demo-pki writes tsa.pem)</source>
        <translation>give a certificate issued for time-stamping (starmark keys demo-pki writes tsa.pem)</translation>
    </message>
    <message>
        <source>give the tool&apos;s own output file (nmap -oX, sslscan --xml=, testssl.sh --jsonfile, ssh-audit -j, a CycloneDX, SPDX or osv-scanner JSON)</source>
        <translation>give the tool&apos;s own output file (nmap -oX, sslscan --xml=, testssl.sh --jsonfile, ssh-audit -j, a CycloneDX, SPDX or osv-scanner JSON)</translation>
    </message>
    <message>
        <source>drop --format, or name the file meant</source>
        <translation>drop --format, or name the file meant</translation>
    </message>
    <message>
        <source>let the tool finish, then import its output again</source>
        <translation>let the tool finish, then import its output again</translation>
    </message>
    <message>
        <source>import it into an assessment whose catalogs have the requirement, or pass --rules</source>
        <translation>import it into an assessment whose catalogs have the requirement, or pass --rules</translation>
    </message>
    <message>
        <source>start the OCSP responder or CRL server the certificate names, or give the data with --ocsp-response FILE or --crl FILE</source>
        <translation>start the OCSP responder or CRL server the certificate names, or give the data with --ocsp-response FILE or --crl FILE</translation>
    </message>
    <message>
        <source>sign with a certificate that is not revoked; nothing was written</source>
        <translation>sign with a certificate that is not revoked; nothing was written</translation>
    </message>
    <message>
        <source>--ocsp-response takes an OCSP response (DER), --crl a CRL (DER or PEM)</source>
        <translation>--ocsp-response takes an OCSP response (DER), --crl a CRL (DER or PEM)</translation>
    </message>
    <message>
        <source>give the issuer certificates with --chain</source>
        <translation>give the issuer certificates with --chain</translation>
    </message>
    <message>
        <source>save it from the spreadsheet as an Excel workbook (.xlsx), or export a fresh one with &apos;starmark checklist export&apos;</source>
        <translation>save it from the spreadsheet as an Excel workbook (.xlsx), or export a fresh one with &apos;starmark checklist export&apos;</translation>
    </message>
    <message>
        <source>take the proposals with &apos;starmark tool accept&apos;</source>
        <translation>take the proposals with &apos;starmark tool accept&apos;</translation>
    </message>
    <message>
        <source>say why with --rationale TEXT</source>
        <translation>say why with --rationale TEXT</translation>
    </message>
    <message>
        <source>&apos;starmark assess status&apos; lists the proposals</source>
        <translation>&apos;starmark assess status&apos; lists the proposals</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>Where to write ca.pem and the signers&apos; keys and certificates.</source>
        <translation>Where to write ca.pem and the signers&apos; keys and certificates.</translation>
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
    <message>
        <source>demo PKI written to %1: ca.pem, %2 (.key, .pem), the label key label-issuer.key / label-issuer.pub.pem, and the time-stamp authority&apos;s tsa.key / tsa.pem (for &apos;starmark tsa serve&apos;). Every subject says DEMO: not for real reports.</source>
        <translation>demo PKI written to %1: ca.pem, %2 (.key, .pem), the label key label-issuer.key / label-issuer.pub.pem, and the time-stamp authority&apos;s tsa.key / tsa.pem (for &apos;starmark tsa serve&apos;). Every subject says DEMO: not for real reports.</translation>
    </message>
    <message>
        <source>The loopback port the certificates name for OCSP (PORT) and the CRL (PORT+1); default %1.</source>
        <translation>The loopback port the certificates name for OCSP (PORT) and the CRL (PORT+1); default %1.</translation>
    </message>
    <message>
        <source>--revocation-port %1 is not a port from 1 to 65534</source>
        <translation>--revocation-port %1 is not a port from 1 to 65534</translation>
    </message>
    <message>
        <source>For revocation checks: the OCSP responder ocsp.pem / ocsp.key, ca.crl and the CA&apos;s index.txt; the certificates name OCSP at http://127.0.0.1:%1/ and the CRL at http://127.0.0.1:%2/ca.crl.</source>
        <translation>For revocation checks: the OCSP responder ocsp.pem / ocsp.key, ca.crl and the CA&apos;s index.txt; the certificates name OCSP at http://127.0.0.1:%1/ and the CRL at http://127.0.0.1:%2/ca.crl.</translation>
    </message>
</context>
<context>
    <name>RegistryServer</name>
    <message>
        <source>%1 is not a registration number: they are written JCS-YY-NNNNNN (e.g. JCS-26-000123)</source>
        <translation>%1 is not a registration number: they are written JCS-YY-NNNNNN (e.g. JCS-26-000123)</translation>
    </message>
    <message>
        <source>staff requests carry a bearer token, which must not cross a network in clear: this server has neither --tls-cert nor --behind-proxy, so it takes them from loopback clients only</source>
        <translation>staff requests carry a bearer token, which must not cross a network in clear: this server has neither --tls-cert nor --behind-proxy, so it takes them from loopback clients only</translation>
    </message>
    <message>
        <source>this address answers %1 only</source>
        <translation>this address answers %1 only</translation>
    </message>
    <message>
        <source>a label&apos;s address is /l/&lt;registration number&gt;[/&lt;label token&gt;], nothing more</source>
        <translation>a label&apos;s address is /l/&lt;registration number&gt;[/&lt;label token&gt;], nothing more</translation>
    </message>
    <message>
        <source>the label token after the registration number is base32 (A–Z, 2–7) of at most %1 characters</source>
        <translation>the label token after the registration number is base32 (A–Z, 2–7) of at most %1 characters</translation>
    </message>
    <message>
        <source>this needs a staff token: send &apos;Authorization: Bearer &lt;token&gt;&apos; (tokens come from &apos;starmark serve add-token NAME&apos;)</source>
        <translation>this needs a staff token: send &apos;Authorization: Bearer &lt;token&gt;&apos; (tokens come from &apos;starmark serve add-token NAME&apos;)</translation>
    </message>
    <message>
        <source>the Authorization header must read &apos;Bearer &lt;token&gt;&apos;</source>
        <translation>the Authorization header must read &apos;Bearer &lt;token&gt;&apos;</translation>
    </message>
    <message>
        <source>the bearer token is not a registry staff token (mistyped, or from another registry)</source>
        <translation>the bearer token is not a registry staff token (mistyped, or from another registry)</translation>
    </message>
    <message>
        <source>send the signed report itself, with &apos;Content-Type: application/pdf&apos;</source>
        <translation>send the signed report itself, with &apos;Content-Type: application/pdf&apos;</translation>
    </message>
    <message>
        <source>the body is not a PDF (it does not start with %PDF-): send the signed report</source>
        <translation>the body is not a PDF (it does not start with %PDF-): send the signed report</translation>
    </message>
    <message>
        <source>the server was started without a trust anchor (--trust, or the trust store): it cannot check whose signature a report carries</source>
        <translation>the server was started without a trust anchor (--trust, or the trust store): it cannot check whose signature a report carries</translation>
    </message>
    <message>
        <source>send a JSON body {&quot;reason&quot;: &quot;…&quot;}: the page shows the reason (at most 2,000 characters)</source>
        <translation>send a JSON body {&quot;reason&quot;: &quot;…&quot;}: the page shows the reason (at most 2,000 characters)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1; submit again with override=%2&amp;reason=…</source>
        <translation>%1; submit again with override=%2&amp;reason=…</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 up, not %2</source>
        <translation>%1 must be a whole number from 0 up, not %2</translation>
    </message>
    <message>
        <source>hash must be a leaf hash, 64 hexadecimal digits, not %1</source>
        <translation>hash must be a leaf hash, 64 hexadecimal digits, not %1</translation>
    </message>
    <message>
        <source>GET /api/v1/labels takes exactly one ?model=&lt;model number&gt;</source>
        <translation>GET /api/v1/labels takes exactly one ?model=&lt;model number&gt;</translation>
    </message>
    <message>
        <source>?model= is not a model number: %1</source>
        <translation>?model= is not a model number: %1</translation>
    </message>
    <message>
        <source>no registration covers the model %1</source>
        <translation>no registration covers the model %1</translation>
    </message>
    <message>
        <source>nothing at %1: the registry serves /l/&lt;registration number&gt;, /api/v1/labels/&lt;registration number&gt;, /api/v1/labels?model=&lt;model number&gt;, /api/v1/revocations, /api/v1/issuer-key, /api/v1/log/sth, /api/v1/log/entries, /api/v1/log/proof/inclusion, /api/v1/log/proof/consistency, and POST /api/v1/submissions and /api/v1/labels/&lt;registration number&gt;/revoke</source>
        <translation>nothing at %1: the registry serves /l/&lt;registration number&gt;, /api/v1/labels/&lt;registration number&gt;, /api/v1/labels?model=&lt;model number&gt;, /api/v1/revocations, /api/v1/issuer-key, /api/v1/log/sth, /api/v1/log/entries, /api/v1/log/proof/inclusion, /api/v1/log/proof/consistency, and POST /api/v1/submissions and /api/v1/labels/&lt;registration number&gt;/revoke</translation>
    </message>
</context>
<context>
    <name>ToolCommand</name>
    <message>
        <source>The output&apos;s format, when it must be this one: %1 (default: found from the content).</source>
        <translation>The output&apos;s format, when it must be this one: %1 (default: found from the content).</translation>
    </message>
    <message>
        <source>The *.starmark file.</source>
        <translation>The *.starmark file.</translation>
    </message>
    <message>
        <source>The tool&apos;s output file.</source>
        <translation>The tool&apos;s output file.</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is none of %2</source>
        <translation>--format: &apos;%1&apos; is none of %2</translation>
    </message>
    <message>
        <source>nothing was changed
</source>
        <translation>nothing was changed
</translation>
    </message>
    <message>
        <source>stored %1 (%2 output of %3 %4, run %5; SHA-256 %6) as evidence of %7
</source>
        <translation>stored %1 (%2 output of %3 %4, run %5; SHA-256 %6) as evidence of %7
</translation>
    </message>
    <message>
        <source>(version not recorded)</source>
        <translation>(version not recorded)</translation>
    </message>
    <message>
        <source>(time not recorded)</source>
        <translation>(time not recorded)</translation>
    </message>
    <message>
        <source>The requirement whose proposals to take as its verdict, or &apos;all&apos;.</source>
        <translation>The requirement whose proposals to take as its verdict, or &apos;all&apos;.</translation>
    </message>
    <message>
        <source>%1: verdict %2, as the tools propose
</source>
        <translation>%1: verdict %2, as the tools propose
</translation>
    </message>
    <message>
        <source>The verdict, against the tools&apos; proposals: %1.</source>
        <translation>The verdict, against the tools&apos; proposals: %1.</translation>
    </message>
    <message>
        <source>Why the verdict goes against the tools (required; it becomes the result&apos;s rationale).</source>
        <translation>Why the verdict goes against the tools (required; it becomes the result&apos;s rationale).</translation>
    </message>
    <message>
        <source>The requirement whose proposals to override.</source>
        <translation>The requirement whose proposals to override.</translation>
    </message>
    <message>
        <source>an override needs --verdict and --rationale</source>
        <translation>an override needs --verdict and --rationale</translation>
    </message>
    <message>
        <source>--verdict: &apos;%1&apos; is none of %2</source>
        <translation>--verdict: &apos;%1&apos; is none of %2</translation>
    </message>
    <message>
        <source>%1: verdict %2, overriding the tools&apos; %3, with the rationale given
</source>
        <translation>%1: verdict %2, overriding the tools&apos; %3, with the rationale given
</translation>
    </message>
</context>
<context>
    <name>ToolRunCommand</name>
    <message>
        <source>--%1 takes a whole number</source>
        <translation>--%1 takes a whole number</translation>
    </message>
    <message>
        <source>lockout needs --%1</source>
        <translation>lockout needs --%1</translation>
    </message>
    <message>
        <source>lockout takes --url, not --target</source>
        <translation>lockout takes --url, not --target</translation>
    </message>
    <message>
        <source>--auth takes basic, digest or form</source>
        <translation>--auth takes basic, digest or form</translation>
    </message>
    <message>
        <source>--target HOST[:PORT] is required</source>
        <translation>--target HOST[:PORT] is required</translation>
    </message>
    <message>
        <source>--timeout is between 1 and %1 seconds</source>
        <translation>--timeout is between 1 and %1 seconds</translation>
    </message>
    <message>
        <source>ran %1 %2 (%3 s, exit %4): %5 %6
</source>
        <translation>ran %1 %2 (%3 s, exit %4): %5 %6
</translation>
    </message>
    <message>
        <source>unknown tool &apos;%1&apos;; use nmap, sslscan, testssl, ssh-audit or lockout</source>
        <translation>unknown tool &apos;%1&apos;; use nmap, sslscan, testssl, ssh-audit or lockout</translation>
    </message>
    <message>
        <source>the assessment&apos;s catalogs have no requirement %1, which %2 speaks to</source>
        <translation>the assessment&apos;s catalogs have no requirement %1, which %2 speaks to</translation>
    </message>
    <message>
        <source>the assessment is signed off and takes no new evidence; nothing was run</source>
        <translation>the assessment is signed off and takes no new evidence; nothing was run</translation>
    </message>
    <message>
        <source>nothing was changed
</source>
        <translation>nothing was changed
</translation>
    </message>
    <message>
        <source>attached %1 to %2
</source>
        <translation>attached %1 to %2
</translation>
    </message>
    <message numerus="yes">
        <source>lockout probe of %1 (%2, user %3): %n wrong password(s), then the right one: %4; outcome: %5
</source>
        <translation>
            <numerusform>lockout probe of %1 (%2, user %3): %n wrong password(s), then the right one: %4; outcome: %5
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>  signature %1: valid</source>
        <translation>  signature %1: valid</translation>
    </message>
    <message>
        <source>  signature %1: NOT VALID</source>
        <translation>  signature %1: NOT VALID</translation>
    </message>
    <message>
        <source> (%1, %2), signed %3</source>
        <translation> (%1, %2), signed %3</translation>
    </message>
    <message>
        <source>
    signer: %1
</source>
        <translation>
    signer: %1
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>    covers: the whole file
</source>
        <translation>    covers: the whole file
</translation>
    </message>
    <message>
        <source>    covers: part of the file
</source>
        <translation>    covers: part of the file
</translation>
    </message>
    <message>
        <source>    the author&apos;s: certifies that no change is permitted (DocMDP P 1)
</source>
        <translation>    the author&apos;s: certifies that no change is permitted (DocMDP P 1)
</translation>
    </message>
    <message>
        <source>    the author&apos;s: certifies NOTHING (no DocMDP P 1)
</source>
        <translation>    the author&apos;s: certifies NOTHING (no DocMDP P 1)
</translation>
    </message>
    <message>
        <source>    a further signature: the facts are read from what the author signed
</source>
        <translation>    a further signature: the facts are read from what the author signed
</translation>
    </message>
    <message>
        <source>checked against no trust anchor</source>
        <translation>checked against no trust anchor</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>not trusted</translation>
    </message>
    <message>
        <source>    certificate: %1, may sign documents
</source>
        <translation>    certificate: %1, may sign documents
</translation>
    </message>
    <message>
        <source>    certificate: %1, may NOT sign documents
</source>
        <translation>    certificate: %1, may NOT sign documents
</translation>
    </message>
    <message>
        <source>    role: %1 (%2); organisation: %3
</source>
        <translation>    role: %1 (%2); organisation: %3
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>none named</translation>
    </message>
    <message>
        <source>  contents: surveillance.json is what was signed
</source>
        <translation>  contents: surveillance.json is what was signed
</translation>
    </message>
    <message>
        <source>  surveillance: %1 products sampled (seed %2, as of %3), %4 findings, %5 nonconformities, %6 labels revoked
</source>
        <translation>  surveillance: %1 products sampled (seed %2, as of %3), %4 findings, %5 nonconformities, %6 labels revoked
</translation>
    </message>
    <message>
        <source>  contents: assessment.json and evidence-manifest.json are what was signed
</source>
        <translation>  contents: assessment.json and evidence-manifest.json are what was signed
</translation>
    </message>
    <message>
        <source>  assessment: %1 %2, firmware %3: ★%4 claimed, ★%5 achieved
</source>
        <translation>  assessment: %1 %2, firmware %3: ★%4 claimed, ★%5 achieved
</translation>
    </message>
    <message>
        <source>  catalog: %1 %2… %3
</source>
        <translation>  catalog: %1 %2… %3
</translation>
    </message>
    <message>
        <source>known (version %1)</source>
        <translation>known (version %1)</translation>
    </message>
    <message>
        <source>UNKNOWN to this StarMark</source>
        <translation>UNKNOWN to this StarMark</translation>
    </message>
    <message>
        <source>  problem: %1
</source>
        <translation>  problem: %1
</translation>
    </message>
    <message>
        <source>result: NOT VALID: intact, but checked against no trust anchor (%1)
</source>
        <translation>result: NOT VALID: intact, but checked against no trust anchor (%1)
</translation>
    </message>
    <message>
        <source>result: VALID
</source>
        <translation>result: VALID
</translation>
    </message>
    <message>
        <source>result: NOT VALID
</source>
        <translation>result: NOT VALID
</translation>
    </message>
    <message>
        <source>What the signers must chain to</source>
        <translation>What the signers must chain to</translation>
    </message>
    <message>
        <source>Print JSON for machines.</source>
        <translation>Print JSON for machines.</translation>
    </message>
    <message>
        <source>The catalog versions to recognise (default: the shipped known-digests.json).</source>
        <translation>The catalog versions to recognise (default: the shipped known-digests.json).</translation>
    </message>
    <message>
        <source>The signed report (PDF).</source>
        <translation>The signed report (PDF).</translation>
    </message>
    <message>
        <source>error: %1: %2
</source>
        <translation>error: %1: %2
</translation>
    </message>
    <message>
        <source>warning: %1; no catalog version will be recognised
</source>
        <translation>warning: %1; no catalog version will be recognised
</translation>
    </message>
    <message>
        <source>    timestamp: %1 by %2; the certificate is checked at that time
</source>
        <translation>    timestamp: %1 by %2; the certificate is checked at that time
</translation>
    </message>
    <message>
        <source>    timestamp: present, checked against no trust anchor
</source>
        <translation>    timestamp: present, checked against no trust anchor
</translation>
    </message>
    <message>
        <source>    revocation: REVOKED (embedded)
</source>
        <translation>    revocation: REVOKED (embedded)
</translation>
    </message>
    <message>
        <source>    revocation: not revoked (embedded)
</source>
        <translation>    revocation: not revoked (embedded)
</translation>
    </message>
    <message>
        <source>    revocation: none embedded
</source>
        <translation>    revocation: none embedded
</translation>
    </message>
    <message>
        <source>  attachments: %1
</source>
        <translation>  attachments: %1
</translation>
    </message>
    <message>
        <source>recheck: not done, the report does not verify
</source>
        <translation>recheck: not done, the report does not verify
</translation>
    </message>
    <message>
        <source>  recheck notice: %1
</source>
        <translation>  recheck notice: %1
</translation>
    </message>
    <message>
        <source>  recheck problem: %1
</source>
        <translation>  recheck problem: %1
</translation>
    </message>
    <message>
        <source>recheck: NOT VALID: the report disagrees with its own tool outputs
</source>
        <translation>recheck: NOT VALID: the report disagrees with its own tool outputs
</translation>
    </message>
    <message>
        <source>recheck: the proposals agree with the report; requirements judged against them: %1
</source>
        <translation>recheck: the proposals agree with the report; requirements judged against them: %1
</translation>
    </message>
    <message>
        <source>Then derive every tool proposal again from the outputs inside the report and the shipped rules.</source>
        <translation>Then derive every tool proposal again from the outputs inside the report and the shipped rules.</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>error: %1
</translation>
    </message>
</context>
<context>
    <name>VerifyLogCommand</name>
    <message>
        <source>The registry&apos;s label-issuer public key or certificate (PEM).</source>
        <translation>The registry&apos;s label-issuer public key or certificate (PEM).</translation>
    </message>
    <message>
        <source>A signed tree head (GET /api/v1/log/sth).</source>
        <translation>A signed tree head (GET /api/v1/log/sth).</translation>
    </message>
    <message>
        <source>An inclusion proof for a tree of the size of --sth (GET /api/v1/log/proof/inclusion).</source>
        <translation>An inclusion proof for a tree of the size of --sth (GET /api/v1/log/proof/inclusion).</translation>
    </message>
    <message>
        <source>A signed tree head kept from before, which --sth must extend.</source>
        <translation>A signed tree head kept from before, which --sth must extend.</translation>
    </message>
    <message>
        <source>The consistency proof from --old-sth to --sth (GET /api/v1/log/proof/consistency).</source>
        <translation>The consistency proof from --old-sth to --sth (GET /api/v1/log/proof/consistency).</translation>
    </message>
    <message>
        <source>give --trust ISSUER.pem and --sth STH.json</source>
        <translation>give --trust ISSUER.pem and --sth STH.json</translation>
    </message>
    <message>
        <source>--old-sth and --consistency go together</source>
        <translation>--old-sth and --consistency go together</translation>
    </message>
    <message>
        <source>tree head %1: %2 entries, root %3, signed %4
</source>
        <translation>tree head %1: %2 entries, root %3, signed %4
</translation>
    </message>
    <message>
        <source>entry: %1 of %2 (%3) is in the tree
</source>
        <translation>entry: %1 of %2 (%3) is in the tree
</translation>
    </message>
    <message>
        <source>consistency: the tree of %1 entries extends the one of %2 (%3): nothing in it was rewritten or removed
</source>
        <translation>consistency: the tree of %1 entries extends the one of %2 (%3): nothing in it was rewritten or removed
</translation>
    </message>
</context>
</TS>
