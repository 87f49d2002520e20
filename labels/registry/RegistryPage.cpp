#include "labels/registry/RegistryPage.h"

#include "labels/IssuerKey.h"
#include "labels/RegistryPageTexts.h"
#include "labels/registry/RegisteredProduct.h"
#include "labels/registry/RevisionPolicy.h"
#include "labels/registry/RevocationList.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace starmark {
namespace {

Result<QByteArray> readFile(const QDir& folder, const char* name)
{
    QFile file(folder.filePath(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        return Problem::unusable(QStringLiteral("registry.page-unreadable"),
            Message("RegistryPage", "a file of the registry page cannot be read (%1)").arg(Message::plain(file.errorString())),
            SourceLocation{file.fileName()});
    return file.readAll();
}

QString date(const QDate& d, Language language)
{
    return language == Language::Japanese ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day())
                                          : QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, QStringLiteral("d MMMM yyyy"));
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// What a change a member of staff accepted replaced, as the page shows it; empty when not recorded (before schema 4).
QString replaced(const QString& change, const RegisteredRevision& before, Language language)
{
    using Change = RevisionOverride::Change;
    if (change == RevisionOverride::name(Change::Downgrade))
        return before.firmware;
    if (change == RevisionOverride::name(Change::SupportEnd))
        return before.supportUntil.isValid() ? date(before.supportUntil, language) : QString();
    return before.vulnerabilityContact;
}

} // namespace

Result<RegistryPage> RegistryPage::load(const QString& folder)
{
    const QDir dir(folder);
    Result<QByteArray> page = readFile(dir, "page.html");
    Result<QByteArray> script = readFile(dir, "registry.js");
    Result<QByteArray> style = readFile(dir, "registry.css");
    Problems unread;
    for (const Result<QByteArray>* file : {&page, &script, &style})
        unread += file->problems();
    if (!unread.isEmpty())
        return unread;
    RegistryPage p;
    p.m_template = QString::fromUtf8(*page);
    p.m_script = *script;
    p.m_style = *style;
    return p;
}

QString RegistryPage::text(const QString& key, Language language) const
{
    return RegistryPageTexts::text(key, language);
}

QByteArray RegistryPage::render(
    const RegisteredProduct& p, Language language, const QDate& today, const IssuerKey& key, const RevocationList* revocations) const
{
    const RegisteredProduct::Status status = p.status(today);
    const RegisteredRevision& current = p.current();
    const auto notice = [&](const QString& text, bool bad) {
        return QStringLiteral("<p class=\"notice%1\" id=\"notice-%2\">%3</p>\n")
            .arg(bad ? QStringLiteral(" bad") : QString(), bad ? QStringLiteral("label") : QStringLiteral("support"), escaped(text));
    };
    QString detail;
    if (p.revokedAt)
        detail
            += notice(text(QStringLiteral("revoked_notice"), language).arg(date(p.revokedAt->date(), language), p.revocationReason), true);
    else if (today > current.validUntil)
        detail += notice(text(QStringLiteral("expired_notice"), language).arg(date(current.validUntil, language)), true);
    // Support and validity are different things: the end of updates is said whatever the label's state.
    if (today > p.supportUntil)
        detail += notice(text(QStringLiteral("support_ended_notice"), language).arg(date(p.supportUntil, language)), false);

    QString history;
    for (qsizetype i = p.revisions.size() - 1; i >= 0; --i) {
        const RegisteredRevision& r = p.revisions[i];
        // A revision a member of staff let through against the rules says so, with who, what (and from what) and why.
        QString note;
        if (!r.overrides.isEmpty() && i > 0) {
            const RegisteredRevision& before = p.revisions[i - 1];
            QStringList accepted;
            for (const QString& change : r.overrides) {
                const QString from = replaced(change, before, language);
                accepted << (from.isEmpty()
                        ? text(QStringLiteral("override.") + change, language)
                        : text(QStringLiteral("override_from"), language).arg(text(QStringLiteral("override.") + change, language), from));
            }
            note = QStringLiteral("<span class=\"override\">%1</span>")
                       .arg(escaped(
                           text(QStringLiteral("override_note"), language)
                               .arg(r.overrideBy, accepted.join(text(QStringLiteral("list_separator"), language)), r.overrideReason)));
        }
        // A family grows by revisions only: the history says which revision added which model.
        if (!r.addedModels.isEmpty())
            note = QStringLiteral("<span class=\"models-added\">%1</span>")
                       .arg(escaped(text(QStringLiteral("models_added"), language)
                                        .arg(r.addedModels.join(text(QStringLiteral("list_separator"), language)))))
                + note;
        history += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                       .arg(escaped(r.firmware), date(r.evaluated, language), date(r.validUntil, language), note);
    }

    // Only addresses a browser may safely follow become links; anything else is shown as text.
    const QString contact
        = p.vulnerabilityContact.startsWith(QLatin1String("https://")) || p.vulnerabilityContact.startsWith(QLatin1String("mailto:"))
        ? QStringLiteral("<a href=\"%1\" rel=\"noopener noreferrer\">%1</a>").arg(escaped(p.vulnerabilityContact))
        : escaped(p.vulnerabilityContact);
    QString models;
    for (const QString& model : p.models())
        models += QStringLiteral("<li>%1</li>").arg(escaped(model));
    QByteArray spki = key.publicPem();
    spki.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").replace("\n", "");

    const QHash<QString, QString> values{
        {QStringLiteral("lang"), language == Language::English ? QStringLiteral("en") : QStringLiteral("ja")},
        {QStringLiteral("other_lang"), language == Language::English ? QStringLiteral("ja") : QStringLiteral("en")},
        {QStringLiteral("registration"), escaped(p.registration)},
        {QStringLiteral("level"), QString::number(p.level)},
        {QStringLiteral("stars"), QString(p.level, QChar(0x2605)) + QString(4 - p.level, QChar(0x2606))},
        {QStringLiteral("name"), escaped(p.name.in(language))},
        {QStringLiteral("manufacturer"), escaped(p.manufacturer.in(language))},
        {QStringLiteral("status"), RegisteredProduct::statusName(status)},
        {QStringLiteral("status_text"), escaped(text(QStringLiteral("status.") + RegisteredProduct::statusName(status), language))},
        {QStringLiteral("status_detail"), detail},
        {QStringLiteral("issuer_key"), QString::fromLatin1(spki)},
        {QStringLiteral("issuer_key_id"), QString::fromLatin1(key.id().toHex())},
        {QStringLiteral("model"), escaped(p.model)},
        {QStringLiteral("models"), models},
        {QStringLiteral("category"), escaped(text(QStringLiteral("category.") + p.category, language))},
        {QStringLiteral("firmware"), escaped(current.firmware)},
        {QStringLiteral("evaluated"), date(current.evaluated, language)},
        {QStringLiteral("support_until"), date(p.supportUntil, language)},
        {QStringLiteral("valid_until"), date(current.validUntil, language)},
        {QStringLiteral("contact"), contact},
        {QStringLiteral("registered"), date(p.registeredAt.date(), language)},
        {QStringLiteral("history"), history},
        {QStringLiteral("revocations_freshness"),
            revocations ? escaped(text(QStringLiteral("revocations_freshness"), language)
                                      .arg(revocations->thisUpdate().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                                          revocations->nextUpdate().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))))
                        : QString()},
    };
    QString html;
    html.reserve(m_template.size() + 4096);
    qsizetype at = 0;
    while (true) {
        const qsizetype open = m_template.indexOf(QLatin1String("{{"), at);
        const qsizetype close = open < 0 ? -1 : m_template.indexOf(QLatin1String("}}"), open);
        if (close < 0) {
            html += QStringView(m_template).mid(at);
            break;
        }
        html += QStringView(m_template).mid(at, open - at);
        const QString name = m_template.mid(open + 2, close - open - 2);
        html += name.startsWith(QLatin1String("t.")) ? escaped(text(name.mid(2), language)) : values.value(name);
        at = close + 2;
    }
    return html.toUtf8();
}

} // namespace starmark
