#include "ExportDialog.h"

#include "Session.h"
#include "Studio.h"

#include "reports/ReportRenderer.h"
#include "reports/SignedReport.h"
#include "reports/SigningIdentity.h"
#include "reports/TimestampClient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace starmark::studio {
namespace {

bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = ExportDialog::tr("cannot write %1 (%2); choose another place").arg(path, file.errorString());
    return false;
}

} // namespace

ExportDialog::ExportDialog(Session& session, Tab tab, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget)
    , m_language(new QComboBox)
    , m_previewReport(new QPushButton)
    , m_signReport(new QPushButton)
    , m_reportPreview(new QTextBrowser)
    , m_reportStatus(new QLabel)
    , m_size(new QComboBox)
    , m_previewLabel(new QPushButton)
    , m_saveLabel(new QPushButton)
    , m_labelPreview(new QLabel)
    , m_labelStatus(new QLabel)
{
    setObjectName(QStringLiteral("exportDialog"));
    const QSettings settings;
    const Assessment& a = session.assessment();
    const QString pki = session.studio().pkiFolder();
    const QString role = a.mode == Assessment::Mode::Lab ? QStringLiteral("lab") : QStringLiteral("manufacturer");
    auto fallback = [&](const QString& key, const QString& file) {
        return settings.value(key, pki.isEmpty() ? QString() : QDir(pki).filePath(file)).toString();
    };
    const QString base = QFileInfo(session.path()).path() + QLatin1Char('/') + QFileInfo(session.path()).completeBaseName();

    m_key = pathField(QStringLiteral("keyPath"), pki.isEmpty() ? settings.value(QStringLiteral("export/key")).toString()
                                                               : QDir(pki).filePath(role + QStringLiteral(".key")));
    m_cert = pathField(QStringLiteral("certPath"), pki.isEmpty() ? settings.value(QStringLiteral("export/cert")).toString()
                                                                 : QDir(pki).filePath(role + QStringLiteral(".pem")));
    m_chain = pathField(QStringLiteral("chainPath"), fallback(QStringLiteral("export/chain"), QStringLiteral("ca.pem")));
    m_tsa = new QLineEdit(settings.value(QStringLiteral("export/tsa")).toString());
    m_tsa->setObjectName(QStringLiteral("tsaUrl"));
    m_tsa->setPlaceholderText(QStringLiteral("http://…"));
    m_reportPath = pathField(QStringLiteral("reportPath"), base + QStringLiteral("-report.pdf"));
    m_issuerKey = pathField(QStringLiteral("issuerKeyPath"), fallback(QStringLiteral("export/issuerKey"), QStringLiteral("label-issuer.key")));
    m_registration = new QLineEdit(settings.value(QStringLiteral("export/registration")).toString());
    m_registration->setObjectName(QStringLiteral("registration"));
    m_validUntil = new QLineEdit(LabelIssuer::defaultValidUntil(session.studio().clock().now().date()).toString(Qt::ISODate));
    m_validUntil->setObjectName(QStringLiteral("validUntil"));
    m_labelPath = pathField(QStringLiteral("labelPath"), base + QStringLiteral("-label.png"));
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("日本語"), int(Language::Japanese));
    m_language->addItem(QStringLiteral("English"), int(Language::English));
    m_language->setCurrentIndex(session.studio().language() == Language::English ? 1 : 0);
    m_size->setObjectName(QStringLiteral("labelSize"));
    m_size->addItem(QString(), int(LabelArtwork::Size::Standard));
    m_size->addItem(QString(), int(LabelArtwork::Size::Small));
    m_previewReport->setObjectName(QStringLiteral("previewReport"));
    m_signReport->setObjectName(QStringLiteral("signReport"));
    m_reportPreview->setObjectName(QStringLiteral("reportPreview"));
    m_reportStatus->setObjectName(QStringLiteral("reportStatus"));
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_saveLabel->setObjectName(QStringLiteral("saveLabel"));
    m_labelPreview->setObjectName(QStringLiteral("labelPreview"));
    m_labelStatus->setObjectName(QStringLiteral("labelStatus"));
    for (QLabel* status : {m_reportStatus, m_labelStatus}) {
        status->setWordWrap(true);
        status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_signReport->setEnabled(false); // the preview comes first
    m_labelPreview->setAlignment(Qt::AlignCenter);
    m_labelPreview->setMinimumHeight(200);

    auto row = [this](QFormLayout* form, QWidget* field) {
        auto* label = new QLabel;
        label->setBuddy(field);
        m_fieldLabels << label;
        form->addRow(label, field);
    };
    auto* report = new QWidget;
    auto* r = new QVBoxLayout(report);
    auto* rf = new QFormLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_key, m_cert, m_chain, m_tsa, m_language, m_reportPath})
        row(rf, w->parentWidget() && w->parentWidget() != this ? w->parentWidget() : w);
    r->addLayout(rf);
    auto* rb = new QHBoxLayout;
    rb->addWidget(m_previewReport);
    rb->addWidget(m_signReport);
    rb->addStretch();
    r->addLayout(rb);
    r->addWidget(m_reportPreview, 1);
    r->addWidget(m_reportStatus);
    m_tabs->addTab(report, QString());

    auto* label = new QWidget;
    auto* l = new QVBoxLayout(label);
    auto* lf = new QFormLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_issuerKey, m_registration, m_validUntil, m_size, m_labelPath})
        row(lf, w->parentWidget() && w->parentWidget() != this ? w->parentWidget() : w);
    l->addLayout(lf);
    auto* lb = new QHBoxLayout;
    lb->addWidget(m_previewLabel);
    lb->addWidget(m_saveLabel);
    lb->addStretch();
    l->addLayout(lb);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_labelPreview);
    scroll->setWidgetResizable(true);
    l->addWidget(scroll, 1);
    l->addWidget(m_labelStatus);
    m_tabs->addTab(label, QString());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_tabs);
    outer->addWidget(buttons);

    connect(m_previewReport, &QPushButton::clicked, this, &ExportDialog::previewReport);
    connect(m_signReport, &QPushButton::clicked, this, &ExportDialog::signReport);
    connect(m_previewLabel, &QPushButton::clicked, this, &ExportDialog::previewLabel);
    connect(m_saveLabel, &QPushButton::clicked, this, &ExportDialog::saveLabel);
    // What the preview showed is what gets signed: any change asks for a new preview.
    for (QLineEdit* e : {m_key, m_cert, m_chain})
        connect(e, &QLineEdit::textChanged, this, [this] { m_signReport->setEnabled(false); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { m_signReport->setEnabled(false); });

    m_prompt = [this](const QString& keyPath) -> std::optional<QString> {
        bool ok = false;
        const QString passphrase = QInputDialog::getText(
            this, tr("Passphrase"), tr("The key %1 is encrypted. Its passphrase:").arg(QFileInfo(keyPath).fileName()), QLineEdit::Password, {}, &ok);
        return ok ? std::optional<QString>(passphrase) : std::nullopt;
    };
    m_tabs->setCurrentIndex(tab);
    resize(900, 720);
    retranslate();
}

