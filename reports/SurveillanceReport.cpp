#include "reports/SurveillanceReport.h"

#include "criteria/CatalogJson.h"
#include "reports/PagedPdf.h"
#include "reports/PdfSigner.h"
#include "reports/ReportHtml.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace starmark {
namespace {

using ReportHtml::esc;
using ReportHtml::field;
using ReportHtml::row;
using ReportHtml::tableStart;
using ReportHtml::Words;

QString resultWord(const Words& w, SurveillanceFinding::Result result)
{
    switch (result) {
    case SurveillanceFinding::Result::Conforms:
        return w(Message("SurveillanceReport", "Conforms"));
    case SurveillanceFinding::Result::Nonconformity:
        return w(Message("SurveillanceReport", "Nonconformity"));
    case SurveillanceFinding::Result::Observation:
        return w(Message("SurveillanceReport", "Observation"));
    }
    return {};
}

QString conclusion(const Words& w, const SurveillanceReport::Product& p)
{
    if (!p.revocation.isEmpty())
        return QStringLiteral("<b>%1</b>: %2").arg(w(Message("SurveillanceReport", "Label revoked")), esc(p.revocation));
    if (p.findings.isEmpty())
        return w(Message("SurveillanceReport", "Not yet checked"));
    const auto nonconformities = std::count_if(p.findings.cbegin(), p.findings.cend(),
        [](const SurveillanceFinding& f) { return f.result == SurveillanceFinding::Result::Nonconformity; });
    if (nonconformities)
        return QStringLiteral("<b>%1</b>").arg(w(Message("SurveillanceReport", "%1 nonconformity finding(s)")).arg(nonconformities));
    return w(Message("SurveillanceReport", "No nonconformity"));
}

} // namespace

QJsonObject SurveillanceReport::toJson(const Input& input)
{
    QJsonArray products;
    for (const Product& p : input.products) {
        QJsonArray findings;
        for (const SurveillanceFinding& f : p.findings) {
            findings.append(QJsonObject{{QStringLiteral("requirement"), f.requirement},
                {QStringLiteral("result"), termName<SurveillanceFinding::Result>(findingResults, f.result)},
                {QStringLiteral("note"), f.note}, {QStringLiteral("recorded_by"), f.recordedBy},
                {QStringLiteral("recorded_at"), f.recordedAt.toUTC().toString(Qt::ISODate)}});
        }
        QJsonObject product{{QStringLiteral("registration"), p.registration},
            {QStringLiteral("manufacturer"), CatalogJson::toJson(p.manufacturer)}, {QStringLiteral("name"), CatalogJson::toJson(p.name)},
            {QStringLiteral("model"), p.model}, {QStringLiteral("firmware"), p.firmware}, {QStringLiteral("level"), p.level},
            {QStringLiteral("findings"), findings}};
        if (!p.revocation.isEmpty())
            product.insert(QStringLiteral("revoked"), p.revocation);
        products.append(product);
    }
    return {{QStringLiteral("format"), QStringLiteral("starmark-surveillance-report")}, {QStringLiteral("version"), 1},
        {QStringLiteral("issued"), input.issued.toUTC().toString(Qt::ISODate)}, {QStringLiteral("plan"), input.plan},
        {QStringLiteral("products"), products}};
}

