#pragma once

#include "evaluators/Assessment.h"

#include <QGroupBox>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

class QLabel;
class QPushButton;

namespace starmark {
struct Requirement;
}

namespace starmark::studio {

class EvidenceList;
class Session;

// The evidence of one requirement: the files that support its rationale,
// added by dialog or by drop, opened in the desktop's viewer, removed.
class EvidenceSection : public QGroupBox {
    Q_OBJECT
public:
    explicit EvidenceSection(QWidget* parent = nullptr);
    void retranslate();
    void setRequirement(Session& session, const Requirement& requirement);
    void refresh(const Assessment::Result& result, bool editable);
    void addEvidence(const QStringList& paths);
    // Files dropped on the list: a tool's output goes in as `starmark tool import` takes it (ToolImport,
    // onto the requirements its rules tie it to); any other file is evidence of this requirement.
    void dropFiles(const QStringList& paths);

signals:
    void problem(const QString& message);

private:
    void openEvidence();
    void removeEvidence();

    QPointer<Session> m_session;
    QString m_id;
    QLabel* m_hint;
    EvidenceList* m_list;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_remove;
    std::unique_ptr<QTemporaryDir> m_viewerCopies; // where Open writes evidence for the viewer, made on first use
};

} // namespace starmark::studio