QLineEdit* ExportDialog::pathField(const QString& name, const QString& value)
{
    auto* edit = new QLineEdit(value);
    edit->setObjectName(name);
    auto* browse = new QPushButton(QStringLiteral("…"));
    browse->setObjectName(name + QStringLiteral(".browse"));
    auto* box = new QWidget;
    auto* h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    box->setFocusProxy(edit);
    h->addWidget(browse);
    const bool output = name == QLatin1String("reportPath") || name == QLatin1String("labelPath");
    connect(browse, &QPushButton::clicked, this, [this, edit, output] {
        const QString path = output ? QFileDialog::getSaveFileName(this, tr("Save as"), edit->text())
                                    : QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    return edit;
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export"));
    m_tabs->setTabText(ReportTab, tr("Signed report"));
    m_tabs->setTabText(LabelTab, tr("Label"));
    const QStringList labels{tr("Private &key (PEM):"), tr("&Certificate (PEM):"), tr("C&hain (CA, PEM; optional):"),
        tr("&Timestamp authority (URL; optional, trusted through the chain's CA or the trust store):"),
        tr("&Language of the report:"), tr("Save report &as:"), tr("&Issuer's label key (PEM):"), tr("&Registration number:"),
        tr("Label &valid until (YYYY-MM-DD):"), tr("&Size:"), tr("Save label as (.png, .svg, .pdf):")};
    for (int i = 0; i < m_fieldLabels.size() && i < labels.size(); ++i) {
        m_fieldLabels[i]->setText(labels[i]);
        if (QWidget* buddy = m_fieldLabels[i]->buddy()) {
            const QString name = QString(labels[i]).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
            buddy->setAccessibleName(name);
            if (auto* edit = buddy->findChild<QLineEdit*>())
                edit->setAccessibleName(name);
            if (auto* browse = buddy->findChild<QPushButton*>())
                browse->setAccessibleName(tr("Choose: %1").arg(name));
        }
    }
    m_size->setItemText(0, tr("Standard"));
    m_size->setItemText(1, tr("Small (box or manual)"));
    m_previewReport->setText(tr("&Preview"));
    m_signReport->setText(tr("&Sign and save"));
    m_previewLabel->setText(tr("P&review at real size"));
    m_saveLabel->setText(tr("Sa&ve label"));
    m_reportPreview->setAccessibleName(tr("Report preview"));
    m_labelPreview->setAccessibleName(tr("Label preview"));
}

void ExportDialog::previewReport()
{
    const Assessment& a = m_session.assessment();
    ReportRenderer::Input input;
    input.assessment = &a;
    input.chain = m_session.chain();
    input.language = Language(m_language->currentData().toInt());
    input.issued = m_session.studio().clock().now();
    input.signatory = tr("(the holder of the chosen certificate)");
    m_reportPreview->setHtml(ReportRenderer::html(input));
    m_signReport->setEnabled(true);
    m_reportStatus->setText(tr("This is the report as it will be signed. Check it, then Sign and save."));
}

bool ExportDialog::signReport()
{
    const QString keyPath = m_key->text().trimmed();
    SigningIdentity::Passphrase passphrase;
    if (SigningIdentity::needsPassphrase(keyPath)) {
        const std::optional<QString> given = m_prompt(keyPath);
        if (!given) {
            m_reportStatus->setText(tr("Not signed: no passphrase was given."));
            return false;
        }
        passphrase = {SigningIdentity::Passphrase::Source::Given, *given};
    }
    QString error;
    const std::optional<SigningIdentity> identity
        = SigningIdentity::load(keyPath, m_cert->text().trimmed(), m_chain->text().trimmed(), passphrase, &error);
    passphrase.value.fill(QLatin1Char('\0'));
    // A signature timestamp (PAdES B-T) when a TSA is named: its certificate must chain to the CA of the chain, or the trust store.
    const QString tsa = m_tsa->text().trimmed();
    std::optional<TimestampClient> client;
    if (identity && !tsa.isEmpty()) {
        const QString chain = m_chain->text().trimmed();
        if (std::optional<TrustAnchors> trust = TrustAnchors::load(chain.isEmpty() ? QStringList() : QStringList{chain}, &error))
            client.emplace(QUrl(tsa), std::move(*trust));
    }
    Problems timestampProblems;
    std::optional<QByteArray> pdf;
    if (identity && (tsa.isEmpty() || client)) {
        const auto stamp = [&](const QByteArray& value) {
            Result<QByteArray> token = client->stamp(value, m_session.studio().clock().now());
            timestampProblems << token.problems();
            return token;
        };
        // An assessment with tool outputs is reported with their proposals, by the shipped rules of its scheme.
        std::optional<ToolRules> rules;
        if (!m_session.assessment().toolRuns.isEmpty()) {
            Result<ToolRules> loaded = ToolRules::load(Studio::shareRoot() + QStringLiteral("/tool-rules/")
                + m_session.assessment().catalog.section(u'/', 0, 0) + QStringLiteral(".yaml"));
            if (!loaded) {
                m_reportStatus->setText(tr("Not signed: %1").arg(loaded.problems().constFirst().toString()));
                return false;
            }
            rules = loaded.take();
        }
        pdf = SignedReport::make(m_session.file(), m_session.chain(), *identity,
            {Language(m_language->currentData().toInt()), m_session.studio().clock().now(), rules ? &*rules : nullptr}, &error,
            client ? PdfSigner::Timestamper(stamp) : PdfSigner::Timestamper());
    }
    if (!timestampProblems.isEmpty())
        error = timestampProblems.constFirst().toString();
    const QString out = m_reportPath->text().trimmed();
    if (!pdf || !writeAtomically(out, *pdf, &error)) {
        m_reportStatus->setText(tr("Not signed: %1").arg(error));
        return false;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("export/key"), keyPath);
    settings.setValue(QStringLiteral("export/cert"), m_cert->text().trimmed());
    settings.setValue(QStringLiteral("export/chain"), m_chain->text().trimmed());
    settings.setValue(QStringLiteral("export/tsa"), tsa);
    m_reportStatus->setText(tr("Signed report written to %1 (%2 KB), signed by %3.").arg(out).arg(pdf->size() / 1024).arg(identity->subject()));
    return true;
}

std::optional<LabelIssuer::Issued> ExportDialog::issueLabel(QString* problem) const
{
    const Assessment& a = m_session.assessment();
    const QDate today = m_session.studio().clock().now().date();
    const Result<ProductFacts> facts = ProductFacts::fromAssessment(a, m_session.chain(), today, m_session.path());
    if (!facts) {
        *problem = facts.problems().constFirst().toString();
        return std::nullopt;
    }
    const QString registration = m_registration->text().trimmed();
    if (registration.isEmpty()) {
        *problem = tr("the registration number is required: the certification body assigns it");
        return std::nullopt;
    }
    const Result<QDate> validUntil = LabelIssuer::validUntil(m_validUntil->text().trimmed(), today);
    if (!validUntil) {
        *problem = validUntil.problems().constFirst().message.text();
        return std::nullopt;
    }
    const std::optional<IssuerKey> key = IssuerKey::load(m_issuerKey->text().trimmed(), problem);
    if (!key)
        return std::nullopt;
    if (!key->hasPrivateKey()) {
        *problem = tr("%1 is a public key; labels are signed with the private one").arg(m_issuerKey->text().trimmed());
        return std::nullopt;
    }
    LabelIssuer::Options options;
    options.size = LabelArtwork::Size(m_size->currentData().toInt());
    options.validUntil = *validUntil;
    return LabelIssuer::issue(*key, registration, *facts, options, problem);
}

void ExportDialog::previewLabel()
{
    QString problem;
    const std::optional<LabelIssuer::Issued> issued = issueLabel(&problem);
    if (!issued) {
        m_labelPreview->setPixmap({});
        m_labelStatus->setText(tr("No label: %1").arg(problem));
        return;
    }
    // Real size: rendered at the screen's physical resolution, in device pixels.
    const QScreen* screen = this->screen();
    const qreal ratio = devicePixelRatioF();
    const int dpi = qRound(screen->physicalDotsPerInch() * ratio);
    const auto size = LabelArtwork::Size(m_size->currentData().toInt());
    QPixmap pixmap;
    pixmap.loadFromData(LabelArtwork::render({issued->token.level, issued->token.registration, issued->qr, size}, LabelArtwork::Format::Png,
        std::clamp(dpi, 72, 2400)));
    pixmap.setDevicePixelRatio(ratio);
    m_labelPreview->setPixmap(pixmap);
    const QSizeF mm = LabelArtwork::millimetres(size);
    m_labelStatus->setText(tr("%1 × %2 mm at this screen's size; QR version %3. Hold a ruler to the screen to check.")
                               .arg(mm.width())
                               .arg(mm.height())
                               .arg(issued->qr.version));
}

bool ExportDialog::saveLabel()
{
    QString problem;
    const QString out = m_labelPath->text().trimmed();
    const std::optional<LabelArtwork::Format> format = LabelArtwork::formatOf(out);
    if (!format) {
        m_labelStatus->setText(tr("No label: %1 must end in .png, .svg or .pdf").arg(out));
        return false;
    }
    // As with the report: a file changed outside StarMark gets no label.
    if (const QStringList damage = m_session.integrityProblems(); !damage.isEmpty()) {
        m_labelStatus->setText(tr("No label: %1").arg(damage.join(QLatin1Char('\n'))));
        return false;
    }
    const std::optional<LabelIssuer::Issued> issued = issueLabel(&problem);
    if (!issued || !writeAtomically(out,
            LabelArtwork::render({issued->token.level, issued->token.registration, issued->qr, LabelArtwork::Size(m_size->currentData().toInt())},
                *format),
            &problem)) {
        m_labelStatus->setText(tr("No label: %1").arg(problem));
        return false;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("export/issuerKey"), m_issuerKey->text().trimmed());
    settings.setValue(QStringLiteral("export/registration"), m_registration->text().trimmed());
    m_labelStatus->setText(tr("Label %1 (★%2) written to %3, valid until %4.")
                               .arg(issued->token.registration)
                               .arg(issued->token.level)
                               .arg(out, issued->token.validUntil.toString(Qt::ISODate)));
    return true;
}

} // namespace starmark::studio
