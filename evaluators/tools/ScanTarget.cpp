#include "evaluators/tools/ScanTarget.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace starmark {
namespace {

const QString key = QStringLiteral("--target");

Problem badTarget(const QString& text, const Message& why)
{
    return Problem::unusable(QStringLiteral("tool.bad-target"), Message("ScanTarget", "'%1' is not a target: %2").arg(text).arg(why), {}, key);
}

// RFC 1123 names: letters, digits and inner hyphens, so no name can pass for an option.
bool isHostName(const QString& host)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    return std::all_of(labels.cbegin(), labels.cend(), [](const QString& l) { return label.match(l).hasMatch(); });
}

} // namespace

bool ScanTarget::isLoopback(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<ScanTarget> ScanTarget::ofHost(const QString& host, int port, bool allowRemote)
{
    const QString shown = port ? QStringLiteral("%1:%2").arg(host).arg(port) : host;
    const QHostAddress address(host);
    if (address.isNull() && !isHostName(host))
        return badTarget(shown, Message("ScanTarget", "the host is neither an IP address nor a host name"));
    if (port < 0 || port > 65535)
        return badTarget(shown, Message("ScanTarget", "the port is not between 1 and 65535"));
    if (!allowRemote && !isLoopback(host))
        return Problem::unusable(QStringLiteral("tool.remote-target"),
            Message("ScanTarget", "'%1' is not this machine's loopback address; a scan of another machine must be asked for explicitly")
                .arg(shown),
            {}, key);
    ScanTarget target;
    target.m_host = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ? QStringLiteral("127.0.0.1")
        : address.isNull()                                                               ? host
                                                                                         : address.toString();
    target.m_port = port;
    return target;
}

Result<ScanTarget> ScanTarget::parse(const QString& text, bool allowRemote)
{
    QString host = text;
    QString port;
    bool hasPort = false;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return badTarget(text, Message("ScanTarget", "an IPv6 address opened with '[' is not closed with ']'"));
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return badTarget(text, Message("ScanTarget", "only ':PORT' may follow the address"));
        port = rest.mid(1);
        hasPort = !rest.isEmpty();
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return badTarget(text, Message("ScanTarget", "the host is neither an IP address nor a host name"));
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        port = text.section(QLatin1Char(':'), 1);
        hasPort = true;
    }
    int number = 0;
    if (hasPort) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        number = digits.match(port).hasMatch() ? port.toInt() : -1;
        if (number < 1 || number > 65535)
            return badTarget(text, Message("ScanTarget", "the port is not between 1 and 65535"));
    }
    return ofHost(host, number, allowRemote);
}

QString ScanTarget::hostPort(int fallbackPort) const
{
    return (isIpv6() ? QStringLiteral("[%1]").arg(m_host) : m_host) + QLatin1Char(':') + QString::number(portOr(fallbackPort));
}

} // namespace starmark
