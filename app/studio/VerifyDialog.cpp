#include "VerifyDialog.h"

#include "Studio.h"

#include "labels/LabelIssuer.h"
#include "labels/LabelVerifier.h"
#include "labels/QrImageReader.h"
#include "reports/ReportVerifier.h"
#include "reports/TrustAnchors.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace starmark::studio {

VerifyDialog::VerifyDialog(const Studio& studio, QWidget* parent)
    : QDialog(parent)
    , m_studio(studio)
    , m_inputLabel(new QLabel)
    , m_input(new QLineEdit)
    , m_browseInput(new QPushButton(QStringLiteral("…")))
    , m_trustLabel(new QLabel)
    , m_trust(new QLineEdit)
    , m_browseTrust(new QPushButton(QStringLiteral("…")))
    , m_verify(new QPushButton)
    , m_verdict(new QLabel)
    , m_details(new QTextBrowser)
{
    setObjectName(QStringLiteral("verifyDialog"));
    m_input->setObjectName(QStringLiteral("input"));
    m_trust->setObjectName(QStringLiteral("trust"));
    m_verify->setObjectName(QStringLiteral("verify"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_details->setObjectName(QStringLiteral("details"));
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_browseInput);
    auto* trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trust, 1);
    trustRow->addWidget(m_browseTrust);
    form->addRow(m_inputLabel, inputRow);
    form->addRow(m_trustLabel, trustRow);
    m_inputLabel->setBuddy(m_input);
    m_trustLabel->setBuddy(m_trust);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_verify, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_verify, &QPushButton::clicked, this, &VerifyDialog::verify);
    connect(m_browseInput, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Report or label"), m_input->text(), tr("Reports and labels (*.pdf *.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            m_input->setText(path);
    });
    connect(m_browseTrust, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Trusted certificate or key"), m_trust->text(), tr("PEM (*.pem)"));
        if (!path.isEmpty())
            m_trust->setText(path);
    });
    if (!studio.pkiFolder().isEmpty())
        m_trust->setText(studio.pkiFolder() + QStringLiteral("/ca.pem"));
    resize(760, 560);
    retranslate();
}

void VerifyDialog::setInput(const QString& path, const QString& trust)
{
    m_input->setText(path);
    m_trust->setText(trust);
}

void VerifyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void VerifyDialog::retranslate()
{
    setWindowTitle(tr("Verify a report or a label"));
    m_inputLabel->setText(tr("&Report (PDF) or label image (PNG, JPEG):"));
    m_trustLabel->setText(tr("&Trust (CA certificate for reports, issuer's public key for labels):"));
    m_verify->setText(tr("&Verify"));
    m_input->setAccessibleName(tr("Report or label file"));
    m_trust->setAccessibleName(tr("Trusted certificate or key"));
    m_browseInput->setAccessibleName(tr("Choose the report or label"));
    m_browseTrust->setAccessibleName(tr("Choose the trusted certificate or key"));
    m_details->setAccessibleName(tr("Verification details"));
}

