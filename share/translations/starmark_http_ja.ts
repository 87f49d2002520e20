<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConnectionQuota</name>
    <message>
        <source>the registry holds its maximum of %1 connections at once</source>
        <translation>登録システムは同時接続数の上限（%1）に達しています</translation>
    </message>
    <message>
        <source>%1 already holds %2 connections to the registry, the most one client may</source>
        <translation>%1 はすでに登録システムへの接続を %2 本保持しています。これが1クライアントの上限です</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>the request&apos;s URL and headers take more than %1 bytes; the registry accepts at most %1</source>
        <translation>リクエストのURLとヘッダーが %1 バイトを超えています。登録システムが受け付けるのは %1 バイトまでです</translation>
    </message>
    <message>
        <source>the registry knows only &apos;Expect: 100-continue&apos;</source>
        <translation>登録システムが扱える Expect は &apos;Expect: 100-continue&apos; のみです</translation>
    </message>
    <message>
        <source>the body is larger than the %1 MiB the registry accepts (a signed report is far smaller)</source>
        <translation>本文が登録システムの受け付ける %1 MiB を超えています（署名済み報告書ならはるかに小さいはずです）</translation>
    </message>
    <message>
        <source>the request head did not arrive within %1 s</source>
        <translation>リクエストヘッダーが %1 秒以内に届きませんでした</translation>
    </message>
    <message>
        <source>the request body did not arrive within %1 s</source>
        <translation>リクエスト本文が %1 秒以内に届きませんでした</translation>
    </message>
</context>
<context>
    <name>HttpRequestHead</name>
    <message>
        <source>a line of the request head does not end in CRLF</source>
        <translation>リクエストヘッダーに CRLF で終わらない行があります</translation>
    </message>
    <message>
        <source>the request head does not end with an empty line</source>
        <translation>リクエストヘッダーが空行で終わっていません</translation>
    </message>
    <message>
        <source>the request line %1 is not &apos;METHOD /path HTTP/1.1&apos; (three parts, one space apart)</source>
        <translation>リクエスト行 %1 が &apos;METHOD /path HTTP/1.1&apos; の形（空白1つで区切った3要素）になっていません</translation>
    </message>
    <message>
        <source>the method %1 is not an HTTP method</source>
        <translation>メソッド %1 は HTTP のメソッドではありません</translation>
    </message>
    <message>
        <source>the request target %1 is not a path: a path starts with &apos;/&apos;, holds no &apos;#&apos; and only visible ASCII</source>
        <translation>リクエスト先 %1 はパスではありません。パスは &apos;/&apos; で始まり、&apos;#&apos; を含まず、表示可能な ASCII 文字だけで書きます</translation>
    </message>
    <message>
        <source>%1 is not a version of HTTP the registry speaks</source>
        <translation>%1 は登録システムが対応する HTTP のバージョンではありません</translation>
    </message>
    <message>
        <source>%1 is not a protocol the registry speaks</source>
        <translation>%1 は登録システムが対応するプロトコルではありません</translation>
    </message>
    <message>
        <source>the request has %1 header fields; the registry accepts at most %2</source>
        <translation>リクエストのヘッダーフィールドが %1 個あります。登録システムが受け付けるのは %2 個までです</translation>
    </message>
    <message>
        <source>a header line starts with a space (obsolete line folding)</source>
        <translation>ヘッダー行が空白で始まっています（廃止された行の折り返し）</translation>
    </message>
    <message>
        <source>the header line %1 is not &apos;Name: value&apos; (a name of letters, digits and !#$%&amp;&apos;*+-.^_`|~, then a colon at once)</source>
        <translation>ヘッダー行 %1 が &apos;Name: value&apos; の形（英数字と !#$%&amp;&apos;*+-.^_`|~ からなる名前の直後にコロン）になっていません</translation>
    </message>
    <message>
        <source>the value of %1 holds a control character</source>
        <translation>%1 の値に制御文字が含まれています</translation>
    </message>
    <message>
        <source>Content-Length %1 is not a length: the body&apos;s size in bytes, digits only (at most %2 of them)</source>
        <translation>Content-Length %1 は長さではありません。本文のバイト数を数字だけ（%2 桁まで）で書きます</translation>
    </message>
    <message>
        <source>an HTTP/1.1 request carries exactly one Host field; this one has %1</source>
        <translation>HTTP/1.1 のリクエストには Host フィールドがちょうど1つ必要ですが、%1 個あります</translation>
    </message>
    <message>
        <source>the request has %1 Content-Length fields; exactly one lets every reader agree where the body ends</source>
        <translation>Content-Length フィールドが %1 個あります。本文の終わりをどの読み手にも同じに伝えるには、ちょうど1つにします</translation>
    </message>
    <message>
        <source>the request has both Content-Length and Transfer-Encoding</source>
        <translation>リクエストに Content-Length と Transfer-Encoding の両方があります</translation>
    </message>
    <message>
        <source>the registry takes no Transfer-Encoding, only a body with a Content-Length</source>
        <translation>登録システムは Transfer-Encoding を受け付けません。本文は Content-Length 付きで送ります</translation>
    </message>
</context>
</TS>
