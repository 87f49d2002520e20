#include "evaluators/tools/TestsslJsonImporter.h"

#include "evaluators/tools/StrictJson.h"

#include <QRegularExpression>

namespace starmark {
namespace {

// testssl.sh's protocol check ids, and the names the rules use.
const QList<std::pair<QString, QString>>& protocolIds()
{
    static const QList<std::pair<QString, QString>> ids{{QStringLiteral("SSLv2"), QStringLiteral("SSLv2")},
        {QStringLiteral("SSLv3"), QStringLiteral("SSLv3")}, {QStringLiteral("TLS1"), QStringLiteral("TLSv1.0")},
        {QStringLiteral("TLS1_1"), QStringLiteral("TLSv1.1")}, {QStringLiteral("TLS1_2"), QStringLiteral("TLSv1.2")},
        {QStringLiteral("TLS1_3"), QStringLiteral("TLSv1.3")}};
    return ids;
}

// The checks of --vulnerable; a finding that says VULNERABLE (or potentially so) is a weakness.
const QStringList& vulnerabilityIds()
{
    static const QStringList ids{QStringLiteral("heartbleed"), QStringLiteral("CCS"), QStringLiteral("ticketbleed"),
        QStringLiteral("ROBOT"), QStringLiteral("secure_renego"), QStringLiteral("secure_client_renego"), QStringLiteral("CRIME_TLS"),
        QStringLiteral("BREACH"), QStringLiteral("POODLE_SSL"), QStringLiteral("fallback_SCSV"), QStringLiteral("SWEET32"),
        QStringLiteral("FREAK"), QStringLiteral("DROWN"), QStringLiteral("LOGJAM"), QStringLiteral("BEAST"), QStringLiteral("LUCKY13"),
        QStringLiteral("winshock"), QStringLiteral("RC4")};
    return ids;
}

// --each-cipher: "xc02f   ECDHE-RSA-AES128-GCM-SHA256   ECDH 253   AESGCM   128   TLS_ECDHE_RSA_WITH_…";
// per protocol (-E) the same after the protocol: "TLSv1.2   xc02f   …".
std::optional<ToolFindings::Cipher> cipherOf(const QString& finding)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList fields = finding.split(space, Qt::SkipEmptyParts);
    QString protocol;
    if (!fields.isEmpty() && (fields[0].startsWith(u"TLSv") || fields[0].startsWith(u"SSLv"))) {
        protocol = fields.takeFirst();
        if (protocol == u"TLSv1")
            protocol = QStringLiteral("TLSv1.0");
    }
    if (fields.size() < 4 || !fields[0].startsWith(u'x'))
        return std::nullopt;
    int bits = 0;
    for (qsizetype i = fields.size() - 2; i > 1 && bits == 0; --i)
        bits = fields[i].toInt();
    return ToolFindings::Cipher{protocol, fields[1], bits};
}

} // namespace

Result<ToolFindings> TestsslJsonImporter::read(const QJsonDocument& document, StrictJson& json)
{
    ToolFindings findings;
    findings.format = ToolFormat::TestsslJson;
    findings.run.tool = QStringLiteral("testssl.sh");
    QMap<QString, qsizetype> endpoints; // "ip port" → index in findings.tls
    const QJsonArray entries = document.array();
    for (qsizetype i = 0; i < entries.size() && !json.failed(); ++i) {
        const QString path = QStringLiteral("$[%1]").arg(i);
        const QJsonObject entry = json.entry(entries[i], path);
        const QString id = json.text(entry, u"id", path);
        const QString ip = json.text(entry, u"ip", path).section(u'/', 0, 0);
        const QString port = json.text(entry, u"port", path);
        const QString finding = json.text(entry, u"finding", path);
        const QString severity = json.text(entry, u"severity", path);
        if (json.failed() || !json.countFinding(path))
            break;
        if (ip.isEmpty())
            continue; // the scan's own entries (scanTime, …)
        const QString key = ip + u' ' + port;
        if (!endpoints.contains(key)) {
            endpoints.insert(key, findings.tls.size());
            findings.tls.append(ToolFindings::Tls{});
            findings.tls.last().host = ip;
            findings.tls.last().port = port.toInt();
        }
        ToolFindings::Tls& tls = findings.tls[endpoints.value(key)];
        for (const auto& [check, protocol] : protocolIds()) {
            if (id == check && finding.startsWith(u"offered"))
                tls.protocols.append(protocol);
        }
        if (id.startsWith(u"cipher-") || id.startsWith(u"cipher_x")) {
            if (const auto cipher = cipherOf(finding))
                tls.ciphers.append(*cipher);
        } else if (id == u"FS_ECDHE_curves") {
            tls.groups.append(finding.split(u' ', Qt::SkipEmptyParts));
        } else if (id == u"cert_keySize") {
            // "RSA 1024 bits", "EC 256 bits (curve P-256)"
            const QStringList words = finding.split(u' ', Qt::SkipEmptyParts);
            tls.certificateKeyType = words.value(0);
            tls.certificateKeyBits = words.value(1).toInt();
        } else if (id == u"cert_signatureAlgorithm") {
            tls.certificateSignature = finding;
        } else if (vulnerabilityIds().contains(id) && severity != u"OK" && severity != u"INFO"
            && (finding.contains(u"VULNERABLE") || finding.startsWith(u"potentially"))) {
            tls.weaknesses.append(id + QStringLiteral(": ") + finding);
        }
    }
    if (json.failed())
        return json.problems();
    return findings;
}

} // namespace starmark
