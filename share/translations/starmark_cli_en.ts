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
        <source>the entry %1 recorded by the signed report %2 is not in the trail: the trail was rewritten after the report was signed</source>
        <translation>the entry %1 recorded by the signed report %2 is not in the trail: the trail was rewritten after the report was signed</translation>
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
        <source>; pass --catalogs with the folder that holds it</source>
        <translation>; pass --catalogs with the folder that holds it</translation>
    </message>
    <message>
        <source>; see &apos;starmark assess set --help&apos;</source>
        <translation>; see &apos;starmark assess set --help&apos;</translation>
    </message>
    <message>
        <source>; upgrade it with &apos;starmark assess upgrade %1&apos; (the trail then records the state as found)</source>
        <translation>; upgrade it with &apos;starmark assess upgrade %1&apos; (the trail then records the state as found)</translation>
    </message>
    <message>
        <source>; give -o a new or empty folder</source>
        <translation>; give -o a new or empty folder</translation>
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
</TS>
