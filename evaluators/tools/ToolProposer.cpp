#include "evaluators/tools/ToolProposer.h"

#include "evaluators/Product.h"

namespace starmark {
namespace {

// Protocol versions in order; an unknown name ranks below every known one, so it is never taken for a safe one.
int rankOf(const QString& protocol)
{
    static const QStringList order{QStringLiteral("SSLv2"), QStringLiteral("SSLv3"), QStringLiteral("TLSv1.0"), QStringLiteral("TLSv1.1"),
        QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
    return int(order.indexOf(protocol));
}

QString endpoint(const QString& host, int port)
{
    return host + u':' + QString::number(port);
}

// At most five names and how many there are (`total`, when more than the names given), so that a finding stays one line.
QString someOf(const QStringList& names, qsizetype total = -1)
{
    total = std::max(total, names.size());
    QStringList shown = names.mid(0, 5);
    if (total > 5)
        shown.append(QStringLiteral("… (%1)").arg(total));
    return shown.join(QStringLiteral(", "));
}

struct Proposals {
    const ToolRules& rules;
    const ToolProposer::Context& context;
    QList<ToolProposal> list;

    void add(const ToolRules::Rule& rule, Verdict verdict, Message finding)
    {
        list.append({rule.requirement, verdict, rule.id, rules.version, rules.digest, context.tool, context.toolVersion, context.evidence,
            std::move(finding)});
    }
};

void minimumProtocol(const ToolFindings& findings, const ToolRules::Rule& rule, Proposals& out)
{
    for (const ToolFindings::Tls& tls : findings.tls) {
        QStringList below;
        for (const QString& protocol : tls.protocols) {
            if (rankOf(protocol) < rankOf(rule.minimum))
                below.append(protocol);
        }
        if (!below.isEmpty())
            out.add(rule, Verdict::Fail,
                Message("ToolProposer", "%1 offers %2, below %3")
                    .arg(Message::plain(endpoint(tls.host, tls.port)))
                    .arg(Message::plain(below.join(QStringLiteral(", "))))
                    .arg(Message::plain(rule.minimum)));
        else if (!tls.protocols.isEmpty())
            out.add(rule, Verdict::Pass,
                Message("ToolProposer", "%1 offers only %2")
                    .arg(Message::plain(endpoint(tls.host, tls.port)))
                    .arg(Message::plain(tls.protocols.join(QStringLiteral(", ")))));
    }
}

void allowedSuites(const ToolFindings& findings, const ToolRules::Rule& rule, Proposals& out)
{
    for (const ToolFindings::Tls& tls : findings.tls) {
        QStringList outside;
        for (const ToolFindings::Cipher& cipher : tls.ciphers) {
            const QString named = cipher.protocol.isEmpty() ? cipher.name : cipher.protocol + u' ' + cipher.name;
            if (!rule.allowed.contains(cipher.name) && !outside.contains(named))
                outside.append(named);
        }
        if (!outside.isEmpty())
            out.add(rule, Verdict::Fail,
                Message("ToolProposer", "%1 accepts suites outside the allowed list: %2")
                    .arg(Message::plain(endpoint(tls.host, tls.port)))
                    .arg(Message::plain(someOf(outside))));
        else if (!tls.ciphers.isEmpty())
            out.add(rule, Verdict::Pass,
                Message("ToolProposer", "%1 accepts only suites of the allowed list (suites: %2)")
                    .arg(Message::plain(endpoint(tls.host, tls.port)))
                    .arg(qint64(tls.ciphers.size())));
    }
}

void neededInterfaces(const ToolFindings& findings, const ToolRules::Rule& rule, const QStringList& needed, Proposals& out)
{
    QStringList allowed;
    for (const QString& interface : needed)
        allowed.append(Product::interfaceKey(interface));
    // The first unlisted ports in the file's order, and how many: each number keeps its first
    // hosts, enough to name the first five of all of them.
    static_assert(ToolFindings::OpenPort::hostsKept >= 5);
    QList<std::pair<qint64, QString>> unlisted; // order, "host tcp/23 telnet"
    qint64 unlistedCount = 0;
    qint64 open = 0;
    for (const ToolFindings::OpenPort& number : findings.openPorts) {
        open += number.hosts;
        const QString key = number.protocol + u'/' + QString::number(number.port);
        if (allowed.contains(key))
            continue;
        unlistedCount += number.hosts;
        for (const ToolFindings::Port& port : number.first)
            unlisted.append({port.order, port.host + u' ' + key + u' ' + (port.service.isEmpty() ? QStringLiteral("?") : port.service)});
    }
    std::sort(unlisted.begin(), unlisted.end());
    QStringList named;
    for (qsizetype i = 0; i < std::min<qsizetype>(5, unlisted.size()); ++i)
        named.append(unlisted[i].second);
    // No list is not "anything goes": a product that declares no needed interface needs none open.
    if (unlistedCount > 0 && needed.isEmpty())
        out.add(rule, Verdict::Fail,
            Message("ToolProposer", "open, and the product lists no needed interface: %1").arg(Message::plain(someOf(named, unlistedCount))));
    else if (unlistedCount > 0)
        out.add(rule, Verdict::Fail,
            Message("ToolProposer", "open but not a needed interface: %1").arg(Message::plain(someOf(named, unlistedCount))));
    else if (open > 0)
        out.add(rule, Verdict::Pass, Message("ToolProposer", "every open port is a needed interface (open ports: %1)").arg(qint64(open)));
}

void sbomComplete(const ToolFindings& findings, const ToolRules::Rule& rule, Proposals& out)
{
    if (findings.components.isEmpty())
        return;
    for (const ToolFindings::Component& component : findings.components) {
        if (component.name.isEmpty() || component.version.isEmpty() || component.supplier.isEmpty() || component.hashes.isEmpty())
            return;
    }
    out.add(rule, Verdict::Pass,
        Message("ToolProposer", "every component has its version, supplier and hash (components: %1)").arg(qint64(findings.components.size())));
}

void noKnownExploited(const ToolFindings& findings, const ToolRules::Rule& rule, Proposals& out)
{
    QStringList exploited;
    for (const ToolFindings::Vulnerability& v : findings.vulnerabilities) {
        if (v.knownExploited)
            exploited.append(QStringLiteral("%1 %2: %3").arg(v.component, v.version, (QStringList{v.id} + v.aliases).join(QStringLiteral(" / "))));
    }
    if (!exploited.isEmpty())
        out.add(rule, Verdict::Fail,
            Message("ToolProposer", "known to be exploited: %1").arg(Message::plain(someOf(exploited))));
}

} // namespace

QList<ToolProposal> ToolProposer::propose(const ToolFindings& findings, const ToolRules& rules, const Context& context)
{
    Proposals out{rules, context, {}};
    for (const ToolRules::Rule* rule : rules.rulesFor(findings.format)) {
        switch (rule->check) {
        case ToolRules::Check::TlsMinimumProtocol:
            minimumProtocol(findings, *rule, out);
            break;
        case ToolRules::Check::TlsAllowedSuites:
            allowedSuites(findings, *rule, out);
            break;
        case ToolRules::Check::NeededInterfaces:
            neededInterfaces(findings, *rule, context.neededInterfaces, out);
            break;
        case ToolRules::Check::SbomComplete:
            sbomComplete(findings, *rule, out);
            break;
        case ToolRules::Check::NoKnownExploited:
            noKnownExploited(findings, *rule, out);
            break;
        }
    }
    return out.list;
}

} // namespace starmark