QString SurveillanceReport::html(const Input& input, const QByteArray& attachmentSha)
{
    const Words w{input.language};
    const QJsonObject& plan = input.plan;
    QString html = QStringLiteral("<html><body style=\"font-size:9pt\">");
    html += QStringLiteral("<h1 style=\"font-size:18pt\">%1</h1>").arg(w(Message("SurveillanceReport", "Surveillance Report")));
    html += QStringLiteral("<p>%1: %2　%3: %4</p>")
                .arg(w(Message("SurveillanceReport", "Issued")), input.issued.date().toString(Qt::ISODate), w(Message("SurveillanceReport", "Certification body")),
                    esc(input.signatory));

    html += QStringLiteral("<h2 style=\"font-size:12pt\">1. %1</h2>").arg(w(Message("SurveillanceReport", "Sampling plan")));
    html += QString::fromLatin1(tableStart);
    html += field(w(Message("SurveillanceReport", "Method")),
        w(Message("SurveillanceReport", "Risk-weighted random sampling (Efraimidis–Spirakis). Anyone holding the same registry state and seed redraws the same " "sample.")));
    html += field(w(Message("SurveillanceReport", "Seed")), esc(plan.value(QStringLiteral("seed")).toString()));
    html += field(w(Message("SurveillanceReport", "As of")), esc(plan.value(QStringLiteral("as_of")).toString()));
    html += field(w(Message("SurveillanceReport", "Population")),
        w(Message("SurveillanceReport", "%1 products with a valid label")).arg(plan.value(QStringLiteral("population_size")).toInt())
            + QStringLiteral("<br/><span style=\"font-size:7pt\">SHA-256 %1</span>")
                  .arg(esc(plan.value(QStringLiteral("population_digest")).toString())));
    html += field(w(Message("SurveillanceReport", "Sample")), w(Message("SurveillanceReport", "%1 products")).arg(input.products.size()));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2 style=\"font-size:12pt\">2. %1</h2>").arg(w(Message("SurveillanceReport", "Products sampled and conclusions")));
    html += QString::fromLatin1(tableStart);
    html += QStringLiteral("<thead>")
        + row(
            {w(Message("SurveillanceReport", "Registration")), w(Message("SurveillanceReport", "Product")), w(Message("SurveillanceReport", "Level")), w(Message("SurveillanceReport", "Weight")), w(Message("SurveillanceReport", "Conclusion"))},
            QStringLiteral("background:#dde5f0; font-weight:bold"), {16, 30, 8, 24, 22})
        + QStringLiteral("</thead>");
    for (const Product& p : input.products) {
        QStringList reasons;
        for (const LocalizedText& r : p.reasons)
            reasons
                << esc(r.in(input.language)).replace(QStringLiteral(" ×"), QStringLiteral("&nbsp;×")); // the factor stays with its reason
        html += row({QStringLiteral("<b>%1</b>").arg(esc(p.registration)),
                        QStringLiteral("%1 %2<br/>%3　%4 %5")
                            .arg(esc(p.manufacturer.in(input.language)), esc(p.name.in(input.language)), esc(p.model),
                                w(Message("SurveillanceReport", "firmware")), esc(p.firmware)),
                        QStringLiteral("★%1").arg(p.level),
                        QStringLiteral("%1<br/><span style=\"font-size:7pt\">%2</span>")
                            .arg(QString::number(p.weight, 'g', 4), reasons.join(QStringLiteral("<br/>"))),
                        conclusion(w, p)},
            QStringLiteral("font-size:8pt"));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2 style=\"font-size:12pt\">3. %1</h2>").arg(w(Message("SurveillanceReport", "Findings per requirement")));
    html += QString::fromLatin1(tableStart);
    html += QStringLiteral("<thead>")
        + row({w(Message("SurveillanceReport", "Registration")), w(Message("SurveillanceReport", "Requirement")), w(Message("SurveillanceReport", "Result")), w(Message("SurveillanceReport", "Note")), w(Message("SurveillanceReport", "Recorded"))},
            QStringLiteral("background:#dde5f0; font-weight:bold"), {15, 14, 17, 34, 20})
        + QStringLiteral("</thead>");
    bool any = false;
    for (const Product& p : input.products) {
        for (const SurveillanceFinding& f : p.findings) {
            any = true;
            html += row({esc(p.registration), esc(f.requirement), QStringLiteral("<b>%1</b>").arg(resultWord(w, f.result)), esc(f.note),
                            QStringLiteral("%1<br/>%2").arg(esc(f.recordedBy), f.recordedAt.toUTC().toString(Qt::ISODate))},
                QStringLiteral("font-size:8pt"));
        }
    }
    if (!any)
        html += QStringLiteral("<tr><td colspan=\"5\">%1</td></tr>").arg(w(Message("SurveillanceReport", "No finding recorded yet.")));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p style=\"font-size:8pt\">")
        + w(Message("SurveillanceReport", "Surveillance checks a sample. It does not show that products outside the sample conform, nor that the products sampled " "have no vulnerabilities."))
        + QStringLiteral("</p>");
    html += QStringLiteral("<p style=\"font-size:7.5pt; color:#444\">%1: %2 (SHA-256 %3)</p>")
                .arg(w(Message("SurveillanceReport", "Attached file")), QString::fromLatin1(attachmentName), QString::fromLatin1(attachmentSha));
    return html + QStringLiteral("</body></html>");
}

std::optional<QByteArray> SurveillanceReport::make(
    const Input& input, const SigningIdentity& identity, QString* error, const PdfSigner::Timestamper& timestamp)
{
    const QByteArray json = QJsonDocument(toJson(input)).toJson(QJsonDocument::Indented);
    const Words w{input.language};
    const QString title = w(Message("SurveillanceReport", "Surveillance Report"));
    const QString header = QStringLiteral("StarMark ｜ %1 ｜ %2 %3 ｜ %4")
                               .arg(title, w(Message("SurveillanceReport", "as of")), input.plan.value(QStringLiteral("as_of")).toString(),
                                   w(Message("SurveillanceReport", "seed %1")).arg(input.plan.value(QStringLiteral("seed")).toString()));
    const QByteArray pdf = PagedPdf::print(html(input, QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()),
        QStringLiteral("%1 — %2").arg(title, input.issued.date().toString(Qt::ISODate)), header);
    PdfSigner::Request request;
    request.attachments = {{QString::fromLatin1(attachmentName), json}};
    request.reason = QStringLiteral("サーベイランス報告書 / Surveillance report");
    request.signingTime = input.issued;
    return PdfSigner::sign(pdf, request, identity, error, timestamp);
}

} // namespace starmark
