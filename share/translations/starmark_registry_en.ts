<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>FindingRecords</name>
    <message>
        <source>a finding names the requirement it is about and who records it</source>
        <translation>a finding names the requirement it is about and who records it</translation>
    </message>
    <message>
        <source>a %1 needs a note saying what was found</source>
        <translation>a %1 needs a note saying what was found</translation>
    </message>
</context>
<context>
    <name>LogProof</name>
    <message>
        <source>the log holds %1 entries: there is no tree of %2 to prove anything in</source>
        <translation>the log holds %1 entries: there is no tree of %2 to prove anything in</translation>
    </message>
    <message>
        <source>not a proof the registry&apos;s log gives: &quot;%1&quot; is missing or wrong</source>
        <translation>not a proof the registry&apos;s log gives: &quot;%1&quot; is missing or wrong</translation>
    </message>
    <message>
        <source>the proof is for a tree of %1 entries, the signed tree head %2 for one of %3</source>
        <translation>the proof is for a tree of %1 entries, the signed tree head %2 for one of %3</translation>
    </message>
    <message>
        <source>leaf %1 is not in a tree of %2 entries</source>
        <translation>leaf %1 is not in a tree of %2 entries</translation>
    </message>
    <message>
        <source>no entry of the tree of %1 entries has the leaf hash %2</source>
        <translation>no entry of the tree of %1 entries has the leaf hash %2</translation>
    </message>
    <message>
        <source>a consistency proof goes from a tree of 1 or more entries to one as large or larger, not from %1 to %2</source>
        <translation>a consistency proof goes from a tree of 1 or more entries to one as large or larger, not from %1 to %2</translation>
    </message>
    <message>
        <source>entry %1 is not in the tree the head %2 signed: the entry, or the log, is not what it was</source>
        <translation>entry %1 is not in the tree the head %2 signed: the entry, or the log, is not what it was</translation>
    </message>
    <message>
        <source>the log of %1 entries signed in %2 does not extend the one of %3 signed in %4: entries were rewritten or removed</source>
        <translation>the log of %1 entries signed in %2 does not extend the one of %3 signed in %4: entries were rewritten or removed</translation>
    </message>
</context>
<context>
    <name>ProductRecords</name>
    <message>
        <source>%1 is not registered</source>
        <translation>%1 is not registered</translation>
    </message>
    <message>
        <source>%1 changed while this write was prepared</source>
        <translation>%1 changed while this write was prepared</translation>
    </message>
    <message>
        <source>level %1 is not one of ★1–★4</source>
        <translation>level %1 is not one of ★1–★4</translation>
    </message>
    <message>
        <source>the model, the firmware and the category must be given</source>
        <translation>the model, the firmware and the category must be given</translation>
    </message>
    <message>
        <source>the evaluation date, the support end and the label&apos;s validity must be dates</source>
        <translation>the evaluation date, the support end and the label&apos;s validity must be dates</translation>
    </message>
    <message>
        <source>registration numbers are used up (JCS-YY-999999)</source>
        <translation>registration numbers are used up (JCS-YY-999999)</translation>
    </message>
    <message>
        <source>the label token is not the one for %1 firmware %2</source>
        <translation>the label token is not the one for %1 firmware %2</translation>
    </message>
    <message>
        <source>a revocation needs a reason (the page shows it) and the name of who revokes</source>
        <translation>a revocation needs a reason (the page shows it) and the name of who revokes</translation>
    </message>
    <message>
        <source>%1 is already revoked</source>
        <translation>%1 is already revoked</translation>
    </message>
