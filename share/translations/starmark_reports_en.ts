<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AuditAnchor</name>
    <message>
        <source>a surveillance report records no assessment's audit trail</source>
        <translation>a surveillance report records no assessment's audit trail</translation>
    </message>
    <message>
        <source>the entry %1 recorded by the signed report is not in the trail: the trail was rewritten after the report was signed</source>
        <translation>the entry %1 recorded by the signed report is not in the trail: the trail was rewritten after the report was signed</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>no PEM certificate in this file (expected -----BEGIN CERTIFICATE-----)</source>
        <translation>no PEM certificate in this file (expected -----BEGIN CERTIFICATE-----)</translation>
    </message>
</context>
<context>
    <name>PdfSigner</name>
    <message>
        <source>the validation data could not be added to the PDF (PoDoFo: %1)</source>
        <translation>the validation data could not be added to the PDF (PoDoFo: %1)</translation>
    </message>
    <message>
        <source>the PDF carries no signature to keep verifiable</source>
        <translation>the PDF carries no signature to keep verifiable</translation>
    </message>
    <message>
        <source>the PDF already holds validation data (a /DSS)</source>
        <translation>the PDF already holds validation data (a /DSS)</translation>
    </message>
</context>
<context>
    <name>ReportAttachments</name>
    <message>
        <source>the PDF has no StarMark record: it is not a StarMark report</source>
        <translation>the PDF has no StarMark record: it is not a StarMark report</translation>
    </message>
    <message>
        <source>the attachment %1 cannot be read from the PDF</source>
        <translation>the attachment %1 cannot be read from the PDF</translation>
    </message>
</context>
<context>
    <name>ReportAuthor</name>
    <message>
        <source>the lab evaluation carries no reviewer sign-off in its signed record: a lab signs its report only after the reviewer has signed the evaluation off</source>
        <translation>the lab evaluation carries no reviewer sign-off in its signed record: a lab signs its report only after the reviewer has signed the evaluation off</translation>
    </message>
    <message>
        <source>the reviewer who signed the evaluation off, %1, is its evaluator: the sign-off is not a review</source>
        <translation>the reviewer who signed the evaluation off, %1, is its evaluator: the sign-off is not a review</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the lab evaluation names no lab (evaluator.organisation): nobody can be its author</source>
        <translation>the lab evaluation names no lab (evaluator.organisation): nobody can be its author</translation>
    </message>
    <message>
        <source>a ★%1 claim is evaluated by an independent lab; a self-declaration cannot make it</source>
        <translation>a ★%1 claim is evaluated by an independent lab; a self-declaration cannot make it</translation>
    </message>
    <message>
        <source>the self-declaration names no manufacturer: nobody can be its author</source>
        <translation>the self-declaration names no manufacturer: nobody can be its author</translation>
    </message>
    <message>
        <source>%1 must be signed in the %2 role; its signer holds no StarMark role (%3)</source>
        <translation>%1 must be signed in the %2 role; its signer holds no StarMark role (%3)</translation>
    </message>
    <message>
        <source>%1 must be signed in the %2 role; its signer signs in the %3 role (%4)</source>
        <translation>%1 must be signed in the %2 role; its signer signs in the %3 role (%4)</translation>
    </message>
    <message>
        <source>%1 names %2 as its %3, but its signer's certificate names no organisation</source>
        <translation>%1 names %2 as its %3, but its signer's certificate names no organisation</translation>
    </message>
    <message>
        <source>%1 names %2 as its %3, but it is signed by the organisation '%4'</source>
        <translation>%1 names %2 as its %3, but it is signed by the organisation '%4'</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>%1 was signed, but it is not a record StarMark writes</source>
        <translation>%1 was signed, but it is not a record StarMark writes</translation>
    </message>
    <message>
        <source>a ★%1 self-declaration</source>
        <translation>a ★%1 self-declaration</translation>
    </message>
    <message>
        <source>a ★%1 lab evaluation</source>
        <translation>a ★%1 lab evaluation</translation>
    </message>
    <message>
        <source>a surveillance report</source>
        <translation>a surveillance report</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>representative model</source>
        <translation>representative model</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Models (%1)</source>
        <translation>Models (%1)</translation>
    </message>
