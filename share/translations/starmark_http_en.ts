<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConnectionQuota</name>
    <message>
        <source>the registry holds its maximum of %1 connections at once</source>
        <translation>the registry holds its maximum of %1 connections at once</translation>
    </message>
    <message>
        <source>%1 already holds %2 connections to the registry, the most one client may</source>
        <translation>%1 already holds %2 connections to the registry, the most one client may</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>the request&apos;s URL and headers take more than %1 bytes; the registry accepts at most %1</source>
        <translation>the request&apos;s URL and headers take more than %1 bytes; the registry accepts at most %1</translation>
    </message>
    <message>
        <source>the registry knows only &apos;Expect: 100-continue&apos;</source>
        <translation>the registry knows only &apos;Expect: 100-continue&apos;</translation>
    </message>
    <message>
        <source>the body is larger than the %1 MiB the registry accepts (a signed report is far smaller)</source>
        <translation>the body is larger than the %1 MiB the registry accepts (a signed report is far smaller)</translation>
    </message>
    <message>
        <source>the request head did not arrive within %1 s</source>
        <translation>the request head did not arrive within %1 s</translation>
    </message>
    <message>
        <source>the request body did not arrive within %1 s</source>
        <translation>the request body did not arrive within %1 s</translation>
    </message>
</context>
<context>
    <name>HttpRequestHead</name>
    <message>
        <source>a line of the request head does not end in CRLF</source>
        <translation>a line of the request head does not end in CRLF</translation>
    </message>
    <message>
        <source>the request head does not end with an empty line</source>
        <translation>the request head does not end with an empty line</translation>
    </message>
    <message>
        <source>the request line %1 is not &apos;METHOD /path HTTP/1.1&apos; (three parts, one space apart)</source>
        <translation>the request line %1 is not &apos;METHOD /path HTTP/1.1&apos; (three parts, one space apart)</translation>
    </message>
    <message>
        <source>the method %1 is not an HTTP method</source>
        <translation>the method %1 is not an HTTP method</translation>
    </message>
    <message>
        <source>the request target %1 is not a path: a path starts with &apos;/&apos;, holds no &apos;#&apos; and only visible ASCII</source>
        <translation>the request target %1 is not a path: a path starts with &apos;/&apos;, holds no &apos;#&apos; and only visible ASCII</translation>
    </message>
    <message>
        <source>%1 is not a version of HTTP the registry speaks</source>
        <translation>%1 is not a version of HTTP the registry speaks</translation>
    </message>
    <message>
        <source>%1 is not a protocol the registry speaks</source>
        <translation>%1 is not a protocol the registry speaks</translation>
    </message>
    <message>
        <source>the request has %1 header fields; the registry accepts at most %2</source>
        <translation>the request has %1 header fields; the registry accepts at most %2</translation>
    </message>
    <message>
        <source>a header line starts with a space (obsolete line folding)</source>
        <translation>a header line starts with a space (obsolete line folding)</translation>
    </message>
    <message>
        <source>the header line %1 is not &apos;Name: value&apos; (a name of letters, digits and !#$%&amp;&apos;*+-.^_`|~, then a colon at once)</source>
        <translation>the header line %1 is not &apos;Name: value&apos; (a name of letters, digits and !#$%&amp;&apos;*+-.^_`|~, then a colon at once)</translation>
    </message>
    <message>
        <source>the value of %1 holds a control character</source>
        <translation>the value of %1 holds a control character</translation>
    </message>
    <message>
        <source>Content-Length %1 is not a length: the body&apos;s size in bytes, digits only (at most %2 of them)</source>
        <translation>Content-Length %1 is not a length: the body&apos;s size in bytes, digits only (at most %2 of them)</translation>
    </message>
    <message>
        <source>an HTTP/1.1 request carries exactly one Host field; this one has %1</source>
        <translation>an HTTP/1.1 request carries exactly one Host field; this one has %1</translation>
    </message>
    <message>
        <source>the request has %1 Content-Length fields; exactly one lets every reader agree where the body ends</source>
        <translation>the request has %1 Content-Length fields; exactly one lets every reader agree where the body ends</translation>
    </message>
    <message>
        <source>the request has both Content-Length and Transfer-Encoding</source>
        <translation>the request has both Content-Length and Transfer-Encoding</translation>
    </message>
    <message>
        <source>the registry takes no Transfer-Encoding, only a body with a Content-Length</source>
        <translation>the registry takes no Transfer-Encoding, only a body with a Content-Length</translation>
    </message>
</context>
</TS>