</context>
<context>
    <name>Publication</name>
    <message>
        <source>no label token can be signed for these facts: %1</source>
        <translation>no label token can be signed for these facts: %1</translation>
    </message>
    <message>
        <source>no trust anchor is set: whose signature a report carries cannot be checked</source>
        <translation>no trust anchor is set: whose signature a report carries cannot be checked</translation>
    </message>
    <message>
        <source>what was submitted is not a PDF (it does not start with %PDF-)</source>
        <translation>what was submitted is not a PDF (it does not start with %PDF-)</translation>
    </message>
    <message>
        <source>an override applies to a firmware revision only, and no registration to revise was named</source>
        <translation>an override applies to a firmware revision only, and no registration to revise was named</translation>
    </message>
    <message>
        <source>this report is already registered as %1; a new firmware comes with its own new report</source>
        <translation>this report is already registered as %1; a new firmware comes with its own new report</translation>
    </message>
</context>
<context>
    <name>RegistryDatabase</name>
    <message>
        <source>Qt&apos;s %1 driver is not installed (Debian package %2)</source>
        <translation>Qt&apos;s %1 driver is not installed (Debian package %2)</translation>
    </message>
    <message>
        <source>the registry database cannot be opened (%1): its folder must exist and be writable</source>
        <translation>the registry database cannot be opened (%1): its folder must exist and be writable</translation>
    </message>
    <message>
        <source>the registry database cannot be opened (%1): is the server running, and are the user, the password and the database right?</source>
        <translation>the registry database cannot be opened (%1): is the server running, and are the user, the password and the database right?</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than the %2 this StarMark knows</source>
        <translation>the database has schema version %1, newer than the %2 this StarMark knows</translation>
    </message>
    <message>
        <source>migrating to schema version %1 failed</source>
        <translation>migrating to schema version %1 failed</translation>
    </message>
    <message>
        <source>every write names who makes it: the actor is empty</source>
        <translation>every write names who makes it: the actor is empty</translation>
    </message>
</context>
<context>
    <name>RegistryLocation</name>
    <message>
        <source>no database given: it is an SQLite file or a postgresql:// URL</source>
        <translation>no database given: it is an SQLite file or a postgresql:// URL</translation>
    </message>
    <message>
        <source>%1: only SQLite files and postgresql:// URLs are supported</source>
        <translation>%1: only SQLite files and postgresql:// URLs are supported</translation>
    </message>
    <message>
        <source>%1 is not a valid URL (%2); it is written postgresql://user@host:port/database</source>
        <translation>%1 is not a valid URL (%2); it is written postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>%1 names no host; it is written postgresql://user@host:port/database</source>
        <translation>%1 names no host; it is written postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>%1 names no user; it is written postgresql://user@host:port/database</source>
        <translation>%1 names no user; it is written postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>%1 names no database (or more than one path segment); it is written postgresql://user@host:port/database</source>
        <translation>%1 names no database (or more than one path segment); it is written postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>%1: options after ? or # are not supported (they belong in the server&apos;s configuration); it is written postgresql://user@host:port/database</source>
        <translation>%1: options after ? or # are not supported (they belong in the server&apos;s configuration); it is written postgresql://user@host:port/database</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>a file of the registry page cannot be read (%1)</source>
        <translation>a file of the registry page cannot be read (%1)</translation>
    </message>