</context>
<context>
    <name>ReportRecheck</name>
    <message>
        <source>%1 %2 by rule %3 (%4 %5, output %6…): %7, %8</source>
        <translation>%1 %2 by rule %3 (%4 %5, output %6…): %7, %8</translation>
    </message>
    <message>
        <source>the report lists tool proposals, but its assessment holds no tool output</source>
        <translation>the report lists tool proposals, but its assessment holds no tool output</translation>
    </message>
    <message>
        <source>the assessment holds %1 tool outputs, and the report lists no proposals of them (no %2)</source>
        <translation>the assessment holds %1 tool outputs, and the report lists no proposals of them (no %2)</translation>
    </message>
    <message>
        <source>the report's proposals name the rules "%1", which are no rules StarMark ships</source>
        <translation>the report's proposals name the rules "%1", which are no rules StarMark ships</translation>
    </message>
    <message>
        <source>the report's proposals came from the rules %1 version %2 (SHA-256 %3…), the shipped ones are version %4 (SHA-256 %5…): the proposals are derived again with the shipped rules</source>
        <translation>the report's proposals came from the rules %1 version %2 (SHA-256 %3…), the shipped ones are version %4 (SHA-256 %5…): the proposals are derived again with the shipped rules</translation>
    </message>
    <message>
        <source>the output of %1 (%2) is not inside the report as %3</source>
        <translation>the output of %1 (%2) is not inside the report as %3</translation>
    </message>
    <message>
        <source>%1 inside the report is not the output of %2 its tool run records (SHA-256 %3…)</source>
        <translation>%1 inside the report is not the output of %2 its tool run records (SHA-256 %3…)</translation>
    </message>
    <message>
        <source>cannot write a temporary copy of %1 (%2)</source>
        <translation>cannot write a temporary copy of %1 (%2)</translation>
    </message>
    <message>
        <source>the report lists a proposal its tool outputs do not give: %1</source>
        <translation>the report lists a proposal its tool outputs do not give: %1</translation>
    </message>
    <message>
        <source>the tool outputs inside the report give a proposal it does not list: %1</source>
        <translation>the tool outputs inside the report give a proposal it does not list: %1</translation>
    </message>
    <message>
        <source>%1: the verdict given is %2, against the tools' proposal %3 (rule %4: %5), recorded as an override; rationale: %6</source>
        <translation>%1: the verdict given is %2, against the tools' proposal %3 (rule %4: %5), recorded as an override; rationale: %6</translation>
    </message>
    <message>
        <source>%1: the verdict given is %2, against the tools' proposal %3 (rule %4: %5), not recorded as an override; rationale: %6</source>
        <translation>%1: the verdict given is %2, against the tools' proposal %3 (rule %4: %5), not recorded as an override; rationale: %6</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Inconclusive</translation>
    </message>
    <message>
        <source>Conformity Evaluation Report</source>
        <translation>Conformity Evaluation Report</translation>
    </message>
    <message>
        <source>Declaration of Conformity</source>
        <translation>Declaration of Conformity</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Firmware assessed</source>
        <translation>Firmware assessed</translation>
    </message>
    <message>
        <source>Hardware revision</source>
        <translation>Hardware revision</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Security updates until</source>
        <translation>Security updates until</translation>
    </message>
    <message>
        <source>not the label's validity</source>
        <translation>not the label's validity</translation>
    </message>
    <message>
        <source>Vulnerability contact</source>
        <translation>Vulnerability contact</translation>
    </message>
    <message>
        <source>Notice: the wording of %1 of the criteria referred to here is an editorial rendering of secondary reports (reported) or a reconstruction (provisional), not the scheme operator's official text. The checklist shows the provenance of each requirement.</source>
        <translation>Notice: the wording of %1 of the criteria referred to here is an editorial rendering of secondary reports (reported) or a reconstruction (provisional), not the scheme operator's official text. The checklist shows the provenance of each requirement.</translation>
    </message>
    <message>
        <source>Level claimed</source>
        <translation>Level claimed</translation>
    </message>
    <message>
        <source>Level achieved</source>
        <translation>Level achieved</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Blocking %1</source>
        <translation>Blocking %1</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <source>Audit trail head</source>
        <translation>Audit trail head</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <source>%1 has checked, under its own responsibility, the product above (firmware %2) against each requirement of the %3 criteria, and declares as follows.</source>
        <translation>%1 has checked, under its own responsibility, the product above (firmware %2) against each requirement of the %3 criteria, and declares as follows.</translation>
    </message>
    <message>
        <source>This declaration states that the measures required by the criteria above are judged to be in place. It does not mean that the product has no vulnerabilities, is completely secure, is safe in every environment, or is endorsed by any authority.</source>
        <translation>This declaration states that the measures required by the criteria above are judged to be in place. It does not mean that the product has no vulnerabilities, is completely secure, is safe in every environment, or is endorsed by any authority.</translation>
    </message>
    <message>
        <source>Declared by</source>
        <translation>Declared by</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Product profile</source>
        <translation>Product profile</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>This report evaluates whether the measures required by the criteria above can be presumed to be in place for the firmware evaluated. It does not prove that the product has no vulnerabilities, is completely secure, or is safe in every environment.</source>
        <translation>This report evaluates whether the measures required by the criteria above can be presumed to be in place for the firmware evaluated. It does not prove that the product has no vulnerabilities, is completely secure, or is safe in every environment.</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Reviewer sign-off</source>
        <translation>Reviewer sign-off</translation>
    </message>
    <message>
        <source>not signed off (this report is a draft)</source>
        <translation>not signed off (this report is a draft)</translation>
    </message>
    <message>
        <source>Test plan and results</source>
        <translation>Test plan and results</translation>
    </message>
    <message>
        <source>Verdict per requirement</source>
        <translation>Verdict per requirement</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Conceptual</source>
        <translation>Conceptual</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Functional</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Not run</translation>
    </message>
    <message>
        <source>Evaluation items</source>
        <translation>Evaluation items</translation>
    </message>
    <message>
        <source>Rationale and evidence</source>
        <translation>Rationale and evidence</translation>
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
        <source>all must hold</source>
        <translation>all must hold</translation>
    </message>
    <message>
        <source>one must hold</source>
        <translation>one must hold</translation>
    </message>
    <message>
        <source>to re-check on the new firmware</source>
        <translation>to re-check on the new firmware</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>test case</comment>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>test case</comment>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Product</source>
        <comment>field</comment>
        <translation>Product</translation>
    </message>
    <message>
        <source>Criteria</source>
        <comment>evaluation</comment>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>UK PSTI route: under IPA's mutual recognition, the PSTI statement of compliance stands for %1; their checklist rows are waived and their verdicts rest on that statement, attached as evidence.</source>
        <translation>UK PSTI route: under IPA's mutual recognition, the PSTI statement of compliance stands for %1; their checklist rows are waived and their verdicts rest on that statement, attached as evidence.</translation>
    </message>
    <message>
        <source>UK PSTI route: covered by the PSTI statement of compliance</source>
        <translation>UK PSTI route: covered by the PSTI statement of compliance</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>quoted</translation>
    </message>
    <message>
        <source>Quoted: the requirement text of %1 of the criteria is quoted from a secondary source that reproduces the scheme operator's checklist, not read in its official document.</source>
        <translation>Quoted: the requirement text of %1 of the criteria is quoted from a secondary source that reproduces the scheme operator's checklist, not read in its official document.</translation>
    </message>
    <message>
        <source>%1 proposals: %2 accepted, %3 overridden, %4 open</source>
        <translation>%1 proposals: %2 accepted, %3 overridden, %4 open</translation>
    </message>
    <message>
        <source>rules %1 version %2, SHA-256 %3</source>
        <translation>rules %1 version %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Tool proposals</source>
        <translation>Tool proposals</translation>
    </message>
    <message>
        <source>proposals.json and the raw output of %1 tool runs. </source>
        <translation>proposals.json and the raw output of %1 tool runs. </translation>
    </message>
    <message>
        <source>Tool proposal: %1 (%2) by rule %3 of %4 version %5; %6 %7: %8</source>
        <translation>Tool proposal: %1 (%2) by rule %3 of %4 version %5; %6 %7: %8</translation>
    </message>
    <message>
        <source>output SHA-256 %1; rules SHA-256 %2</source>
        <translation>output SHA-256 %1; rules SHA-256 %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>agrees with the verdict</source>
        <translation>agrees with the verdict</translation>
    </message>
    <message>
        <source>overridden: the verdict is %1, recorded as an override; see the rationale</source>
        <translation>overridden: the verdict is %1, recorded as an override; see the rationale</translation>
    </message>
    <message>
        <source>overridden: the verdict is %1, not recorded as an override; see the rationale</source>
        <translation>overridden: the verdict is %1, not recorded as an override; see the rationale</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>the certificate of %1 inside the signature is damaged</source>
        <translation>the certificate of %1 inside the signature is damaged</translation>
    </message>
    <message>
        <source>the signature carries a certificate that is not on the signer's path (%1): it was altered or does not belong</source>
        <translation>the signature carries a certificate that is not on the signer's path (%1): it was altered or does not belong</translation>
    </message>
    <message>
        <source>the certificate of %1 inside the signature cannot be checked against its issuer: it was altered, or its issuer is not among the trust anchors</source>
        <translation>the certificate of %1 inside the signature cannot be checked against its issuer: it was altered, or its issuer is not among the trust anchors</translation>
    </message>
    <message>
        <source>the signature value's version fields are not 1: it was altered</source>
        <translation>the signature value's version fields are not 1: it was altered</translation>
    </message>
    <message>
        <source>the signer's identifier does not match the signer's certificate: the signature value was altered</source>
        <translation>the signer's identifier does not match the signer's certificate: the signature value was altered</translation>
    </message>
    <message>
        <source>the signature algorithm is not one StarMark accepts: the signature value was altered</source>
        <translation>the signature algorithm is not one StarMark accepts: the signature value was altered</translation>
    </message>
    <message>
        <source>the signature algorithm's parameters were altered</source>
        <translation>the signature algorithm's parameters were altered</translation>
    </message>
    <message>
        <source>its byte range is malformed</source>
        <translation>its byte range is malformed</translation>
    </message>
    <message>
        <source>the file is %1 bytes shorter than the signed range: it was truncated</source>
        <translation>the file is %1 bytes shorter than the signed range: it was truncated</translation>
    </message>
    <message>
        <source>%1 bytes were added after the signed range</source>
        <translation>%1 bytes were added after the signed range</translation>
    </message>
    <message>
        <source>the unsigned gap does not hold a signature value</source>
        <translation>the unsigned gap does not hold a signature value</translation>
    </message>
    <message>
        <source>the signature value is not hexadecimal</source>
        <translation>the signature value is not hexadecimal</translation>
    </message>
    <message>
        <source>the signature value is not a CMS signature: it is damaged</source>
        <translation>the signature value is not a CMS signature: it is damaged</translation>
    </message>
    <message>
        <source>bytes other than padding follow the signature value in the unsigned gap</source>
        <translation>bytes other than padding follow the signature value in the unsigned gap</translation>
    </message>
    <message>
        <source>the signature value is not canonical DER: it was altered</source>
        <translation>the signature value is not canonical DER: it was altered</translation>
    </message>
    <message>
        <source>the signature does not sign plain data (its content type was altered)</source>
        <translation>the signature does not sign plain data (its content type was altered)</translation>
    </message>
    <message>
        <source>the signature does not match the signed bytes (%1): the file was changed after signing</source>
        <translation>the signature does not match the signed bytes (%1): the file was changed after signing</translation>
    </message>
    <message>
        <source>signed with %1; StarMark reports are signed with SHA-256</source>
        <translation>signed with %1; StarMark reports are signed with SHA-256</translation>
    </message>
    <message>
        <source>the signer is not trusted: %1</source>
        <translation>the signer is not trusted: %1</translation>
    </message>
    <message>
        <source>the signature does not carry its signer's certificate</source>
        <translation>the signature does not carry its signer's certificate</translation>
    </message>
    <message>
        <source>the signer's certificate may not sign documents (key usage)</source>
        <translation>the signer's certificate may not sign documents (key usage)</translation>
    </message>
    <message>
        <source>not a PDF file (it does not start with %PDF-)</source>
        <translation>not a PDF file (it does not start with %PDF-)</translation>
    </message>
    <message>
        <source>the PDF carries no signature</source>
        <translation>the PDF carries no signature</translation>
    </message>
    <message>
        <source>signature %1: %2</source>
        <translation>signature %1: %2</translation>
    </message>
    <message>
        <source>signature 1: %1</source>
        <translation>signature 1: %1</translation>
    </message>
    <message>
        <source>signature 1 is not a certification signature (no DocMDP in the catalog's /Perms names it): the report does not forbid changes after signing</source>
        <translation>signature 1 is not a certification signature (no DocMDP in the catalog's /Perms names it): the report does not forbid changes after signing</translation>
    </message>
    <message>
        <source>signature 1 certifies the report with DocMDP P %1, which permits changes; a StarMark report permits none (P 1)</source>
        <translation>signature 1 certifies the report with DocMDP P %1, which permits changes; a StarMark report permits none (P 1)</translation>
    </message>
    <message>
        <source>changed after the author signed: %1</source>
        <translation>changed after the author signed: %1</translation>
    </message>
    <message>
        <source>%1 is missing from the report</source>
        <translation>%1 is missing from the report</translation>
    </message>
    <message>
        <source>%1 is not what was signed</source>
        <translation>%1 is not what was signed</translation>
    </message>
    <message>
        <source>its signature timestamp does not hold: %1</source>
        <translation>its signature timestamp does not hold: %1</translation>
    </message>
    <message>
        <source>%1 was revoked on %2 (by the %3 embedded in the report)</source>
        <translation>%1 was revoked on %2 (by the %3 embedded in the report)</translation>
    </message>
    <message>
        <source>OCSP response</source>
        <translation>OCSP response</translation>
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
        <translation>manufacturer</translation>
    </message>
    <message>
        <source>evaluation lab</source>
        <translation>evaluation lab</translation>
    </message>
    <message>
        <source>certification body</source>
        <translation>certification body</translation>
    </message>
</context>
<context>
    <name>SurveillanceReport</name>
    <message>
        <source>Conforms</source>
        <translation>Conforms</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Nonconformity</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Label revoked</source>
        <translation>Label revoked</translation>
    </message>
    <message>
        <source>Not yet checked</source>
        <translation>Not yet checked</translation>
    </message>
    <message>
        <source>%1 nonconformity finding(s)</source>
        <translation>%1 nonconformity finding(s)</translation>
    </message>
    <message>
        <source>No nonconformity</source>
        <translation>No nonconformity</translation>
    </message>
    <message>
        <source>Surveillance Report</source>
        <translation>Surveillance Report</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Certification body</translation>
    </message>
    <message>
        <source>Sampling plan</source>
        <translation>Sampling plan</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Risk-weighted random sampling (Efraimidis–Spirakis). Anyone holding the same registry state and seed redraws the same sample.</source>
        <translation>Risk-weighted random sampling (Efraimidis–Spirakis). Anyone holding the same registry state and seed redraws the same sample.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>%1 products with a valid label</source>
        <translation>%1 products with a valid label</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 products</translation>
    </message>
    <message>
        <source>Products sampled and conclusions</source>
        <translation>Products sampled and conclusions</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>firmware</source>
        <translation>firmware</translation>
    </message>
    <message>
        <source>Findings per requirement</source>
        <translation>Findings per requirement</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>No finding recorded yet.</source>
        <translation>No finding recorded yet.</translation>
    </message>
    <message>
        <source>Surveillance checks a sample. It does not show that products outside the sample conform, nor that the products sampled have no vulnerabilities.</source>
        <translation>Surveillance checks a sample. It does not show that products outside the sample conform, nor that the products sampled have no vulnerabilities.</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Attached file</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>as of</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>seed %1</translation>
    </message>
</context>
<context>
    <name>TimestampAuthority</name>
    <message>
        <source>the time-stamp authority's key or certificate cannot be used: %1</source>
        <translation>the time-stamp authority's key or certificate cannot be used: %1</translation>
    </message>
    <message>
        <source>%1 does not carry the timeStamping extended key usage, critical and alone (RFC 3161 2.3)</source>
        <translation>%1 does not carry the timeStamping extended key usage, critical and alone (RFC 3161 2.3)</translation>
    </message>
    <message>
        <source>the serial number file %1 cannot be read as a number: a serial could be issued twice</source>
        <translation>the serial number file %1 cannot be read as a number: a serial could be issued twice</translation>
    </message>
</context>
<context>
    <name>TimestampClient</name>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 is not an http or https URL</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 did not answer within %2 seconds</source>
        <translation>the time-stamp authority %1 did not answer within %2 seconds</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 answered with more than %2 KiB</source>
        <translation>the time-stamp authority %1 answered with more than %2 KiB</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 cannot be reached (%2)</source>
        <translation>the time-stamp authority %1 cannot be reached (%2)</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 answered HTTP %2</source>
        <translation>the time-stamp authority %1 answered HTTP %2</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 did not answer with a time-stamp response</source>
        <translation>the time-stamp authority %1 did not answer with a time-stamp response</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 refused the request (status %2)</source>
        <translation>the time-stamp authority %1 refused the request (status %2)</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 answered another request (the nonce differs)</source>
        <translation>the time-stamp authority %1 answered another request (the nonce differs)</translation>
    </message>
</context>
<context>
    <name>TimestampToken</name>
    <message>
        <source>the time-stamp token cannot be read</source>
        <translation>the time-stamp token cannot be read</translation>
    </message>
    <message>
        <source>the time-stamp token is not over this signature (its imprint differs)</source>
        <translation>the time-stamp token is not over this signature (its imprint differs)</translation>
    </message>
    <message>
        <source>the time-stamp authority %1 is not trusted, or its token's signature does not hold (%2)</source>
        <translation>the time-stamp authority %1 is not trusted, or its token's signature does not hold (%2)</translation>
    </message>
</context>
<context>
    <name>TrustAnchors</name>
    <message>
        <source>no role</source>
        <translation>no role</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>its certificate names no StarMark role, and no trust.yaml entry grants one to its CA</source>
        <translation>its certificate names no StarMark role, and no trust.yaml entry grants one to its CA</translation>
    </message>
    <message>
        <source>its certificate</source>
        <translation>its certificate</translation>
    </message>
    <message>
        <source>%1 trusts its CA only for other organisations, not for '%2'</source>
        <translation>%1 trusts its CA only for other organisations, not for '%2'</translation>
    </message>
    <message>
        <source>its certificate claims %1, but %2 trusts its CA for %3 only</source>
        <translation>its certificate claims %1, but %2 trusts its CA for %3 only</translation>
    </message>
    <message>
        <source>its certificate, within %1</source>
        <translation>its certificate, within %1</translation>
    </message>
</context>
<context>
    <name>ValidationData</name>
    <message>
        <source>%1: not an HTTP address</source>
        <translation>%1: not an HTTP address</translation>
    </message>
    <message>
        <source>%1: the answer is larger than %2 bytes</source>
        <translation>%1: the answer is larger than %2 bytes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: HTTP status %2</source>
        <translation>%1: HTTP status %2</translation>
    </message>
    <message>
        <source>the PDF's last signature is not a CMS signature</source>
        <translation>the PDF's last signature is not a CMS signature</translation>
    </message>
    <message>
        <source>the signature does not carry its signer's certificate</source>
        <translation>the signature does not carry its signer's certificate</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>larger than %1 bytes</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <source>not an OCSP response (DER)</source>
        <translation>not an OCSP response (DER)</translation>
    </message>
    <message>
        <source>not a CRL (DER or PEM)</source>
        <translation>not a CRL (DER or PEM)</translation>
    </message>
    <message>
        <source>the signature does not carry the issuer of %1, so its chain cannot be kept</source>
        <translation>the signature does not carry the issuer of %1, so its chain cannot be kept</translation>
    </message>
    <message>
        <source>%1: the answer is not an OCSP response</source>
        <translation>%1: the answer is not an OCSP response</translation>
    </message>
    <message>
        <source>%1: the answer is not a CRL</source>
        <translation>%1: the answer is not a CRL</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>no revocation data for %1: its certificate names no OCSP responder or CRL</source>
        <translation>no revocation data for %1: its certificate names no OCSP responder or CRL</translation>
    </message>
    <message>
        <source>no revocation data for %1 (%2)</source>
        <translation>no revocation data for %1 (%2)</translation>
    </message>
    <message>
        <source>%1 was revoked on %2</source>
        <translation>%1 was revoked on %2</translation>
    </message>
    <message>
        <source>the signature claims no signing time to check the revocation data at</source>
        <translation>the signature claims no signing time to check the revocation data at</translation>
    </message>
    <message>
        <source>%1: the answer is not signed by the certificate's issuer, says nothing of it, or was not in force at %2</source>
        <translation>%1: the answer is not signed by the certificate's issuer, says nothing of it, or was not in force at %2</translation>
    </message>
</context>
</TS>
