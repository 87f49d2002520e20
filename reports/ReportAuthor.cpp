#include "reports/ReportAuthor.h"

#include <QJsonObject>

namespace starmark {
namespace {

// A lab signs its report only after a reviewer other than the evaluator has signed the evaluation off.
QStringList signOffProblems(const QJsonObject& assessment)
{
    const QString reviewer
        = assessment.value(QStringLiteral("sign_off")).toObject().value(QStringLiteral("reviewer")).toString().simplified();
    if (reviewer.isEmpty())
        return {QStringLiteral("the lab evaluation carries no reviewer sign-off in its signed record: a lab signs its report only after "
                               "the reviewer has signed the evaluation off (starmark assess sign-off)")};
    if (reviewer == assessment.value(QStringLiteral("evaluator")).toObject().value(QStringLiteral("name")).toString().simplified())
        return {
            QStringLiteral("the reviewer who signed the evaluation off, %1, is its evaluator: the sign-off is not a review").arg(reviewer)};
    return {};
}

} // namespace

std::optional<ReportAuthor> ReportAuthor::expected(const ReportVerifier::Result& r, QString* problem)
{
    if (!r.surveillance.isEmpty())
        return ReportAuthor{SignerRole::Role::CertificationBody, {}, QStringLiteral("a surveillance report")};
    const QJsonObject& a = r.assessment;
    const int level = a.value(QStringLiteral("level")).toInt();
    const QString mode = a.value(QStringLiteral("mode")).toString();
    if (mode == QLatin1String("lab")) {
        const QString lab = a.value(QStringLiteral("evaluator")).toObject().value(QStringLiteral("organisation")).toString().simplified();
        if (!lab.isEmpty())
            return ReportAuthor{SignerRole::Role::Lab, {lab}, QStringLiteral("a ★%1 lab evaluation").arg(level)};
        *problem = QStringLiteral("the lab evaluation names no lab (evaluator.organisation): nobody can be its author");
        return std::nullopt;
    }
    if (mode != QLatin1String("self")) {
        *problem = QStringLiteral("the signed record says neither mode self nor mode lab: it is no report StarMark made");
        return std::nullopt;
    }
    if (level >= 3) {
        *problem = QStringLiteral("a ★%1 claim is evaluated by an independent lab; a self-declaration cannot make it").arg(level);
        return std::nullopt;
    }
    const QJsonObject manufacturer = a.value(QStringLiteral("product")).toObject().value(QStringLiteral("manufacturer")).toObject();
    QStringList names;
    for (const QJsonValue& v : manufacturer) {
        const QString name = v.toString().simplified();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    if (names.isEmpty()) {
        *problem = QStringLiteral("the self-declaration names no manufacturer: nobody can be its author");
        return std::nullopt;
    }
    return ReportAuthor{SignerRole::Role::Manufacturer, names, QStringLiteral("a ★%1 self-declaration").arg(level)};
}

QStringList ReportAuthor::problems(const ReportVerifier::Result& r)
{
    if (r.signatures.isEmpty())
        return {};
    QString problem;
    const std::optional<ReportAuthor> author = expected(r, &problem);
    if (!author)
        return {problem};
    const ReportVerifier::Signature& s = r.signatures.first();
    QStringList out;
    if (!s.roles.contains(author->role)) {
        QStringList held;
        for (const SignerRole::Role role : s.roles)
            held << SignerRole::name(role);
        out << QStringLiteral("%1 must be signed in the %2 role; its signer %3 (%4)")
                   .arg(author->kind, SignerRole::name(author->role),
                       held.isEmpty() ? QStringLiteral("holds no StarMark role")
                                      : QStringLiteral("signs in the %1 role").arg(held.join(QStringLiteral(", "))),
                       s.roleBasis);
    }
    if (!author->organisations.isEmpty() && !author->organisations.contains(s.organisation)) {
        out << QStringLiteral("%1 names %2 as its %3, but it is signed by the organisation '%4'")
                   .arg(author->kind, author->organisations.join(QStringLiteral(" / ")), SignerRole::name(author->role),
                       s.organisation.isEmpty() ? QStringLiteral("(none named in the certificate)") : s.organisation);
    }
    if (author->role == SignerRole::Role::Lab)
        out << signOffProblems(r.assessment);
    return out;
}

} // namespace starmark