</context>
<context>
    <name>RevisionPolicy</name>
    <message>
        <source>firmware %1 is lower than the registered %2</source>
        <translation>firmware %1 is lower than the registered %2</translation>
    </message>
    <message>
        <source>firmware &quot;%1&quot; cannot be ordered against the registered &quot;%2&quot; (versions are written like 2.4.1, 2.5.0-rc.1)</source>
        <translation>firmware &quot;%1&quot; cannot be ordered against the registered &quot;%2&quot; (versions are written like 2.4.1, 2.5.0-rc.1)</translation>
    </message>
    <message>
        <source>security updates would end on %1, earlier than the registered %2</source>
        <translation>security updates would end on %1, earlier than the registered %2</translation>
    </message>
    <message>
        <source>the vulnerability contact would change from %1 to %2</source>
        <translation>the vulnerability contact would change from %1 to %2</translation>
    </message>
    <message>
        <source>override &quot;%1&quot; is not one of downgrade, support-end, contact</source>
        <translation>override &quot;%1&quot; is not one of downgrade, support-end, contact</translation>
    </message>
    <message>
        <source>an override needs a reason: the page and the audit show who accepted what, and why</source>
        <translation>an override needs a reason: the page and the audit show who accepted what, and why</translation>
    </message>
    <message>
        <source>a reason was given but no override: it must name what it accepts</source>
        <translation>a reason was given but no override: it must name what it accepts</translation>
    </message>
    <message>
        <source>the override&apos;s reason is longer than %1 characters</source>
        <translation>the override&apos;s reason is longer than %1 characters</translation>
    </message>
    <message>
        <source>%1 is revoked: the product is registered anew</source>
        <translation>%1 is revoked: the product is registered anew</translation>
    </message>
    <message>
        <source>%1 is registered to %2, but the report names %3 as its manufacturer: a revision keeps the registration&apos;s manufacturer (another manufacturer&apos;s product is registered anew; no override changes this)</source>
        <translation>%1 is registered to %2, but the report names %3 as its manufacturer: a revision keeps the registration&apos;s manufacturer (another manufacturer&apos;s product is registered anew; no override changes this)</translation>
    </message>
    <message>
        <source>%1 registers %2 at ★%3 (%4): a revision keeps the model, the level and the category</source>
        <translation>%1 registers %2 at ★%3 (%4): a revision keeps the model, the level and the category</translation>
    </message>
    <message>
        <source>%1: %2; a revision does this only when a member of staff accepts it explicitly, with a reason (override %3)</source>
        <translation>%1: %2; a revision does this only when a member of staff accepts it explicitly, with a reason (override %3)</translation>
    </message>
    <message>
        <source>%1: the override names %2, which this revision does not change: it names only what the revision changes (%3), so that the audit says exactly what was accepted</source>
        <translation>%1: the override names %2, which this revision does not change: it names only what the revision changes (%3), so that the audit says exactly what was accepted</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>%1 covers %2, which the report no longer lists: a revision may add models to the family, not remove them</source>
        <translation>%1 covers %2, which the report no longer lists: a revision may add models to the family, not remove them</translation>
    </message>
</context>
<context>
    <name>RevocationList</name>
    <message>
        <source>the signed revocation list lacks a valid &quot;%1&quot;</source>
        <translation>the signed revocation list lacks a valid &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the revocation list was issued for %1 to %2, and it is now %3: a revoked label would not show on it</source>
        <translation>the revocation list was issued for %1 to %2, and it is now %3: a revoked label would not show on it</translation>
    </message>
    <message>
        <source>the record of revocation lists seen cannot be read (%1)</source>
        <translation>the record of revocation lists seen cannot be read (%1)</translation>
    </message>
    <message>
        <source>the record of revocation lists seen is not the JSON object this command writes</source>
        <translation>the record of revocation lists seen is not the JSON object this command writes</translation>
    </message>
    <message>
        <source>this revocation list has sequence %1, lower than the %2 already seen from this issuer: an older list was passed off as the current one</source>
        <translation>this revocation list has sequence %1, lower than the %2 already seen from this issuer: an older list was passed off as the current one</translation>
    </message>
    <message>
        <source>the record of revocation lists seen cannot be written (%1)</source>
        <translation>the record of revocation lists seen cannot be written (%1)</translation>
    </message>
    <message>
        <source>label %1 was revoked on %2: %3</source>
        <translation>label %1 was revoked on %2: %3</translation>
    </message>
</context>
<context>
    <name>SignedJson</name>
    <message>
        <source>not a signed %1 document: it must be a JSON object with &quot;%1&quot; and &quot;signature&quot;</source>
        <translation>not a signed %1 document: it must be a JSON object with &quot;%1&quot; and &quot;signature&quot;</translation>
    </message>
    <message>
        <source>signed by key %1, not by the issuer key given (%2)</source>
        <translation>signed by key %1, not by the issuer key given (%2)</translation>
    </message>
    <message>
        <source>the signature does not match the %1 it came with: the file was altered or forged</source>
        <translation>the signature does not match the %1 it came with: the file was altered or forged</translation>
    </message>
