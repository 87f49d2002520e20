#include "evaluators/tools/SshAuditJsonImporter.h"

#include "evaluators/tools/StrictJson.h"

namespace starmark {
namespace {

// kex and key are lists of {algorithm, keysize?}; enc and mac lists of names.
QStringList algorithms(StrictJson& json, const QJsonObject& root, QStringView key)
{
    QStringList names;
    const QJsonArray list = json.list(root, key, QStringLiteral("$"));
    for (qsizetype i = 0; i < list.size() && !json.failed(); ++i) {
        const QString path = QStringLiteral("$.%1[%2]").arg(key).arg(i);
        if (!json.countFinding(path))
            break;
        if (list[i].isString())
            names.append(json.entryText(list[i], path));
        else
            names.append(json.text(json.entry(list[i], path), u"algorithm", path));
    }
    return names;
}

} // namespace

Result<ToolFindings> SshAuditJsonImporter::read(const QJsonDocument& document, StrictJson& json)
{
    ToolFindings findings;
    findings.format = ToolFormat::SshAuditJson;
    findings.run.tool = QStringLiteral("ssh-audit");
    const QJsonObject root = document.object();
    ToolFindings::Ssh ssh;
    ssh.host = json.text(root, u"target", QStringLiteral("$"));
    // "127.0.0.1:2222" in later versions, the host alone in 2.5.
    if (const qsizetype colon = ssh.host.lastIndexOf(u':'); colon > 0 && ssh.host.count(u':') == 1) {
        ssh.port = ssh.host.sliced(colon + 1).toInt();
        ssh.host.truncate(colon);
    }
    ssh.banner = json.text(json.object(root, u"banner", QStringLiteral("$")), u"raw", QStringLiteral("$.banner"));
    ssh.keyExchange = algorithms(json, root, u"kex");
    ssh.hostKeys = algorithms(json, root, u"key");
    ssh.ciphers = algorithms(json, root, u"enc");
    ssh.macs = algorithms(json, root, u"mac");
    // {"critical": {"del": {"kex": [{"name": …}]}}, "warning": {…}} in 3.x.
    const QJsonObject recommendations = json.object(root, u"recommendations", QStringLiteral("$"));
    for (auto level = recommendations.begin(); level != recommendations.end() && !json.failed(); ++level) {
        const QString levelPath = QStringLiteral("$.recommendations.") + level.key();
        const QJsonObject actions = json.entry(level.value(), levelPath);
        for (auto action = actions.begin(); action != actions.end() && !json.failed(); ++action) {
            const QJsonObject kinds = json.entry(action.value(), levelPath + u'.' + action.key());
            for (auto kind = kinds.begin(); kind != kinds.end() && !json.failed(); ++kind) {
                const QString kindPath = levelPath + u'.' + action.key() + u'.' + kind.key();
                const QJsonArray names = kind.value().toArray();
                for (qsizetype i = 0; i < names.size() && !json.failed(); ++i) {
                    const QString path = kindPath + QStringLiteral("[%1]").arg(i);
                    const QString name = json.text(json.entry(names[i], path), u"name", path);
                    if (json.countFinding(path))
                        ssh.recommendations.append(action.key() + u' ' + kind.key() + u' ' + name);
                }
            }
        }
    }
    if (json.failed())
        return json.problems();
    findings.ssh.append(std::move(ssh));
    return findings;
}

} // namespace starmark
