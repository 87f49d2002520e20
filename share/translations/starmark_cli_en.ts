<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
</context>
</TS>
