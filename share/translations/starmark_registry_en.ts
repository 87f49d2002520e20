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
</TS>