VerifyDialog::Result VerifyDialog::verify()
{
    const QString path = m_input->text().trimmed();
    const QString trust = m_trust->text().trimmed();
    QStringList lines;
    const Result result
        = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? verifyReport(path, trust, &lines) : verifyLabel(path, trust, &lines);
    switch (result) {
    case Result::Valid:
        m_verdict->setText(tr("✔ Valid"));
        m_verdict->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        break;
    case Result::NotValid:
        m_verdict->setText(tr("✘ Not valid"));
        m_verdict->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        break;
    case Result::Unreadable:
        m_verdict->setText(tr("Cannot be checked"));
        m_verdict->setStyleSheet(QStringLiteral("color: #e65100;"));
        break;
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    return result;
}

VerifyDialog::Result VerifyDialog::verifyReport(const QString& path, const QString& trust, QStringList* lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *lines << tr("%1: cannot be read (%2); choose the signed report's PDF").arg(path, file.errorString());
        return Result::Unreadable;
    }
    // No CA given: the configured trust store, as `starmark verify` uses it.
    QString problem;
    const std::optional<TrustAnchors> anchors = TrustAnchors::load(trust.isEmpty() ? QStringList() : QStringList{trust}, &problem);
    if (!anchors) {
        *lines << problem;
        return Result::Unreadable;
    }
    const auto known = KnownDigests::load(Studio::shareRoot() + QStringLiteral("/catalogs/known-digests.json"));
    for (const Problem& warning : known.problems())
        *lines << tr("warning: %1; no catalog version will be recognised").arg(warning.toString());
    const ReportVerifier::Result r = ReportVerifier::verify(file.readAll(), *anchors, *known, m_studio.clock().now());
    for (const ReportVerifier::Signature& s : r.signatures) {
        *lines << tr("Signature by %1, %2: %3%4%5")
                      .arg(s.signer, s.signingTime.toString(Qt::ISODate), s.valid ? tr("intact") : tr("BROKEN"),
                          s.wholeFile ? tr(", covers the whole file") : tr(", does NOT cover the whole file"),
                          !s.trusted       ? tr(", checked against no trust anchor")
                              : *s.trusted ? tr(", trusted")
                                           : tr(", NOT trusted"));
        if (s.trusted && *s.trusted) {
            QStringList roles;
            for (const SignerRole::Role role : s.roles)
                roles << SignerRole::name(role).text();
            *lines << tr("Signed in the role: %1 (%2); organisation: %3")
                          .arg(roles.isEmpty() ? tr("none") : roles.join(QStringLiteral(", ")), s.roleBasis.text(), s.organisation);
        }
    }
    if (r.content && r.content->kind != ReportContent::Kind::Surveillance) {
        const Assessment& a = r.content->assessment;
        *lines << tr("%1 · %2 · firmware %3 · ★%4 claimed, ★%5 achieved · issued %6")
                      .arg(r.content->kindName().text(), a.product.model, a.product.firmware)
                      .arg(a.level)
                      .arg(r.content->achieved)
                      .arg(r.content->issued.toString(Qt::ISODate));
    } else if (r.content) {
        *lines << tr("%1 · %2 products sampled · %3 nonconformities · %4 labels revoked")
                      .arg(r.content->kindName().text())
                      .arg(r.content->surveillance.products.size())
                      .arg(r.content->surveillance.nonconformities())
                      .arg(r.content->surveillance.revoked());
    }
    if (r.verdict == ReportVerifier::Result::Verdict::NoTrustAnchor)
        *lines << tr("Intact, but checked against no trust anchor: choose the CA certificate the signers chain to.");
    *lines << (r.contentsMatch ? tr("The embedded assessment and evidence manifest are what was signed.")
                               : tr("The embedded assessment does not match what was signed."));
    for (const ReportVerifier::CatalogState& c : r.catalogs)
        *lines << tr("Catalog %1: %2")
                      .arg(c.id, c.knownVersion ? tr("version %1").arg(*c.knownVersion) : tr("a version this StarMark does not know"));
    for (const Problem& p : r.problems)
        *lines << tr("Problem: %1").arg(p.message.text());
    switch (r.verdict) {
    case ReportVerifier::Result::Verdict::Valid:
        return Result::Valid;
    case ReportVerifier::Result::Verdict::Invalid:
    case ReportVerifier::Result::Verdict::NoTrustAnchor:
        return Result::NotValid;
    case ReportVerifier::Result::Verdict::Unreadable:
        break;
    }
    return Result::Unreadable;
}

VerifyDialog::Result VerifyDialog::verifyLabel(const QString& path, const QString& trust, QStringList* lines)
{
    QString problem;
    const std::optional<QStringList> codes = QrImageReader::readFile(path, &problem);
    if (!codes) {
        *lines << problem;
        return Result::Unreadable;
    }
    if (codes->isEmpty()) {
        *lines << tr("%1: no QR code found in the image; photograph the label square-on, in focus").arg(path);
        return Result::Unreadable;
    }
    const std::optional<QString> code = QrImageReader::oneLabel(*codes, &problem);
    if (!code) {
        *lines << tr("Problem: %1").arg(problem);
        return Result::NotValid;
    }
    std::optional<IssuerKey> key;
    if (!trust.isEmpty()) {
        key = IssuerKey::load(trust, &problem);
        if (!key) {
            *lines << problem;
            return Result::Unreadable;
        }
    }
    QList<const IssuerKey*> trusted;
    if (key)
        trusted << &*key;
    const LabelVerifier::Result r = LabelVerifier::verify(*code, trusted, m_studio.clock().now().date(), LabelIssuer::Options().registry);
    if (r.token) {
        const LabelToken& t = *r.token;
        *lines << tr("Label %1 · ★%2 · %3 · model %4 · firmware %5").arg(t.registration).arg(t.level).arg(t.category, t.model, t.firmware);
        *lines << tr("Evaluated %1; security updates until %2; label valid until %3")
                      .arg(t.evaluated.toString(Qt::ISODate), t.supportUntil.toString(Qt::ISODate), t.validUntil.toString(Qt::ISODate));
    }
    if (r.problem)
        *lines << tr("Problem: %1").arg(r.problem->message.text());
    static const char* const statuses[] = {QT_TR_NOOP("valid"), QT_TR_NOOP("valid, but the product's security support has ended"),
        QT_TR_NOOP("expired"), QT_TR_NOOP("invalid"), QT_TR_NOOP("not signed by a trusted issuer"), QT_TR_NOOP("unreadable")};
    *lines << tr("Status: %1").arg(tr(statuses[int(r.status)]));
    if (r.status == LabelVerifier::Result::Status::Unreadable)
        return Result::Unreadable;
    return r.status == LabelVerifier::Result::Status::Valid ? Result::Valid : Result::NotValid;
}

} // namespace starmark::studio