</context>
<context>
    <name>SignedTreeHead</name>
    <message>
        <source>the signed tree head lacks a valid &quot;%1&quot;</source>
        <translation>the signed tree head lacks a valid &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>StaffTokens</name>
    <message>
        <source>a staff token needs the name of whom it is for and of who issues it</source>
        <translation>a staff token needs the name of whom it is for and of who issues it</translation>
    </message>
    <message>
        <source>%1 holds no staff token</source>
        <translation>%1 holds no staff token</translation>
    </message>
    <message>
        <source>the bearer token is not a staff token of this registry</source>
        <translation>the bearer token is not a staff token of this registry</translation>
    </message>
</context>
<context>
    <name>SurveillancePlan</name>
    <message>
        <source>the sample size must be at least 1 (got %1)</source>
        <translation>the sample size must be at least 1 (got %1)</translation>
    </message>
    <message>
        <source>%1 is reported, but it is not a registration number (JCS-YY-NNNNNN)</source>
        <translation>%1 is reported, but it is not a registration number (JCS-YY-NNNNNN)</translation>
    </message>
    <message>
        <source>%1 was reported but is not among the %2 products with a valid label</source>
        <translation>%1 was reported but is not among the %2 products with a valid label</translation>
    </message>
    <message>
        <source>is not starmark-surveillance-plan: this is not a surveillance plan</source>
        <translation>is not starmark-surveillance-plan: this is not a surveillance plan</translation>
    </message>
    <message>
        <source>is not 1, the only plan version this StarMark reads</source>
        <translation>is not 1, the only plan version this StarMark reads</translation>
    </message>
    <message>
        <source>must be a whole number written as a string</source>
        <translation>must be a whole number written as a string</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>must be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>holds an entry without a registration</source>
        <translation>holds an entry without a registration</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>not a JSON object (%1 at byte %2)</translation>
    </message>
    <message>
        <source>the plan has no date it is made for</source>
        <translation>the plan has no date it is made for</translation>
    </message>
</context>
<context>
    <name>SurveillanceRound</name>
    <message>
        <source>%1 is not a registration number (JCS-YY-NNNNNN)</source>
        <translation>%1 is not a registration number (JCS-YY-NNNNNN)</translation>
    </message>
    <message>
        <source>only a nonconformity can revoke a label</source>
        <translation>only a nonconformity can revoke a label</translation>
    </message>
    <message>
        <source>no catalog at hand covers ★%1 %2, which %3 was registered at</source>
        <translation>no catalog at hand covers ★%1 %2, which %3 was registered at</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a requirement of %2 or the catalogs it extends</source>
        <translation>&quot;%1&quot; is not a requirement of %2 or the catalogs it extends</translation>
    </message>
    <message>
        <source>the finding is recorded, but the label was not revoked</source>
        <translation>the finding is recorded, but the label was not revoked</translation>
    </message>
    <message>
        <source>%1 is in the plan but not in this registry: the plan was drawn from another one</source>
        <translation>%1 is in the plan but not in this registry: the plan was drawn from another one</translation>
    </message>
    <message>
        <source>the surveillance report could not be made: %1</source>
        <translation>the surveillance report could not be made: %1</translation>
    </message>
</context>
<context>
    <name>TransparencyLog</name>
    <message>
        <source>%1 is not in the database it was just written to</source>
        <translation>%1 is not in the database it was just written to</translation>
    </message>
    <message>
        <source>the log counts %1 entries but holds %2: entries were removed from the database</source>
        <translation>the log counts %1 entries but holds %2: entries were removed from the database</translation>
    </message>
    <message>
        <source>entries %1 to %2 are not in the log, which holds entries 0 to %3</source>
        <translation>entries %1 to %2 are not in the log, which holds entries 0 to %3</translation>
    </message>
    <message>
        <source>entry %1 no longer matches the hash it was logged with: it was edited in the database</source>
        <translation>entry %1 no longer matches the hash it was logged with: it was edited in the database</translation>
    </message>
</context>
</TS>
