#include "EvidenceSection.h"

#include "EvidenceList.h"
#include "Session.h"
#include "Studio.h"

#include "criteria/Requirement.h"
#include "evaluators/AssessmentEdit.h"
#include "evaluators/tools/ToolOutput.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace starmark::studio {

EvidenceSection::EvidenceSection(QWidget* parent)
    : QGroupBox(parent)
    , m_hint(new QLabel)
    , m_list(new EvidenceList)
    , m_add(new QPushButton)
    , m_open(new QPushButton)
    , m_remove(new QPushButton)
{
    m_list->setObjectName(QStringLiteral("evidence"));
    m_add->setObjectName(QStringLiteral("addEvidence"));
    m_open->setObjectName(QStringLiteral("openEvidence"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_list->setMinimumHeight(90);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideMiddle);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_list);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_list, &EvidenceList::filesDropped, this, &EvidenceSection::dropFiles);
    connect(m_list, &QListWidget::itemActivated, this, &EvidenceSection::openEvidence);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add evidence"));
        addEvidence(files);
    });
    connect(m_open, &QPushButton::clicked, this, &EvidenceSection::openEvidence);
    connect(m_remove, &QPushButton::clicked, this, &EvidenceSection::removeEvidence);
}

void EvidenceSection::retranslate()
{
    setTitle(tr("Evidence"));
    m_add->setText(tr("Add &file…"));
    m_open->setText(tr("&Open"));
    m_remove->setText(tr("Remo&ve"));
    m_list->setAccessibleName(tr("Evidence files"));
    m_list->setAccessibleDescription(tr("Drop files here to add them as evidence"));
    m_add->setAccessibleName(tr("Add evidence file"));
    m_open->setAccessibleName(tr("Open evidence file"));
    m_remove->setAccessibleName(tr("Remove evidence file"));
}

void EvidenceSection::setRequirement(Session& session, const Requirement& requirement)
{
    m_session = &session;
    m_id = requirement.id;
    const Language language = session.studio().language();
    QStringList kinds;
    for (const Requirement::Evidence& e : requirement.evidence)
        kinds << e.text.in(language);
    m_hint->setText(tr("Drop files here or use Add file. Expected: %1")
                        .arg(kinds.isEmpty() ? tr("anything that supports the rationale") : kinds.join(QStringLiteral("; "))));
    setVisible(true);
}

void EvidenceSection::refresh(const Assessment::Result& result, bool editable)
{
    m_list->clear();
    for (const Assessment::Evidence& e : result.evidence) {
        auto* item
            = new QListWidgetItem(tr("%1 — %2 bytes\nSHA-256 %3").arg(e.name).arg(e.size).arg(QString::fromLatin1(e.sha256)), m_list);
        item->setData(Qt::UserRole, e.sha256);
        item->setData(Qt::UserRole + 1, e.name);
        item->setToolTip(QString::fromLatin1(e.sha256));
    }
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && !result.evidence.isEmpty());
    m_open->setEnabled(!result.evidence.isEmpty());
    m_list->setAcceptDrops(editable);
}

void EvidenceSection::addEvidence(const QStringList& paths)
{
    if (paths.isEmpty() || !m_session)
        return;
    Assessment next = m_session->assessment();
    QStringList problems;
    for (const Problem& p : AssessmentEdit::addEvidence(next.results[m_id], paths))
        problems << tr("%1; choose a readable file").arg(p.toString());
    if (!problems.isEmpty())
        emit problem(problems.join(QLatin1Char('\n')));
    if (next != m_session->assessment() || paths.size() > problems.size())
        m_session->change(next, tr("Evidence for %1").arg(m_id));
}

void EvidenceSection::dropFiles(const QStringList& paths)
{
    if (!m_session)
        return;
    QStringList evidence;
    QStringList problems;
    for (const QString& path : paths) {
        // Read as a tool output first, by content: a file no importer recognises (neither a tool's XML nor JSON,
        // empty, or too large for one) is plain evidence; one that is recognised but broken or hostile is
        // refused, as `tool import` refuses it.
        const Result<ToolFindings> read = ToolOutput::read(path);
        const auto notAToolOutput = [&read] {
            for (const Problem& p : read.problems()) {
                if (p.code == u"tool.unknown-format" || p.code == u"tool.empty" || p.code == u"tool.json-malformed" || p.code.startsWith(u"file."))
                    return true;
            }
            return false;
        };
        if (!read && notAToolOutput()) {
            evidence << path;
            continue;
        }
        const Result<void> imported = read ? m_session->importToolOutput(path) : Result<void>(read.problems());
        // An output no rule of this assessment's catalogs reads (an SBOM at ★1) is still evidence of the requirement shown.
        if (findProblem(imported.problems(), u"tool.no-requirement")) {
            evidence << path;
            continue;
        }
        for (const Problem& p : imported.problems())
            problems << p.toString();
    }
    addEvidence(evidence);
    if (!problems.isEmpty())
        emit problem(problems.join(QLatin1Char('\n')));
}

void EvidenceSection::openEvidence()
{
    const QListWidgetItem* item = m_list->currentItem() ? m_list->currentItem() : m_list->item(0);
    if (!item || !m_session)
        return;
    // The file holds the evidence; a copy is written out for the viewer, checked against its hash. Its
    // path is made here from the content's hash and a plain suffix, never from the name, which could hold ../
    if (!m_viewerCopies)
        m_viewerCopies = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/starmark-evidence-XXXXXX"));
    const QByteArray sha = item->data(Qt::UserRole).toByteArray();
    static const QRegularExpression hexSha(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression plainSuffix(QStringLiteral("^[A-Za-z0-9]{1,12}$"));
    if (!m_viewerCopies->isValid() || !hexSha.match(QString::fromLatin1(sha)).hasMatch()) {
        emit problem(tr("This evidence cannot be opened: %1")
                         .arg(m_viewerCopies->isValid() ? tr("its SHA-256 in the file is damaged") : m_viewerCopies->errorString()));
        return;
    }
    const QString suffix = QFileInfo(item->data(Qt::UserRole + 1).toString()).suffix();
    const QString target = m_viewerCopies->filePath(
        QString::fromLatin1(sha.left(16)) + (plainSuffix.match(suffix).hasMatch() ? QLatin1Char('.') + suffix : QString()));
    QString error;
    if (!m_session->file().exportEvidence(item->data(Qt::UserRole).toByteArray(), target, &error)) {
        emit problem(error);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(target));
}

void EvidenceSection::removeEvidence()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item || !m_session)
        return;
    const QString name = item->data(Qt::UserRole + 1).toString();
    m_session->changeResult(m_id, tr("Evidence for %1").arg(m_id),
        [&](Assessment::Result& r) { r.evidence.removeIf([&](const Assessment::Evidence& e) { return e.name == name; }); });
}

} // namespace starmark::studio
