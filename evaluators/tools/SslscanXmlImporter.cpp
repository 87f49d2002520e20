#include "evaluators/tools/SslscanXmlImporter.h"

#include "evaluators/tools/StrictXmlReader.h"

namespace starmark {
namespace {

// sslscan writes <protocol type="tls" version="1.2">; the rules speak of TLSv1.2, as sslscan's ciphers do.
QString protocolName(const QString& type, const QString& version)
{
    if (type == u"ssl")
        return QStringLiteral("SSLv") + version;
    return QStringLiteral("TLSv") + version;
}

int curveKeyBits(const QString& curve)
{
    if (curve == u"prime256v1" || curve == u"secp256r1" || curve == u"brainpoolP256r1")
        return 256;
    if (curve == u"secp384r1" || curve == u"brainpoolP384r1")
        return 384;
    if (curve == u"secp521r1")
        return 521;
    return 0;
}

} // namespace

Result<ToolFindings> SslscanXmlImporter::read(QIODevice& device, const QString& file)
{
    StrictXmlReader xml(device, file);
    ToolFindings findings;
    findings.format = ToolFormat::SslscanXml;
    findings.run.tool = QStringLiteral("sslscan");
    std::optional<ToolFindings::Tls> test;
    while (xml.next()) {
        const QStringView name = xml.name();
        if (!xml.isStart()) {
            if (name == u"ssltest" && test) {
                findings.tls.append(std::move(*test));
                test.reset();
            }
            continue;
        }
        if (xml.depth() == 1) {
            if (!xml.isRoot(u"document", Message("SslscanXmlImporter", "the root element is <%1>, not sslscan's <document>")))
                break;
            findings.run.version = xml.attribute("version");
        } else if (name == u"ssltest") {
            test.emplace();
            test->host = xml.attribute("host");
            test->port = xml.attributeNumber("port");
        } else if (!test) {
            continue;
        } else if (name == u"protocol") {
            if (xml.attribute("enabled") == u"1")
                test->protocols.append(protocolName(xml.attribute("type"), xml.attribute("version")));
        } else if (name == u"cipher") {
            if (!xml.countFinding())
                break;
            test->ciphers.append({xml.attribute("sslversion"), xml.attribute("cipher"), xml.attributeNumber("bits")});
        } else if (name == u"group") {
            test->groups.append(xml.attribute("name"));
        } else if (name == u"heartbleed") {
            if (xml.attribute("vulnerable") == u"1")
                test->weaknesses.append(QStringLiteral("heartbleed ") + xml.attribute("sslversion"));
        } else if (name == u"renegotiation") {
            if (xml.attribute("supported") == u"1" && xml.attribute("secure") != u"1")
                test->weaknesses.append(QStringLiteral("insecure renegotiation"));
        } else if (name == u"compression") {
            if (xml.attribute("supported") == u"1")
                test->weaknesses.append(QStringLiteral("TLS compression (CRIME)"));
        } else if (name == u"signature-algorithm") {
            test->certificateSignature = xml.readText().trimmed();
        } else if (name == u"pk") {
            test->certificateKeyType = xml.attribute("type");
            test->certificateKeyBits = xml.attributeNumber("bits");
            // For EC keys sslscan gives the security strength (128 for P-256): the key size is the curve's.
            if (const int curveBits = curveKeyBits(xml.attribute("curve_name")); curveBits > 0)
                test->certificateKeyBits = curveBits;
        }
    }
    if (!xml.problems().isEmpty())
        return xml.problems();
    return findings;
}

} // namespace starmark
