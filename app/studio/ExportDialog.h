#pragma once

#include "labels/LabelIssuer.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTextBrowser;

namespace starmark::studio {

class Session;

// The two things an assessment ends in. The signed report: choose key and
// certificate, look at the preview, then sign (a passphrase is asked for when
// the key is encrypted). The label: issued from the assessment once it reaches
// its level, previewed at its printed size, saved as PNG, SVG or PDF.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum Tab { ReportTab, LabelTab };
    using PassphrasePrompt = std::function<std::optional<QString>(const QString& keyPath)>;

    ExportDialog(Session& session, Tab tab, QWidget* parent = nullptr);
    // Replaces the passphrase dialog (tests answer it themselves).
    void setPassphrasePrompt(PassphrasePrompt prompt) { m_prompt = std::move(prompt); }

public slots:
    void previewReport();
    bool signReport();
    void previewLabel();
    bool saveLabel();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QLineEdit* pathField(const QString& name, const QString& value);
    // The label as the current fields would issue it, or nullopt with `problem` set.
    std::optional<LabelIssuer::Issued> issueLabel(QString* problem) const;

    Session& m_session;
    PassphrasePrompt m_prompt;
    QTabWidget* m_tabs;
    QLineEdit* m_key;
    QLineEdit* m_cert;
    QLineEdit* m_chain;
    QLineEdit* m_tsa; // empty: no signature timestamp (B-B)
    QComboBox* m_language;
    QLineEdit* m_reportPath;
    QPushButton* m_previewReport;
    QPushButton* m_signReport;
    QTextBrowser* m_reportPreview;
    QLabel* m_reportStatus;
    QLineEdit* m_issuerKey;
    QLineEdit* m_registration;
    QLineEdit* m_validUntil;
    QComboBox* m_size;
    QLineEdit* m_labelPath;
    QPushButton* m_previewLabel;
    QPushButton* m_saveLabel;
    QLabel* m_labelPreview;
    QLabel* m_labelStatus;
    QList<QLabel*> m_fieldLabels;
};

} // namespace starmark::studio
