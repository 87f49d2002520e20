#include "reports/ReportAuthor.h"

namespace starmark {
namespace {

Problem invalid(const char* code, const Message& message)
{
    return Problem::invalid(QString::fromLatin1(code), message);
}

// A lab signs its report only after a reviewer other than the evaluator has signed the evaluation off.
Problems signOffProblems(const Assessment& a)
{
    const QString reviewer = a.signOff ? a.signOff->reviewer.simplified() : QString();
    if (reviewer.isEmpty())
        return {invalid("report.no-sign-off",
            Message("ReportAuthor", "the lab evaluation carries no reviewer sign-off in its signed record: a lab signs its report only "
                                    "after the reviewer has signed the evaluation off"))};
    if (reviewer == a.evaluator.name.simplified())
        return {invalid("report.reviewer-is-evaluator",
            Message("ReportAuthor", "the reviewer who signed the evaluation off, %1, is its evaluator: the sign-off is not a review")
                .arg(reviewer))};
    return {};
}

Message roleList(const QList<SignerRole::Role>& roles)
{
    Message list;
    for (const SignerRole::Role role : roles)
        list = list.isEmpty() ? SignerRole::name(role) : Message("ReportAuthor", "%1, %2").arg(list).arg(SignerRole::name(role));
    return list;
}

} // namespace

Result<ReportAuthor> ReportAuthor::expected(const ReportContent& c)
{
    if (c.kind == ReportContent::Kind::Surveillance)
        return ReportAuthor{SignerRole::Role::CertificationBody, {}, c.kindName()};
    const Assessment& a = c.assessment;
    if (a.mode == Assessment::Mode::Lab) {
        const QString lab = a.evaluator.organisation.simplified();
        if (lab.isEmpty())
            return invalid("report.no-lab-named",
                Message("ReportAuthor", "the lab evaluation names no lab (evaluator.organisation): nobody can be its author"));
        return ReportAuthor{SignerRole::Role::Lab, {lab}, c.kindName()};
    }
    if (a.level >= 3)
        return invalid("report.self-declared-lab-level",
            Message("ReportAuthor", "a ★%1 claim is evaluated by an independent lab; a self-declaration cannot make it").arg(a.level));
    QStringList names;
    for (const QString& name : {a.product.manufacturer.en.simplified(), a.product.manufacturer.ja.simplified()}) {
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    if (names.isEmpty())
        return invalid(
            "report.no-manufacturer-named", Message("ReportAuthor", "the self-declaration names no manufacturer: nobody can be its author"));
    return ReportAuthor{SignerRole::Role::Manufacturer, names, c.kindName()};
}

Problems ReportAuthor::problems(const ReportVerifier::Result& r)
{
    if (r.signatures.isEmpty() || !r.content)
        return {};
    const Result<ReportAuthor> author = expected(*r.content);
    if (!author)
        return author.problems();
    const ReportVerifier::Signature& s = r.signatures.first();
    Problems out;
    if (!s.roles.contains(author->role)) {
        out << invalid("report.author-role",
            s.roles.isEmpty()
                ? Message("ReportAuthor", "%1 must be signed in the %2 role; its signer holds no StarMark role (%3)")
                      .arg(author->kind)
                      .arg(SignerRole::name(author->role))
                      .arg(s.roleBasis)
                : Message("ReportAuthor", "%1 must be signed in the %2 role; its signer signs in the %3 role (%4)")
                      .arg(author->kind)
                      .arg(SignerRole::name(author->role))
                      .arg(roleList(s.roles))
                      .arg(s.roleBasis));
    }
    if (!author->organisations.isEmpty() && !author->organisations.contains(s.organisation)) {
        out << invalid("report.author-organisation",
            s.organisation.isEmpty()
                ? Message("ReportAuthor", "%1 names %2 as its %3, but its signer's certificate names no organisation")
                      .arg(author->kind)
                      .arg(author->organisations.join(QStringLiteral(" / ")))
                      .arg(SignerRole::name(author->role))
                : Message("ReportAuthor", "%1 names %2 as its %3, but it is signed by the organisation '%4'")
                      .arg(author->kind)
                      .arg(author->organisations.join(QStringLiteral(" / ")))
                      .arg(SignerRole::name(author->role))
                      .arg(s.organisation));
    }
    if (author->role == SignerRole::Role::Lab)
        out << signOffProblems(r.content->assessment);
    return out;
}

} // namespace starmark
