<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_GB">
<context>
    <name>AuditAnchor</name>
    <message>
        <source>a surveillance report records no assessment's audit trail</source>
        <translation>サーベイランス報告書には評価の監査証跡が記録されていません</translation>
    </message>
    <message>
        <source>the entry %1 recorded by the signed report is not in the trail: the trail was rewritten after the report was signed</source>
        <translation>署名済み報告書が記録したエントリ %1 が監査証跡にありません。報告書の署名後に証跡が書き換えられています</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>no PEM certificate in this file (expected -----BEGIN CERTIFICATE-----)</source>
        <translation>このファイルに PEM 形式の証明書がありません（-----BEGIN CERTIFICATE----- で始まる必要があります）</translation>
    </message>
</context>
<context>
    <name>PdfSigner</name>
    <message>
        <source>the validation data could not be added to the PDF (PoDoFo: %1)</source>
        <translation>検証情報を PDF に追加できませんでした（PoDoFo: %1）</translation>
    </message>
    <message>
        <source>the PDF carries no signature to keep verifiable</source>
        <translation>PDF に長期検証の対象となる署名がありません</translation>
    </message>
    <message>
        <source>the PDF already holds validation data (a /DSS)</source>
        <translation>PDF にはすでに検証情報（/DSS）があります</translation>
    </message>
</context>
<context>
    <name>ReportAttachments</name>
    <message>
        <source>the PDF has no StarMark record: it is not a StarMark report</source>
        <translation>PDF に StarMark の記録がありません。StarMark の報告書ではありません</translation>
    </message>
    <message>
        <source>the attachment %1 cannot be read from the PDF</source>
        <translation>添付ファイル %1 を PDF から読み取れません</translation>
    </message>
</context>
<context>
    <name>ReportAuthor</name>
    <message>
        <source>the lab evaluation carries no reviewer sign-off in its signed record: a lab signs its report only after the reviewer has signed the evaluation off</source>
        <translation>試験所の評価の署名済み記録にレビュー者の承認がありません。試験所はレビュー者が評価を承認してから報告書に署名します</translation>
    </message>
    <message>
        <source>the reviewer who signed the evaluation off, %1, is its evaluator: the sign-off is not a review</source>
        <translation>評価を承認したレビュー者 %1 は評価者本人です。この承認はレビューではありません</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>the lab evaluation names no lab (evaluator.organisation): nobody can be its author</source>
        <translation>試験所の評価に試験所名（evaluator.organisation）がありません。作成者になれる者がいません</translation>
    </message>
    <message>
        <source>a ★%1 claim is evaluated by an independent lab; a self-declaration cannot make it</source>
        <translation>★%1 は独立した試験所が評価します。自己適合宣言では主張できません</translation>
    </message>
    <message>
        <source>the self-declaration names no manufacturer: nobody can be its author</source>
        <translation>自己適合宣言に製造者名がありません。作成者になれる者がいません</translation>
    </message>
    <message>
        <source>%1 must be signed in the %2 role; its signer holds no StarMark role (%3)</source>
        <translation>%1は%2の役割で署名されている必要がありますが、署名者は StarMark の役割を持っていません（%3）</translation>
    </message>
    <message>
        <source>%1 must be signed in the %2 role; its signer signs in the %3 role (%4)</source>
        <translation>%1は%2の役割で署名されている必要がありますが、署名者の役割は%3です（%4）</translation>
    </message>
    <message>
        <source>%1 names %2 as its %3, but its signer's certificate names no organisation</source>
        <translation>%1は%2を%3としていますが、署名者の証明書に組織名がありません</translation>
    </message>
    <message>
        <source>%1 names %2 as its %3, but it is signed by the organisation '%4'</source>
        <translation>%1は%2を%3としていますが、署名した組織は「%4」です</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>%1 was signed, but it is not a record StarMark writes</source>
        <translation>%1 は署名されていますが、StarMark が書く記録ではありません</translation>
    </message>
    <message>
        <source>a ★%1 self-declaration</source>
        <translation>★%1 の自己適合宣言</translation>
    </message>
    <message>
        <source>a ★%1 lab evaluation</source>
        <translation>★%1 の試験所評価</translation>
    </message>
    <message>
        <source>a surveillance report</source>
        <translation>サーベイランス報告書</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>representative model</source>
        <translation>代表型番</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型番</translation>
    </message>
    <message>
        <source>Models (%1)</source>
        <translation>型番（%1 件）</translation>
    </message>
