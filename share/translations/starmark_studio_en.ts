<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>QObject</name>
    <message>
        <source>the catalog %1 is not installed</source>
        <translation>the catalog %1 is not installed</translation>
    </message>
</context>
<context>
    <name>starmark::studio::AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Intact: %1 entries, each hashing the one before; the newest is %2….</source>
        <translation>Intact: %1 entries, each hashing the one before; the newest is %2….</translation>
    </message>
    <message>
        <source>NOT intact from entry %1: %2. The file was changed outside StarMark.</source>
        <translation>NOT intact from entry %1: %2. The file was changed outside StarMark.</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Audit trail entries</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>starmark::studio::EvaluationItems</name>
    <message>
        <source>Evaluation items</source>
        <translation>Evaluation items</translation>
    </message>
    <message>
        <source>Tick each item that holds. All must hold for a pass.</source>
        <translation>Tick each item that holds. All must hold for a pass.</translation>
    </message>
    <message>
        <source>Tick each item that holds. One is enough for a pass.</source>
        <translation>Tick each item that holds. One is enough for a pass.</translation>
    </message>
    <message>
        <source>Evaluation item %1 of %2</source>
        <translation>Evaluation item %1 of %2</translation>
    </message>
    <message>
        <source>Evaluation item %1</source>
        <translation>Evaluation item %1</translation>
    </message>
</context>
<context>
    <name>starmark::studio::EvidenceSection</name>
    <message>
        <source>Add evidence</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <source>Drop files here to add them as evidence</source>
        <translation>Drop files here to add them as evidence</translation>
    </message>
    <message>
        <source>Add evidence file</source>
        <translation>Add evidence file</translation>
    </message>
    <message>
        <source>Open evidence file</source>
        <translation>Open evidence file</translation>
    </message>
    <message>
        <source>Remove evidence file</source>
        <translation>Remove evidence file</translation>
    </message>
    <message>
        <source>Drop files here or use Add file. Expected: %1</source>
        <translation>Drop files here or use Add file. Expected: %1</translation>
    </message>
    <message>
        <source>anything that supports the rationale</source>
        <translation>anything that supports the rationale</translation>
    </message>
    <message>
        <source>%1 — %2 bytes
SHA-256 %3</source>
        <translation>%1 — %2 bytes
SHA-256 %3</translation>
    </message>
    <message>
        <source>%1; choose a readable file</source>
        <translation>%1; choose a readable file</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Evidence for %1</translation>
    </message>
    <message>
        <source>This evidence cannot be opened: %1</source>
        <translation>This evidence cannot be opened: %1</translation>
    </message>
    <message>
        <source>its SHA-256 in the file is damaged</source>
        <translation>its SHA-256 in the file is damaged</translation>
    </message>
