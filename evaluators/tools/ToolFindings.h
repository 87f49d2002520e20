#pragma once

#include "evaluators/tools/ToolFormat.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace starmark {

// What a tool's output says, typed, whatever the format it came in: the importers
// fill it, the rules read it. Only what the rules or the evaluator need is kept;
// the raw file is the evidence for everything else.
struct ToolFindings {
    struct Run {
        QString tool; // "nmap", "sslscan", …: the format's tool unless the file names another
        QString version; // as the tool printed it; empty when the format does not carry it
        QDateTime ranAt; // UTC; invalid when the format does not carry it
        QString arguments; // the command line, where the format records it
    };
    // One host's open port as nmap saw it.
    struct Port {
        static constexpr int scriptOutputKept = 16 * 1024; // characters of one script's output; the raw file has it whole

        qint64 order = 0; // its place among the open ports of the file, from 0
        QString host;
        QString service; // nmap's service name, e.g. https
        QString product;
        QString version;
        bool tls = false; // nmap saw a TLS tunnel
        QMap<QString, QString> scripts; // script id → its output, cut at scriptOutputKept
    };
    // A port number open on one host or many. A scan of a network repeats the same few numbers
    // on thousands of hosts: the findings keep each number once, with how many hosts have it
    // open and the first of them, so that their memory follows the numbers, not the file.
    struct OpenPort {
        static constexpr int hostsKept = 5; // as many as a proposal names

        QString protocol; // tcp | udp | sctp
        int port = 0;
        qint64 hosts = 0; // on how many hosts it is open
        QList<Port> first; // the first hostsKept of them, in the file's order
    };
    struct Cipher {
        QString protocol; // TLSv1.2
        QString name; // as the tool names it (OpenSSL or IANA)
        int bits = 0;
    };
    struct Tls {
        QString host;
        int port = 0;
        QStringList protocols; // offered: SSLv3, TLSv1.0 … TLSv1.3
        QList<Cipher> ciphers;
        QStringList groups; // key exchange groups / curves offered
        QString certificateKeyType; // RSA, EC, …
        int certificateKeyBits = 0;
        QString certificateSignature; // sha256WithRSAEncryption, …
        QStringList weaknesses; // known TLS weaknesses the tool found (heartbleed, …)
    };
    struct Ssh {
        QString host;
        int port = 0;
        QString banner;
        QStringList keyExchange;
        QStringList hostKeys;
        QStringList ciphers;
        QStringList macs;
        QStringList recommendations; // "del kex diffie-hellman-group14-sha256", …
    };
    struct Component {
        QString name;
        QString version;
        QString supplier;
        QString purl;
        QMap<QString, QString> hashes; // algorithm → hex
    };
    struct Vulnerability {
        QString id; // OSV / CVE / GHSA id
        QStringList aliases;
        QString component;
        QString version;
        QString summary;
        double severity = -1; // CVSS base score where given, else -1
        bool knownExploited = false; // the source marks it as exploited in the wild
    };

    ToolFormat format = ToolFormat::NmapXml;
    Run run;
    QList<OpenPort> openPorts; // in the order each number was first seen; closed and filtered ports are not kept
    QList<Tls> tls;
    QList<Ssh> ssh;
    QList<Component> components;
    QList<Vulnerability> vulnerabilities;
};

} // namespace starmark
