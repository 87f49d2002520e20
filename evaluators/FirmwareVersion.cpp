#include "evaluators/FirmwareVersion.h"

#include <QRegularExpression>

namespace starmark {
namespace {

// Digits or letters, and which.
struct Run {
    QStringView text;
    bool digits;
};

QList<Run> runsOf(QStringView field)
{
    QList<Run> runs;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= field.size(); ++i) {
        if (i == field.size() || field[i].isDigit() != field[start].isDigit()) {
            runs.append({field.mid(start, i - start), field[start].isDigit()});
            start = i;
        }
    }
    return runs;
}

// Numbers of any length, without converting them (no overflow): fewer significant digits is smaller.
std::weak_ordering compareNumbers(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == QLatin1Char('0'))
        a = a.mid(1);
    while (b.size() > 1 && b.front() == QLatin1Char('0'))
        b = b.mid(1);
    if (a.size() != b.size())
        return a.size() <=> b.size();
    return a.compare(b) <=> 0;
}

std::weak_ordering compareFields(QStringView a, QStringView b)
{
    const QList<Run> x = runsOf(a);
    const QList<Run> y = runsOf(b);
    for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i) {
        if (x[i].digits != y[i].digits)
            return x[i].digits ? std::weak_ordering::less : std::weak_ordering::greater;
        const std::weak_ordering o
            = x[i].digits ? compareNumbers(x[i].text, y[i].text) : (x[i].text.compare(y[i].text, Qt::CaseInsensitive) <=> 0);
        if (o != 0)
            return o;
    }
    return x.size() <=> y.size();
}

} // namespace

std::optional<FirmwareVersion> FirmwareVersion::parse(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^[vV]?([0-9A-Za-z]+(?:[._][0-9A-Za-z]+)*)"
                                                        "(?:-([0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*))?(?:\\+[0-9A-Za-z.-]+)?$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch() || !m.captured(1).contains(QRegularExpression(QStringLiteral("[0-9]"))))
        return std::nullopt;
    FirmwareVersion v;
    v.m_text = text;
    v.m_core = m.captured(1).split(QRegularExpression(QStringLiteral("[._]")));
    if (m.hasCaptured(2))
        v.m_preRelease = m.captured(2).split(QRegularExpression(QStringLiteral("[.-]")));
    return v;
}

std::optional<std::weak_ordering> FirmwareVersion::compare(const QString& a, const QString& b)
{
    const std::optional<FirmwareVersion> x = parse(a);
    const std::optional<FirmwareVersion> y = parse(b);
    if (!x || !y)
        return std::nullopt;
    return *x <=> *y;
}

std::weak_ordering FirmwareVersion::operator<=>(const FirmwareVersion& other) const
{
    static const QString zero = QStringLiteral("0");
    for (qsizetype i = 0; i < std::max(m_core.size(), other.m_core.size()); ++i) {
        const std::weak_ordering o = compareFields(m_core.value(i, zero), other.m_core.value(i, zero));
        if (o != 0)
            return o;
    }
    if (m_preRelease.isEmpty() != other.m_preRelease.isEmpty())
        return m_preRelease.isEmpty() ? std::weak_ordering::greater : std::weak_ordering::less;
    for (qsizetype i = 0; i < std::min(m_preRelease.size(), other.m_preRelease.size()); ++i) {
        const std::weak_ordering o = compareFields(m_preRelease[i], other.m_preRelease[i]);
        if (o != 0)
            return o;
    }
    return m_preRelease.size() <=> other.m_preRelease.size();
}

} // namespace starmark