</context>
<context>
    <name>ReportRecheck</name>
    <message>
        <source>%1 %2 by rule %3 (%4 %5, output %6…): %7, %8</source>
        <translation>%1 %2（規則 %3、%4 %5、出力 %6…）: %7、%8</translation>
    </message>
    <message>
        <source>the report lists tool proposals, but its assessment holds no tool output</source>
        <translation>報告書はツールの提案を記載していますが、評価にツールの出力がありません</translation>
    </message>
    <message>
        <source>the assessment holds %1 tool outputs, and the report lists no proposals of them (no %2)</source>
        <translation>評価にはツールの出力が %1 件ありますが、報告書にその提案の記載がありません（%2 なし）</translation>
    </message>
    <message>
        <source>the report's proposals name the rules "%1", which are no rules StarMark ships</source>
        <translation>報告書の提案が示す規則「%1」は、StarMark が同梱する規則ではありません</translation>
    </message>
    <message>
        <source>the report's proposals came from the rules %1 version %2 (SHA-256 %3…), the shipped ones are version %4 (SHA-256 %5…): the proposals are derived again with the shipped rules</source>
        <translation>報告書の提案は規則 %1 バージョン %2（SHA-256 %3…）によるもので、同梱の規則はバージョン %4（SHA-256 %5…）です。提案は同梱の規則で導出し直しました</translation>
    </message>
    <message>
        <source>the output of %1 (%2) is not inside the report as %3</source>
        <translation>%1 の出力（%2）が報告書に %3 として含まれていません</translation>
    </message>
    <message>
        <source>%1 inside the report is not the output of %2 its tool run records (SHA-256 %3…)</source>
        <translation>報告書内の %1 は、ツール実行の記録にある %2 の出力（SHA-256 %3…）ではありません</translation>
    </message>
    <message>
        <source>cannot write a temporary copy of %1 (%2)</source>
        <translation>%1 の一時コピーを書き込めません（%2）</translation>
    </message>
    <message>
        <source>the report lists a proposal its tool outputs do not give: %1</source>
        <translation>報告書に、ツールの出力からは導かれない提案が記載されています: %1</translation>
    </message>
    <message>
        <source>the tool outputs inside the report give a proposal it does not list: %1</source>
        <translation>報告書内のツールの出力から、報告書に記載のない提案が導かれます: %1</translation>
    </message>
    <message>
        <source>%1: the verdict given is %2, against the tools' proposal %3 (rule %4: %5), recorded as an override; rationale: %6</source>
        <translation>%1: 判定は %2 で、ツールの提案 %3（規則 %4: %5）と異なります。提案の不採用として記録済み。判断根拠: %6</translation>
    </message>
    <message>
        <source>%1: the verdict given is %2, against the tools' proposal %3 (rule %4: %5), not recorded as an override; rationale: %6</source>
        <translation>%1: 判定は %2 で、ツールの提案 %3（規則 %4: %5）と異なります。提案の不採用としては記録されていません。判断根拠: %6</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
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
        <source>Inconclusive</source>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>Conformity Evaluation Report</source>
        <translation>適合評価報告書</translation>
    </message>
    <message>
        <source>Declaration of Conformity</source>
        <translation>自己適合宣言書</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>製造者</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>対象製品</translation>
    </message>
    <message>
        <source>Firmware assessed</source>
        <translation>評価したファームウェア</translation>
    </message>
    <message>
        <source>Hardware revision</source>
        <translation>ハードウェア版</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>発売日</translation>
    </message>
    <message>
        <source>Security updates until</source>
        <translation>セキュリティアップデート提供期限</translation>
    </message>
    <message>
        <source>not the label's validity</source>
        <translation>ラベルの有効期間とは異なります</translation>
    </message>
    <message>
        <source>Vulnerability contact</source>
        <translation>脆弱性の連絡先</translation>
    </message>
    <message>
        <source>Notice: the wording of %1 of the criteria referred to here is an editorial rendering of secondary reports (reported) or a reconstruction (provisional), not the scheme operator's official text. The checklist shows the provenance of each requirement.</source>
        <translation>注意：本書が参照する基準の文言のうち %1 件は、二次資料に基づく編集上の表現（報告）又は再構成（暫定）であり、制度運営者の公式な文言ではありません。要件ごとの出所はチェックリストに示します。</translation>
    </message>
    <message>
        <source>Level claimed</source>
        <translation>対象レベル</translation>
    </message>
    <message>
        <source>Level achieved</source>
        <translation>達成レベル</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>判定の内訳</translation>
    </message>
    <message>
        <source>Blocking %1</source>
        <translation>%1 を妨げている要件</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Audit trail head</source>
        <translation>監査証跡の最新ハッシュ</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>改訂</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>適合基準</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>宣言</translation>
    </message>
    <message>
        <source>%1 has checked, under its own responsibility, the product above (firmware %2) against each requirement of the %3 criteria, and declares as follows.</source>
        <translation>%1 は、上記製品（ファームウェア %2）について、%3 の適合基準が定める各要件への適合を自己の責任において確認し、次のとおり宣言します。</translation>
    </message>
    <message>
        <source>This declaration states that the measures required by the criteria above are judged to be in place. It does not mean that the product has no vulnerabilities, is completely secure, is safe in every environment, or is endorsed by any authority.</source>
        <translation>本宣言は、上記の基準が定める対策が講じられていると判断したことを示すものです。製品に脆弱性がないこと、完全に安全であること、あらゆる利用環境で安全であること、又は公的機関による保証を意味するものではありません。</translation>
    </message>
    <message>
        <source>Declared by</source>
        <translation>宣言者</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>電子署名</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>評価の範囲</translation>
    </message>
    <message>
        <source>Product profile</source>
        <translation>製品プロファイル</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>評価結果</translation>
    </message>
    <message>
        <source>This report evaluates whether the measures required by the criteria above can be presumed to be in place for the firmware evaluated. It does not prove that the product has no vulnerabilities, is completely secure, or is safe in every environment.</source>
        <translation>本報告は、評価時点のファームウェアについて、上記の基準が定める対策が講じられていると推定できるかを評価したものです。製品に脆弱性がないこと、完全に安全であること、又はあらゆる利用環境で安全であることを証明するものではありません。</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>評価者</translation>
    </message>
    <message>
        <source>Reviewer sign-off</source>
        <translation>レビュー承認</translation>
    </message>
    <message>
        <source>not signed off (this report is a draft)</source>
        <translation>未承認（本報告は承認前の草案です）</translation>
    </message>
    <message>
        <source>Test plan and results</source>
        <translation>試験計画と結果</translation>
    </message>
    <message>
        <source>Verdict per requirement</source>
        <translation>要件ごとの判定</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未回答）</translation>
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
        <source>Test</source>
        <translation>試験ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期待結果</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>観測結果</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Conceptual</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Evaluation items</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <source>Rationale and evidence</source>
        <translation>根拠・証跡</translation>
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
        <source>all must hold</source>
        <translation>すべて満たすこと</translation>
    </message>
    <message>
        <source>one must hold</source>
        <translation>いずれかを満たすこと</translation>
    </message>
    <message>
        <source>to re-check on the new firmware</source>
        <translation>新しいファームウェアで再確認が必要</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>test case</comment>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>test case</comment>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Product</source>
        <comment>field</comment>
        <translation>製品名</translation>
    </message>
    <message>
        <source>Criteria</source>
        <comment>evaluation</comment>
        <translation>評価基準</translation>
    </message>
    <message>
        <source>UK PSTI route: under IPA's mutual recognition, the PSTI statement of compliance stands for %1; their checklist rows are waived and their verdicts rest on that statement, attached as evidence.</source>
        <translation>英国PSTI法ルート：IPAの相互承認により、%1 はPSTI法適合宣言書によって適合とみなされます。これらのチェックリストは免除され、判定は根拠資料として添付した同宣言書に基づきます。</translation>
    </message>
    <message>
        <source>UK PSTI route: covered by the PSTI statement of compliance</source>
        <translation>英国PSTI法ルート：PSTI法適合宣言書により適合</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Quoted: the requirement text of %1 of the criteria is quoted from a secondary source that reproduces the scheme operator's checklist, not read in its official document.</source>
        <translation>引用：本書が参照する基準のうち %1 件の適合要件は、制度運営者のチェックリストを転載した二次資料からの引用であり、公式文書で確認したものではありません。</translation>
    </message>
    <message>
        <source>%1 proposals: %2 accepted, %3 overridden, %4 open</source>
        <translation>提案 %1 件：採用 %2 件、不採用 %3 件、未判定 %4 件</translation>
    </message>
    <message>
        <source>rules %1 version %2, SHA-256 %3</source>
        <translation>規則 %1 バージョン %2、SHA-256 %3</translation>
    </message>
    <message>
        <source>Tool proposals</source>
        <translation>ツールの提案</translation>
    </message>
    <message>
        <source>proposals.json and the raw output of %1 tool runs. </source>
        <translation>proposals.json、ツール実行 %1 回分の出力そのもの。</translation>
    </message>
    <message>
        <source>Tool proposal: %1 (%2) by rule %3 of %4 version %5; %6 %7: %8</source>
        <translation>ツールの提案：%1（%2）、%4 バージョン %5 の規則 %3、%6 %7: %8</translation>
    </message>
    <message>
        <source>output SHA-256 %1; rules SHA-256 %2</source>
        <translation>出力 SHA-256 %1、規則 SHA-256 %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>agrees with the verdict</source>
        <translation>判定と一致</translation>
    </message>
    <message>
        <source>overridden: the verdict is %1, recorded as an override; see the rationale</source>
        <translation>不採用：判定は %1（不採用として記録済み）。判断根拠を参照</translation>
    </message>
    <message>
        <source>overridden: the verdict is %1, not recorded as an override; see the rationale</source>
        <translation>不採用：判定は %1（不採用としては未記録）。判断根拠を参照</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未判定</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>the certificate of %1 inside the signature is damaged</source>
        <translation>署名内の %1 の証明書が壊れています</translation>
    </message>
    <message>
        <source>the signature carries a certificate that is not on the signer's path (%1): it was altered or does not belong</source>
        <translation>署名者の証明書パスにない証明書が署名に含まれています（%1）。改ざんされたか、無関係な証明書です</translation>
    </message>
    <message>
        <source>the certificate of %1 inside the signature cannot be checked against its issuer: it was altered, or its issuer is not among the trust anchors</source>
        <translation>署名内の %1 の証明書を発行者で検証できません。改ざんされたか、発行者がトラストアンカーにありません</translation>
    </message>
    <message>
        <source>the signature value's version fields are not 1: it was altered</source>
        <translation>署名値のバージョン欄が 1 ではありません。改ざんされています</translation>
    </message>
    <message>
        <source>the signer's identifier does not match the signer's certificate: the signature value was altered</source>
        <translation>署名者の識別子が署名者の証明書と一致しません。署名値が改ざんされています</translation>
    </message>
    <message>
        <source>the signature algorithm is not one StarMark accepts: the signature value was altered</source>
        <translation>StarMark が認めない署名アルゴリズムです。署名値が改ざんされています</translation>
    </message>
    <message>
        <source>the signature algorithm's parameters were altered</source>
        <translation>署名アルゴリズムのパラメーターが改ざんされています</translation>
    </message>
    <message>
        <source>its byte range is malformed</source>
        <translation>バイト範囲（ByteRange）の形式が不正です</translation>
    </message>
    <message>
        <source>the file is %1 bytes shorter than the signed range: it was truncated</source>
        <translation>ファイルが署名範囲より %1 バイト短くなっています。切り詰められています</translation>
    </message>
    <message>
        <source>%1 bytes were added after the signed range</source>
        <translation>署名範囲の後に %1 バイトが追加されています</translation>
    </message>
    <message>
        <source>the unsigned gap does not hold a signature value</source>
        <translation>署名対象外の領域に署名値がありません</translation>
    </message>
    <message>
        <source>the signature value is not hexadecimal</source>
        <translation>署名値が 16 進数ではありません</translation>
    </message>
    <message>
        <source>the signature value is not a CMS signature: it is damaged</source>
        <translation>署名値が CMS 署名ではありません。壊れています</translation>
    </message>
    <message>
        <source>bytes other than padding follow the signature value in the unsigned gap</source>
        <translation>署名対象外の領域で、署名値の後にパディング以外のバイトがあります</translation>
    </message>
    <message>
        <source>the signature value is not canonical DER: it was altered</source>
        <translation>署名値が正規の DER ではありません。改ざんされています</translation>
    </message>
    <message>
        <source>the signature does not sign plain data (its content type was altered)</source>
        <translation>署名がプレーンデータに対するものではありません（コンテンツタイプが改ざんされています）</translation>
    </message>
    <message>
        <source>the signature does not match the signed bytes (%1): the file was changed after signing</source>
        <translation>署名が署名対象のバイト列と一致しません（%1）。署名後にファイルが変更されています</translation>
    </message>
    <message>
        <source>signed with %1; StarMark reports are signed with SHA-256</source>
        <translation>%1 で署名されています。StarMark の報告書は SHA-256 で署名します</translation>
    </message>
    <message>
        <source>the signer is not trusted: %1</source>
        <translation>署名者は信頼されていません: %1</translation>
    </message>
    <message>
        <source>the signature does not carry its signer's certificate</source>
        <translation>署名に署名者の証明書が含まれていません</translation>
    </message>
    <message>
        <source>the signer's certificate may not sign documents (key usage)</source>
        <translation>署名者の証明書は文書に署名できません（鍵用途）</translation>
    </message>
    <message>
        <source>not a PDF file (it does not start with %PDF-)</source>
        <translation>PDF ファイルではありません（%PDF- で始まっていません）</translation>
    </message>
    <message>
        <source>the PDF carries no signature</source>
        <translation>PDF に署名がありません</translation>
    </message>
    <message>
        <source>signature %1: %2</source>
        <translation>署名 %1: %2</translation>
    </message>
    <message>
        <source>signature 1: %1</source>
        <translation>署名 1: %1</translation>
    </message>
    <message>
        <source>signature 1 is not a certification signature (no DocMDP in the catalog's /Perms names it): the report does not forbid changes after signing</source>
        <translation>署名 1 は作成者署名（certification signature）ではありません（カタログの /Perms に DocMDP がありません）。報告書は署名後の変更を禁止していません</translation>
    </message>
    <message>
        <source>signature 1 certifies the report with DocMDP P %1, which permits changes; a StarMark report permits none (P 1)</source>
        <translation>署名 1 は DocMDP P %1 で報告書を証明しており、変更を許しています。StarMark の報告書は変更を一切許しません（P 1）</translation>
    </message>
    <message>
        <source>changed after the author signed: %1</source>
        <translation>作成者の署名後に変更されています: %1</translation>
    </message>
    <message>
        <source>%1 is missing from the report</source>
        <translation>報告書に %1 がありません</translation>
    </message>
    <message>
        <source>%1 is not what was signed</source>
        <translation>%1 は署名された内容と異なります</translation>
    </message>
    <message>
        <source>its signature timestamp does not hold: %1</source>
        <translation>署名タイムスタンプが有効ではありません: %1</translation>
    </message>
    <message>
        <source>%1 was revoked on %2 (by the %3 embedded in the report)</source>
        <translation>%1 は %2 に失効しています（報告書に埋め込まれた%3による）</translation>
    </message>
    <message>
        <source>OCSP response</source>
        <translation>OCSP レスポンス</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
</context>
<context>
    <name>SignerRole</name>
    <message>
        <source>manufacturer</source>
        <translation>製造者</translation>
    </message>
    <message>
        <source>evaluation lab</source>
        <translation>評価機関</translation>
    </message>
    <message>
        <source>certification body</source>
        <translation>認証機関</translation>
    </message>
</context>
<context>
    <name>SurveillanceReport</name>
    <message>
        <source>Conforms</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Label revoked</source>
        <translation>ラベル取消</translation>
    </message>
    <message>
        <source>Not yet checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>%1 nonconformity finding(s)</source>
        <translation>不適合 %1 件</translation>
    </message>
    <message>
        <source>No nonconformity</source>
        <translation>不適合なし</translation>
    </message>
    <message>
        <source>Surveillance Report</source>
        <translation>サーベイランス報告書</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>認証機関</translation>
    </message>
    <message>
        <source>Sampling plan</source>
        <translation>抽出計画</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Risk-weighted random sampling (Efraimidis–Spirakis). Anyone holding the same registry state and seed redraws the same sample.</source>
        <translation>リスク加重無作為抽出（Efraimidis–Spirakis 法）。同じ登録状態と乱数シードから誰でも同じ標本を再現できます。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>乱数シード</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>母集団</translation>
    </message>
    <message>
        <source>%1 products with a valid label</source>
        <translation>有効なラベルを持つ製品 %1 件</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>標本</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>Products sampled and conclusions</source>
        <translation>対象製品と結論</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>抽出の重み</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>結論</translation>
    </message>
    <message>
        <source>firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>Findings per requirement</source>
        <translation>要件ごとの所見</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>No finding recorded yet.</source>
        <translation>所見はまだ記録されていません。</translation>
    </message>
    <message>
        <source>Surveillance checks a sample. It does not show that products outside the sample conform, nor that the products sampled have no vulnerabilities.</source>
        <translation>サーベイランスは抽出による確認です。抽出されなかった製品の適合、又は抽出された製品に脆弱性がないことを示すものではありません。</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>シード %1</translation>
    </message>
</context>
<context>
    <name>TimestampAuthority</name>
    <message>
        <source>the time-stamp authority's key or certificate cannot be used: %1</source>
        <translation>時刻認証局の鍵または証明書を使用できません: %1</translation>
    </message>
    <message>
        <source>%1 does not carry the timeStamping extended key usage, critical and alone (RFC 3161 2.3)</source>
        <translation>%1 に timeStamping の拡張鍵用途が、critical かつ単独で付いていません (RFC 3161 2.3)</translation>
    </message>
    <message>
        <source>the serial number file %1 cannot be read as a number: a serial could be issued twice</source>
        <translation>シリアル番号ファイル %1 を数値として読めません: 同じシリアル番号を二度発行するおそれがあります</translation>
    </message>
</context>
<context>
    <name>TimestampClient</name>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 は http または https の URL ではありません</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 did not answer within %2 seconds</source>
        <translation>時刻認証局 %1 が %2 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 answered with more than %2 KiB</source>
        <translation>時刻認証局 %1 の応答が %2 KiB を超えています</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 cannot be reached (%2)</source>
        <translation>時刻認証局 %1 に接続できません (%2)</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 answered HTTP %2</source>
        <translation>時刻認証局 %1 が HTTP %2 を返しました</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 did not answer with a time-stamp response</source>
        <translation>時刻認証局 %1 の応答がタイムスタンプ応答ではありません</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 refused the request (status %2)</source>
        <translation>時刻認証局 %1 が要求を拒否しました (ステータス %2)</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 answered another request (the nonce differs)</source>
        <translation>時刻認証局 %1 の応答は別の要求に対するものです (ナンスが一致しません)</translation>
    </message>
</context>
<context>
    <name>TimestampToken</name>
    <message>
        <source>the time-stamp token cannot be read</source>
        <translation>タイムスタンプトークンを読み取れません</translation>
    </message>
    <message>
        <source>the time-stamp token is not over this signature (its imprint differs)</source>
        <translation>タイムスタンプトークンはこの署名に対するものではありません (インプリントが一致しません)</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 is not trusted, or its token's signature does not hold (%2)</source>
        <translation>時刻認証局 %1 が信頼されていないか、トークンの署名が有効ではありません (%2)</translation>
    </message>
</context>
<context>
    <name>TrustAnchors</name>
    <message>
        <source>no role</source>
        <translation>役割なし</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>its certificate names no StarMark role, and no trust.yaml entry grants one to its CA</source>
        <translation>証明書に StarMark の役割がなく、その CA に役割を与える trust.yaml の項目もありません</translation>
    </message>
    <message>
        <source>its certificate</source>
        <translation>証明書による</translation>
    </message>
    <message>
        <source>%1 trusts its CA only for other organisations, not for '%2'</source>
        <translation>%1 はその CA を他の組織についてのみ信頼しており、「%2」は対象外です</translation>
    </message>
    <message>
        <source>its certificate claims %1, but %2 trusts its CA for %3 only</source>
        <translation>証明書は%1を主張していますが、%2 はその CA を%3についてのみ信頼しています</translation>
    </message>
    <message>
        <source>its certificate, within %1</source>
        <translation>証明書による（%1 の範囲内）</translation>
    </message>
</context>
<context>
    <name>ValidationData</name>
    <message>
        <source>%1: not an HTTP address</source>
        <translation>%1: HTTP のアドレスではありません</translation>
    </message>
    <message>
        <source>%1: the answer is larger than %2 bytes</source>
        <translation>%1: 応答が %2 バイトを超えています</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: HTTP status %2</source>
        <translation>%1: HTTP ステータス %2</translation>
    </message>
    <message>
        <source>the PDF's last signature is not a CMS signature</source>
        <translation>PDF の最後の署名が CMS 署名ではありません</translation>
    </message>
    <message>
        <source>the signature does not carry its signer's certificate</source>
        <translation>署名に署名者の証明書が含まれていません</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>%1 バイトを超えています</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>読み込めません（%1）</translation>
    </message>
    <message>
        <source>not an OCSP response (DER)</source>
        <translation>OCSP レスポンス（DER）ではありません</translation>
    </message>
    <message>
        <source>not a CRL (DER or PEM)</source>
        <translation>CRL（DER または PEM）ではありません</translation>
    </message>
    <message>
        <source>the signature does not carry the issuer of %1, so its chain cannot be kept</source>
        <translation>署名に %1 の発行者の証明書が含まれていないため、証明書チェーンを保存できません</translation>
    </message>
    <message>
        <source>%1: the answer is not an OCSP response</source>
        <translation>%1: 応答が OCSP レスポンスではありません</translation>
    </message>
    <message>
        <source>%1: the answer is not a CRL</source>
        <translation>%1: 応答が CRL ではありません</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>no revocation data for %1: its certificate names no OCSP responder or CRL</source>
        <translation>%1 の失効情報がありません。証明書に OCSP レスポンダーも CRL も記載されていません</translation>
    </message>
    <message>
        <source>no revocation data for %1 (%2)</source>
        <translation>%1 の失効情報を取得できません（%2）</translation>
    </message>
    <message>
        <source>%1 was revoked on %2</source>
        <translation>%1 は %2 に失効しています</translation>
    </message>
    <message>
        <source>the signature claims no signing time to check the revocation data at</source>
        <translation>署名に署名時刻がないため、失効情報をどの時点で確認するか決められません</translation>
    </message>
    <message>
        <source>%1: the answer is not signed by the certificate's issuer, says nothing of it, or was not in force at %2</source>
        <translation>%1: 応答が証明書の発行者によって署名されていないか、この証明書の状態を含んでいないか、%2 の時点で有効ではありません</translation>
    </message>
</context>
</TS>
