<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>LoginLockoutProbe</name>
    <message>
        <source>%1: no TLS connection: %2</source>
        <translation>%1: TLS 接続できません: %2</translation>
    </message>
    <message>
        <source>%1: no connection: %2</source>
        <translation>%1: 接続できません: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 ms</source>
        <translation>%1 が %2 ミリ秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 bytes</source>
        <translation>%1 の応答が %2 バイトを超えました</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP/1.x</source>
        <translation>%1 の応答が HTTP/1.x ではありません</translation>
    </message>
    <message>
        <source>%1 asks for Digest algorithm %2; the probe speaks MD5 and SHA-256</source>
        <translation>%1 が Digest アルゴリズム %2 を求めています。プローブが扱えるのは MD5 と SHA-256 です</translation>
    </message>
    <message>
        <source>%1 answered %2 without a Digest challenge</source>
        <translation>%1 が Digest チャレンジなしで %2 を返しました</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>larger than %1 bytes: the probe reads no more</source>
        <translation>%1 バイトを超えています。プローブはそれ以上読みません</translation>
    </message>
    <message>
        <source>more than %1 passwords; the probe tries at most %1</source>
        <translation>パスワードが %1 個を超えています。プローブが試すのは最大 %1 個です</translation>
    </message>
    <message>
        <source>the wordlist holds no password</source>
        <translation>ワードリストにパスワードがありません</translation>
    </message>
    <message>
        <source>the file must hold the password alone, on one line</source>
        <translation>ファイルにはパスワードだけを 1 行で書いてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>「%1」は http:// または https:// の URL ではありません</translation>
    </message>
    <message>
        <source>the URL carries a user or password; they are given separately</source>
        <translation>URL にユーザー名またはパスワードが含まれています。これらは別に指定します</translation>
    </message>
    <message>
        <source>no user is named</source>
        <translation>ユーザーが指定されていません</translation>
    </message>
    <message>
        <source>no right password is given</source>
        <translation>正しいパスワードが指定されていません</translation>
    </message>
    <message>
        <source>between 1 and %1 wrong passwords are tried</source>
        <translation>試す誤ったパスワードは 1～%1 個です</translation>
    </message>
    <message>
        <source>the wordlist holds the right password</source>
        <translation>ワードリストに正しいパスワードが含まれています</translation>
    </message>
    <message>
        <source>the delay is between 0 and %1 ms</source>
        <translation>間隔は 0～%1 ミリ秒です</translation>
    </message>
    <message>
        <source>the time an answer may take is between 1 and %1 ms</source>
        <translation>応答の待ち時間は 1～%1 ミリ秒です</translation>
    </message>
    <message>
        <source>a form login needs its two field names and the text its page shows when a login is refused</source>
        <translation>フォームログインには 2 つのフィールド名と、ログイン拒否時にページに表示される文言が必要です</translation>
    </message>
    <message>
        <source>%1 refused the right password (status %2) before any wrong one: the account is locked already, or the password or the login&apos;s kind is wrong; nothing was measured</source>
        <translation>%1 は誤ったパスワードを試す前に正しいパスワードを拒否しました（ステータス %2）。アカウントが既にロックされているか、パスワードまたはログイン方式が誤っています。何も測定していません</translation>
    </message>
</context>
<context>
    <name>ScanTarget</name>
    <message>
        <source>&apos;%1&apos; is not a target: %2</source>
        <translation>「%1」は対象として使えません: %2</translation>
    </message>
    <message>
        <source>the host is neither an IP address nor a host name</source>
        <translation>ホストが IP アドレスでもホスト名でもありません</translation>
    </message>
    <message>
        <source>the port is not between 1 and 65535</source>
        <translation>ポートが 1～65535 の範囲にありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not this machine&apos;s loopback address; a scan of another machine must be asked for explicitly</source>
        <translation>「%1」はこの機器のループバックアドレスではありません。他の機器のスキャンは明示的な指定が必要です</translation>
    </message>
    <message>
        <source>an IPv6 address opened with &apos;[&apos; is not closed with &apos;]&apos;</source>
        <translation>「[」で始まる IPv6 アドレスが「]」で閉じられていません</translation>
    </message>
    <message>
        <source>only &apos;:PORT&apos; may follow the address</source>
        <translation>アドレスの後に続けられるのは「:ポート」だけです</translation>
    </message>
</context>
<context>
    <name>ToolRunner</name>
    <message>
        <source>%1 is not installed (no &apos;%2&apos; on the search path); Debian&apos;s package %3 brings it</source>
        <translation>%1 がインストールされていません（検索パスに「%2」がありません）。Debian パッケージ %3 に含まれています</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 (&apos;%2 %3&apos;) did not state its version</source>
        <translation>%1（「%2 %3」）がバージョンを示しませんでした</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped; its output is incomplete</source>
        <translation>%1 が %2 秒以内に終了しなかったため停止しました。出力は不完全です</translation>
    </message>
    <message>
        <source>%1 wrote more than %2 bytes and was stopped; its output is incomplete</source>
        <translation>%1 が %2 バイトを超えて出力したため停止しました。出力は不完全です</translation>
    </message>
    <message>
        <source>%1 ended (exit %2) without its output: %3</source>
        <translation>%1 が出力なしで終了しました（終了コード %2）: %3</translation>
    </message>
</context>
</TS>
