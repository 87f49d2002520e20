<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>LoginLockoutProbe</name>
    <message>
        <source>%1: no TLS connection: %2</source>
        <translation>%1: no TLS connection: %2</translation>
    </message>
    <message>
        <source>%1: no connection: %2</source>
        <translation>%1: no connection: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 ms</source>
        <translation>%1 did not answer within %2 ms</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 bytes</source>
        <translation>%1 answered with more than %2 bytes</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP/1.x</source>
        <translation>%1 did not answer in HTTP/1.x</translation>
    </message>
    <message>
        <source>%1 asks for Digest algorithm %2; the probe speaks MD5 and SHA-256</source>
        <translation>%1 asks for Digest algorithm %2; the probe speaks MD5 and SHA-256</translation>
    </message>
    <message>
        <source>%1 answered %2 without a Digest challenge</source>
        <translation>%1 answered %2 without a Digest challenge</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>larger than %1 bytes: the probe reads no more</source>
        <translation>larger than %1 bytes: the probe reads no more</translation>
    </message>
    <message>
        <source>more than %1 passwords; the probe tries at most %1</source>
        <translation>more than %1 passwords; the probe tries at most %1</translation>
    </message>
    <message>
        <source>the wordlist holds no password</source>
        <translation>the wordlist holds no password</translation>
    </message>
    <message>
        <source>the file must hold the password alone, on one line</source>
        <translation>the file must hold the password alone, on one line</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; is not an http:// or https:// URL</translation>
    </message>
    <message>
        <source>the URL carries a user or password; they are given separately</source>
        <translation>the URL carries a user or password; they are given separately</translation>
    </message>
    <message>
        <source>no user is named</source>
        <translation>no user is named</translation>
    </message>
    <message>
        <source>no right password is given</source>
        <translation>no right password is given</translation>
    </message>
    <message>
        <source>between 1 and %1 wrong passwords are tried</source>
        <translation>between 1 and %1 wrong passwords are tried</translation>
    </message>
    <message>
        <source>the wordlist holds the right password</source>
        <translation>the wordlist holds the right password</translation>
    </message>
    <message>
        <source>the delay is between 0 and %1 ms</source>
        <translation>the delay is between 0 and %1 ms</translation>
    </message>
    <message>
        <source>the time an answer may take is between 1 and %1 ms</source>
        <translation>the time an answer may take is between 1 and %1 ms</translation>
    </message>
    <message>
        <source>a form login needs its two field names and the text its page shows when a login is refused</source>
        <translation>a form login needs its two field names and the text its page shows when a login is refused</translation>
    </message>
    <message>
        <source>%1 refused the right password (status %2) before any wrong one: the account is locked already, or the password or the login&apos;s kind is wrong; nothing was measured</source>
        <translation>%1 refused the right password (status %2) before any wrong one: the account is locked already, or the password or the login&apos;s kind is wrong; nothing was measured</translation>
    </message>
</context>
<context>
    <name>ScanTarget</name>
    <message>
        <source>&apos;%1&apos; is not a target: %2</source>
        <translation>&apos;%1&apos; is not a target: %2</translation>
    </message>
    <message>
        <source>the host is neither an IP address nor a host name</source>
        <translation>the host is neither an IP address nor a host name</translation>
    </message>
    <message>
        <source>the port is not between 1 and 65535</source>
        <translation>the port is not between 1 and 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not this machine&apos;s loopback address; a scan of another machine must be asked for explicitly</source>
        <translation>&apos;%1&apos; is not this machine&apos;s loopback address; a scan of another machine must be asked for explicitly</translation>
    </message>
    <message>
        <source>an IPv6 address opened with &apos;[&apos; is not closed with &apos;]&apos;</source>
        <translation>an IPv6 address opened with &apos;[&apos; is not closed with &apos;]&apos;</translation>
    </message>
    <message>
        <source>only &apos;:PORT&apos; may follow the address</source>
        <translation>only &apos;:PORT&apos; may follow the address</translation>
    </message>
</context>
<context>
    <name>ToolRunner</name>
    <message>
        <source>%1 is not installed (no &apos;%2&apos; on the search path); Debian&apos;s package %3 brings it</source>
        <translation>%1 is not installed (no &apos;%2&apos; on the search path); Debian&apos;s package %3 brings it</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 could not be started: %2</translation>
    </message>
    <message>
        <source>%1 (&apos;%2 %3&apos;) did not state its version</source>
        <translation>%1 (&apos;%2 %3&apos;) did not state its version</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped; its output is incomplete</source>
        <translation>%1 did not finish within %2 s and was stopped; its output is incomplete</translation>
    </message>
    <message>
        <source>%1 wrote more than %2 bytes and was stopped; its output is incomplete</source>
        <translation>%1 wrote more than %2 bytes and was stopped; its output is incomplete</translation>
    </message>
    <message>
        <source>%1 ended (exit %2) without its output: %3</source>
        <translation>%1 ended (exit %2) without its output: %3</translation>
    </message>
</context>
</TS>