</context>
<context>
    <name>starmark::studio::ExportDialog</name>
    <message>
        <source>cannot write %1 (%2); choose another place</source>
        <translation>cannot write %1 (%2); choose another place</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The key %1 is encrypted. Its passphrase:</source>
        <translation>The key %1 is encrypted. Its passphrase:</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Signed report</source>
        <translation>Signed report</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Private &amp;key (PEM):</source>
        <translation>Private &amp;key (PEM):</translation>
    </message>
    <message>
        <source>&amp;Certificate (PEM):</source>
        <translation>&amp;Certificate (PEM):</translation>
    </message>
    <message>
        <source>C&amp;hain (CA, PEM; optional):</source>
        <translation>C&amp;hain (CA, PEM; optional):</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Language of the report:</translation>
    </message>
    <message>
        <source>Save report &amp;as:</source>
        <translation>Save report &amp;as:</translation>
    </message>
    <message>
        <source>&amp;Issuer&apos;s label key (PEM):</source>
        <translation>&amp;Issuer&apos;s label key (PEM):</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>&amp;Registration number:</translation>
    </message>
    <message>
        <source>Label &amp;valid until (YYYY-MM-DD):</source>
        <translation>Label &amp;valid until (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>Save label as (.png, .svg, .pdf):</source>
        <translation>Save label as (.png, .svg, .pdf):</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Choose: %1</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Small (box or manual)</source>
        <translation>Small (box or manual)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Sign and save</source>
        <translation>&amp;Sign and save</translation>
    </message>
    <message>
        <source>P&amp;review at real size</source>
        <translation>P&amp;review at real size</translation>
    </message>
    <message>
        <source>Sa&amp;ve label</source>
        <translation>Sa&amp;ve label</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>Label preview</translation>
    </message>
    <message>
        <source>(the holder of the chosen certificate)</source>
        <translation>(the holder of the chosen certificate)</translation>
    </message>
    <message>
        <source>This is the report as it will be signed. Check it, then Sign and save.</source>
        <translation>This is the report as it will be signed. Check it, then Sign and save.</translation>
    </message>
    <message>
        <source>Not signed: no passphrase was given.</source>
        <translation>Not signed: no passphrase was given.</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Not signed: %1</translation>
    </message>
    <message>
        <source>Signed report written to %1 (%2 KB), signed by %3.</source>
        <translation>Signed report written to %1 (%2 KB), signed by %3.</translation>
    </message>
    <message>
        <source>the registration number is required: the certification body assigns it</source>
        <translation>the registration number is required: the certification body assigns it</translation>
    </message>
    <message>
        <source>%1 is a public key; labels are signed with the private one</source>
        <translation>%1 is a public key; labels are signed with the private one</translation>
    </message>
    <message>
        <source>No label: %1</source>
        <translation>No label: %1</translation>
    </message>
    <message>
        <source>%1 × %2 mm at this screen&apos;s size; QR version %3. Hold a ruler to the screen to check.</source>
        <translation>%1 × %2 mm at this screen&apos;s size; QR version %3. Hold a ruler to the screen to check.</translation>
    </message>
    <message>
        <source>No label: %1 must end in .png, .svg or .pdf</source>
        <translation>No label: %1 must end in .png, .svg or .pdf</translation>
    </message>
    <message>
        <source>Label %1 (★%2) written to %3, valid until %4.</source>
        <translation>Label %1 (★%2) written to %3, valid until %4.</translation>
    </message>
    <message>
        <source>&amp;Timestamp authority (URL; optional, trusted through the chain&apos;s CA or the trust store):</source>
        <translation>&amp;Timestamp authority (URL; optional, trusted through the chain&apos;s CA or the trust store):</translation>
    </message>
</context>
<context>
    <name>starmark::studio::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open the ★1 &amp;demo</source>
        <translation>Open the ★1 &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Close (back to the start page)</source>
        <translation>&amp;Close (back to the start page)</translation>
    </message>
    <message>
        <source>Export signed &amp;report…</source>
        <translation>Export signed &amp;report…</translation>
    </message>
    <message>
        <source>Export &amp;label…</source>
        <translation>Export &amp;label…</translation>
    </message>
    <message>
        <source>&amp;Verify a report or label…</source>
        <translation>&amp;Verify a report or label…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Product and profile…</source>
        <translation>&amp;Product and profile…</translation>
    </message>
    <message>
        <source>New &amp;firmware revision…</source>
        <translation>New &amp;firmware revision…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Next requirement</source>
        <translation>&amp;Next requirement</translation>
    </message>
    <message>
        <source>&amp;Previous requirement</source>
        <translation>&amp;Previous requirement</translation>
    </message>
    <message>
        <source>Next &amp;open requirement (not decided or needing attention)</source>
        <translation>Next &amp;open requirement (not decided or needing attention)</translation>
    </message>
    <message>
        <source>La&amp;b</source>
        <translation>La&amp;b</translation>
    </message>
    <message>
        <source>Reviewer &amp;sign-off…</source>
        <translation>Reviewer &amp;sign-off…</translation>
    </message>
    <message>
        <source>Declaration (*.yaml)</source>
        <translation>Declaration (*.yaml)</translation>
    </message>
    <message>
        <source>Export &amp;declaration (YAML)…</source>
        <translation>Export &amp;declaration (YAML)…</translation>
    </message>
    <message>
        <source>Checklist (*.xlsx)</source>
        <translation>Checklist (*.xlsx)</translation>
    </message>
    <message>
        <source>Export chec&amp;klist (Excel)…</source>
        <translation>Export chec&amp;klist (Excel)…</translation>
    </message>
    <message>
        <source>&amp;Import tool output…</source>
        <translation>&amp;Import tool output…</translation>
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
        <translation>Requirements by level</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>The catalogs changed since this assessment began:
%1</source>
        <translation>The catalogs changed since this assessment began:
%1</translation>
    </message>
    <message>
        <source>All changes saved in %1</source>
        <translation>All changes saved in %1</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation>Open an assessment</translation>
    </message>
    <message>
        <source>Assessments (*.starmark)</source>
        <translation>Assessments (*.starmark)</translation>
    </message>
    <message>
        <source>Every requirement is decided.</source>
        <translation>Every requirement is decided.</translation>
    </message>
    <message>
        <source>Product and profile</source>
        <translation>Product and profile</translation>
    </message>
    <message>
        <source>New firmware revision</source>
        <translation>New firmware revision</translation>
    </message>
    <message>
        <source>Firmware version of the new revision (now %1). The results carry over; those resting on tests of the device are marked for re-checking, and a sign-off has to be given again.</source>
        <translation>Firmware version of the new revision (now %1). The results carry over; those resting on tests of the device are marked for re-checking, and a sign-off has to be given again.</translation>
    </message>
    <message>
        <source>New revision for firmware %1</source>
        <translation>New revision for firmware %1</translation>
    </message>
    <message>
        <source>Revision %1 for firmware %2: %3 requirement(s) rest on tests of the device and are marked for re-checking.</source>
        <translation>Revision %1 for firmware %2: %3 requirement(s) rest on tests of the device and are marked for re-checking.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the declaration and its evidence.</source>
        <translation>Choose a new or empty folder for the declaration and its evidence.</translation>
    </message>
    <message>
        <source>Declaration and evidence exported to %1</source>
        <translation>Declaration and evidence exported to %1</translation>
    </message>
    <message>
        <source>Checklist exported to %1</source>
        <translation>Checklist exported to %1</translation>
    </message>
    <message>
        <source>Import tool output</source>
        <translation>Import tool output</translation>
    </message>
    <message>
        <source>Tool outputs (*.xml *.json);;All files (*)</source>
        <translation>Tool outputs (*.xml *.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>starmark::studio::NewAssessmentWizard</name>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Scheme, level and mode</source>
        <translation>Scheme, level and mode</translation>
    </message>
    <message>
        <source>The catalog of the level you aim for; it includes the levels below.</source>
        <translation>The catalog of the level you aim for; it includes the levels below.</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Where to keep it</translation>
    </message>
    <message>
        <source>Every change is saved into this file as you make it.</source>
        <translation>Every change is saved into this file as you make it.</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Scheme:</translation>
    </message>
    <message>
        <source>&amp;Catalog (target level and product category):</source>
        <translation>&amp;Catalog (target level and product category):</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Self-declaration by the manufacturer (★1, ★2)</source>
        <translation>Self-declaration by the manufacturer (★1, ★2)</translation>
    </message>
    <message>
        <source>Evaluation by a lab, with test cases and reviewer sign-off (★3, ★4; optional below)</source>
        <translation>Evaluation by a lab, with test cases and reviewer sign-off (★3, ★4; optional below)</translation>
    </message>
    <message>
        <source>★%1 · category %2 · version %3 · %4 requirements including the levels below</source>
        <translation>★%1 · category %2 · version %3 · %4 requirements including the levels below</translation>
    </message>
    <message>
        <source>★%1 is evaluated by a lab: self-declaration is not offered.</source>
        <translation>★%1 is evaluated by a lab: self-declaration is not offered.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Assessment file</source>
        <translation>Assessment file</translation>
    </message>
    <message>
        <source>%1 %2 (firmware %3): ★%4, %5.</source>
        <translation>%1 %2 (firmware %3): ★%4, %5.</translation>
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
        <source>%1 already exists; choose another name, or open it from the start page</source>
        <translation>%1 already exists; choose another name, or open it from the start page</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created; choose another place</source>
        <translation>%1: the folder cannot be created; choose another place</translation>
    </message>
    <message>
        <source>Product and profile</source>
        <translation>Product and profile</translation>
    </message>
</context>
<context>
    <name>starmark::studio::OutcomePanel</name>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Requirements decided</source>
        <translation>Requirements decided</translation>
    </message>
    <message>
        <source>Requirements blocking the next level</source>
        <translation>Requirements blocking the next level</translation>
    </message>
    <message>
        <source>★%1 achieved</source>
        <translation>★%1 achieved</translation>
    </message>
    <message>
        <source>Target ★%1 — achieved: %2</source>
        <translation>Target ★%1 — achieved: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 of %2 decided</translation>
    </message>
    <message>
        <source>pass %1 · fail %2 · not applicable %3 · not assessed %4</source>
        <translation>pass %1 · fail %2 · not applicable %3 · not assessed %4</translation>
    </message>
    <message>
        <source> · to re-check %1</source>
        <translation> · to re-check %1</translation>
    </message>
    <message>
        <source>Blocking ★%1:</source>
        <translation>Blocking ★%1:</translation>
    </message>
    <message>
        <source>Unanswered profile questions: %1</source>
        <translation>Unanswered profile questions: %1</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2; the assessment is locked.</source>
        <translation>Signed off by %1 on %2; the assessment is locked.</translation>
    </message>
    <message>
        <source>Evaluator: %1 (%2)</source>
        <translation>Evaluator: %1 (%2)</translation>
    </message>
    <message>
        <source>Declared by: %1 (%2)</source>
        <translation>Declared by: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>starmark::studio::OverrideDialog</name>
    <message>
        <source>Override the tools&apos; proposals for %1</source>
        <translation>Override the tools&apos; proposals for %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why the verdict goes against the tools</source>
        <translation>Why the verdict goes against the tools</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Override</translation>
    </message>
    <message>
        <source>The verdict you give instead, and why: the reason becomes the result&apos;s rationale, and the report shows that the proposals were overridden.</source>
        <translation>The verdict you give instead, and why: the reason becomes the result&apos;s rationale, and the report shows that the proposals were overridden.</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdict:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
</context>
<context>
    <name>starmark::studio::ProductFieldsPage</name>
    <message>
        <source>The product</source>
        <translation>The product</translation>
    </message>
    <message>
        <source>Manufacturer (Japanese):</source>
        <translation>Manufacturer (Japanese):</translation>
    </message>
    <message>
        <source>Manufacturer (English):</source>
        <translation>Manufacturer (English):</translation>
    </message>
    <message>
        <source>Product name (Japanese):</source>
        <translation>Product name (Japanese):</translation>
    </message>
    <message>
        <source>Product name (English):</source>
        <translation>Product name (English):</translation>
    </message>
    <message>
        <source>&amp;Firmware version:</source>
        <translation>&amp;Firmware version:</translation>
    </message>
    <message>
        <source>&amp;Hardware revision:</source>
        <translation>&amp;Hardware revision:</translation>
    </message>
    <message>
        <source>&amp;Released (YYYY-MM-DD):</source>
        <translation>&amp;Released (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>Security &amp;updates until (YYYY-MM-DD):</source>
        <translation>Security &amp;updates until (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>&amp;Vulnerability contact (https:// or mailto:):</source>
        <translation>&amp;Vulnerability contact (https:// or mailto:):</translation>
    </message>
    <message>
        <source>&amp;Evaluator or declarant:</source>
        <translation>&amp;Evaluator or declarant:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>One product family at one firmware version: the representative model, and the other models the application covers. Problems are shown as you type.</source>
        <translation>One product family at one firmware version: the representative model, and the other models the application covers. Problems are shown as you type.</translation>
    </message>
    <message>
        <source>&amp;Model number (representative):</source>
        <translation>&amp;Model number (representative):</translation>
    </message>
    <message>
        <source>O&amp;ther models of the family (one a line):</source>
        <translation>O&amp;ther models of the family (one a line):</translation>
    </message>
</context>
<context>
    <name>starmark::studio::ProfileQuestionsPage</name>
    <message>
        <source>Product profile</source>
        <translation>Product profile</translation>
    </message>
    <message>
        <source>Your answers decide which requirements apply.</source>
        <translation>Your answers decide which requirements apply.</translation>
    </message>
    <message>
        <source>Effect of the answers</source>
        <translation>Effect of the answers</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— not answered —</translation>
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
        <source>%1 %2 — not applicable: %3</source>
        <translation>%1 %2 — not applicable: %3</translation>
    </message>
    <message>
        <source>%1 %2 — applies until answered: %3</source>
        <translation>%1 %2 — applies until answered: %3</translation>
    </message>
    <message>
        <source>Effect of the answers: every requirement applies.</source>
        <translation>Effect of the answers: every requirement applies.</translation>
    </message>
    <message>
        <source>Effect of the answers: %1 not applicable, %2 waiting for an answer.</source>
        <translation>Effect of the answers: %1 not applicable, %2 waiting for an answer.</translation>
    </message>
</context>
<context>
    <name>starmark::studio::RequirementPane</name>
    <message>
        <source>Pass — the requirement is met</source>
        <translation>Pass — the requirement is met</translation>
    </message>
    <message>
        <source>Fail — the requirement is not met</source>
        <translation>Fail — the requirement is not met</translation>
    </message>
    <message>
        <source>Not applicable — give the reason</source>
        <translation>Not applicable — give the reason</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Not assessed yet</translation>
    </message>
    <message>
        <source>Justification of %1</source>
        <translation>Justification of %1</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdict:</translation>
    </message>
    <message>
        <source>Reason not &amp;applicable:</source>
        <translation>Reason not &amp;applicable:</translation>
    </message>
    <message>
        <source>&amp;Rationale (how the product meets it; saved as you type):</source>
        <translation>&amp;Rationale (how the product meets it; saved as you type):</translation>
    </message>
    <message>
        <source>Test cases (lab)</source>
        <translation>Test cases (lab)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Reason not applicable</source>
        <translation>Reason not applicable</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Choose a requirement on the left.</source>
        <translation>Choose a requirement on the left.</translation>
    </message>
    <message>
        <source>★%1 · %2</source>
        <translation>★%1 · %2</translation>
    </message>
    <message>
        <source>Official wording, as published by the scheme operator.</source>
        <translation>Official wording, as published by the scheme operator.</translation>
    </message>
    <message>
        <source>Reported: the gist is confirmed by reliable secondary sources; this wording is an editorial rendering, not IPA&apos;s official text.</source>
        <translation>Reported: the gist is confirmed by reliable secondary sources; this wording is an editorial rendering, not IPA&apos;s official text.</translation>
    </message>
    <message>
        <source>Provisional: reconstructed from the nearest public sources; not IPA&apos;s official wording.</source>
        <translation>Provisional: reconstructed from the nearest public sources; not IPA&apos;s official wording.</translation>
    </message>
    <message>
        <source>Not applicable to this product: %1</source>
        <translation>Not applicable to this product: %1</translation>
    </message>
    <message>
        <source>Applies until these profile questions are answered: %1</source>
        <translation>Applies until these profile questions are answered: %1</translation>
    </message>
    <message>
        <source>Signed off by %1: the assessment is locked.</source>
        <translation>Signed off by %1: the assessment is locked.</translation>
    </message>
    <message>
        <source>• This pass was carried over from an earlier firmware and rests on a device test: check it again and set the verdict.</source>
        <translation>• This pass was carried over from an earlier firmware and rests on a device test: check it again and set the verdict.</translation>
    </message>
    <message>
        <source>Verdict of %1</source>
        <translation>Verdict of %1</translation>
    </message>
    <message>
        <source>Rationale of %1</source>
        <translation>Rationale of %1</translation>
    </message>
    <message>
        <source>Quoted: the requirement text is quoted from a secondary source [%1] that reproduces IPA&apos;s checklist; the title and evaluation items are editorial.</source>
        <translation>Quoted: the requirement text is quoted from a secondary source [%1] that reproduces IPA&apos;s checklist; the title and evaluation items are editorial.</translation>
    </message>
    <message>
        <source>A&amp;ccept the tools&apos; proposals</source>
        <translation>A&amp;ccept the tools&apos; proposals</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>overridden: %1</source>
        <translation>overridden: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>%1 proposes %2: %3 (rule %4 %5) — %6</source>
        <translation>%1 proposes %2: %3 (rule %4 %5) — %6</translation>
    </message>
    <message>
        <source>Overri&amp;de…</source>
        <translation>Overri&amp;de…</translation>
    </message>
</context>
<context>
    <name>starmark::studio::RequirementTreeModel</name>
    <message>
        <source>%1 (%2 of %3 done)</source>
        <translation>%1 (%2 of %3 done)</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>needs attention</translation>
    </message>
</context>
<context>
    <name>starmark::studio::Session</name>
    <message>
        <source>%1 was changed by another program; showing what it holds now. Undo starts afresh from here.</source>
        <translation>%1 was changed by another program; showing what it holds now. Undo starts afresh from here.</translation>
    </message>
    <message>
        <source>Install it under %1/catalogs or fix it (see the catalog errors on the start page).</source>
        <translation>Install it under %1/catalogs or fix it (see the catalog errors on the start page).</translation>
    </message>
</context>
<context>
    <name>starmark::studio::SignOffDialog</name>
    <message>
        <source>Reviewer sign-off</source>
        <translation>Reviewer sign-off</translation>
    </message>
    <message>
        <source>The reviewer, someone other than the evaluator (%1), confirms the evaluation. Signing off locks the assessment: later changes need a new revision.</source>
        <translation>The reviewer, someone other than the evaluator (%1), confirms the evaluation. Signing off locks the assessment: later changes need a new revision.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>&amp;Sign off</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Reviewer:</translation>
    </message>
    <message>
        <source>Sign-off by %1</source>
        <translation>Sign-off by %1</translation>
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
        <translation>Prepare a JC-STAR ★1–★4 security label: answer the product profile, judge each requirement with its evidence, then export the signed report and the label. Everything is saved as you go.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <source>&amp;Open an assessment…</source>
        <translation>&amp;Open an assessment…</translation>
    </message>
    <message>
        <source>Open the ★1 &amp;demo (network camera, self-declaration)</source>
        <translation>Open the ★1 &amp;demo (network camera, self-declaration)</translation>
    </message>
    <message>
        <source>Open the ★3 &amp;lab demo (router, lab evaluation)</source>
        <translation>Open the ★3 &amp;lab demo (router, lab evaluation)</translation>
    </message>
    <message>
        <source>Recent assessments (Enter opens):</source>
        <translation>Recent assessments (Enter opens):</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation>Open an assessment</translation>
    </message>
    <message>
        <source>Open the star 1 demo</source>
        <translation>Open the star 1 demo</translation>
    </message>
    <message>
        <source>Open the star 3 lab demo</source>
        <translation>Open the star 3 lab demo</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation>Recent assessments</translation>
    </message>
    <message>
        <source>Some catalogs could not be loaded and are not offered:
%1</source>
        <translation>Some catalogs could not be loaded and are not offered:
%1</translation>
    </message>
</context>
<context>
    <name>starmark::studio::Studio</name>
    <message>
        <source>The demo cannot be opened:
%1</source>
        <translation>The demo cannot be opened:
%1</translation>
    </message>
</context>
<context>
    <name>starmark::studio::TestCaseTable</name>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>inconclusive</translation>
    </message>
    <message>
        <source>Observation of %1</source>
        <translation>Observation of %1</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
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
        <source>Test cases</source>
        <translation>Test cases</translation>
    </message>
    <message>
        <source>Verdict of test %1</source>
        <translation>Verdict of test %1</translation>
    </message>
</context>
<context>
    <name>starmark::studio::VerifyDialog</name>
    <message>
        <source>Report or label</source>
        <translation>Report or label</translation>
    </message>
    <message>
        <source>Reports and labels (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Reports and labels (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Trusted certificate or key</source>
        <translation>Trusted certificate or key</translation>
    </message>
    <message>
        <source>PEM (*.pem)</source>
        <translation>PEM (*.pem)</translation>
    </message>
    <message>
        <source>Verify a report or a label</source>
        <translation>Verify a report or a label</translation>
    </message>
    <message>
        <source>&amp;Report (PDF) or label image (PNG, JPEG):</source>
        <translation>&amp;Report (PDF) or label image (PNG, JPEG):</translation>
    </message>
    <message>
        <source>&amp;Trust (CA certificate for reports, issuer&apos;s public key for labels):</source>
        <translation>&amp;Trust (CA certificate for reports, issuer&apos;s public key for labels):</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Report or label file</source>
        <translation>Report or label file</translation>
    </message>
    <message>
        <source>Choose the report or label</source>
        <translation>Choose the report or label</translation>
    </message>
    <message>
        <source>Choose the trusted certificate or key</source>
        <translation>Choose the trusted certificate or key</translation>
    </message>
    <message>
        <source>Verification details</source>
        <translation>Verification details</translation>
    </message>
    <message>
        <source>✔ Valid</source>
        <translation>✔ Valid</translation>
    </message>
    <message>
        <source>✘ Not valid</source>
        <translation>✘ Not valid</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>Cannot be checked</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2); choose the signed report&apos;s PDF</source>
        <translation>%1: cannot be read (%2); choose the signed report&apos;s PDF</translation>
    </message>
    <message>
        <source>warning: %1; no catalog version will be recognised</source>
        <translation>warning: %1; no catalog version will be recognised</translation>
    </message>
    <message>
        <source>Signature by %1, %2: %3%4%5</source>
        <translation>Signature by %1, %2: %3%4%5</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>BROKEN</translation>
    </message>
    <message>
        <source>, covers the whole file</source>
        <translation>, covers the whole file</translation>
    </message>
    <message>
        <source>, does NOT cover the whole file</source>
        <translation>, does NOT cover the whole file</translation>
    </message>
    <message>
        <source>, trusted</source>
        <translation>, trusted</translation>
    </message>
    <message>
        <source>, NOT trusted</source>
        <translation>, NOT trusted</translation>
    </message>
    <message>
        <source>The embedded assessment and evidence manifest are what was signed.</source>
        <translation>The embedded assessment and evidence manifest are what was signed.</translation>
    </message>
    <message>
        <source>The embedded assessment does not match what was signed.</source>
        <translation>The embedded assessment does not match what was signed.</translation>
    </message>
    <message>
        <source>Catalog %1: %2</source>
        <translation>Catalog %1: %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>a version this StarMark does not know</source>
        <translation>a version this StarMark does not know</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>%1: no QR code found in the image; photograph the label square-on, in focus</source>
        <translation>%1: no QR code found in the image; photograph the label square-on, in focus</translation>
    </message>
    <message>
        <source>Label %1 · ★%2 · %3 · model %4 · firmware %5</source>
        <translation>Label %1 · ★%2 · %3 · model %4 · firmware %5</translation>
    </message>
    <message>
        <source>Evaluated %1; security updates until %2; label valid until %3</source>
        <translation>Evaluated %1; security updates until %2; label valid until %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>valid, but the product&apos;s security support has ended</source>
        <translation>valid, but the product&apos;s security support has ended</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>not signed by a trusted issuer</source>
        <translation>not signed by a trusted issuer</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>, checked against no trust anchor</source>
        <translation>, checked against no trust anchor</translation>
    </message>
    <message>
        <source>Signed in the role: %1 (%2); organisation: %3</source>
        <translation>Signed in the role: %1 (%2); organisation: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Intact, but checked against no trust anchor: choose the CA certificate the signers chain to.</source>
        <translation>Intact, but checked against no trust anchor: choose the CA certificate the signers chain to.</translation>
    </message>
    <message>
        <source>%1 · %2 · firmware %3 · ★%4 claimed, ★%5 achieved · issued %6</source>
        <translation>%1 · %2 · firmware %3 · ★%4 claimed, ★%5 achieved · issued %6</translation>
    </message>
    <message>
        <source>%1 · %2 products sampled · %3 nonconformities · %4 labels revoked</source>
        <translation>%1 · %2 products sampled · %3 nonconformities · %4 labels revoked</translation>
    </message>
</context>
</TS>
