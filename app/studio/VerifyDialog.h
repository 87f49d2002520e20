#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace starmark::studio {

class Studio;

// The certification body's view: open a signed report (PDF) or a photo or
// scan of a label (PNG, JPEG) and see whether it holds up, and why not.
class VerifyDialog : public QDialog {
    Q_OBJECT
public:
    enum class Result { Valid, NotValid, Unreadable };

    explicit VerifyDialog(const Studio& studio, QWidget* parent = nullptr);
    void setInput(const QString& path, const QString& trust);

public slots:
    Result verify();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    Result verifyReport(const QString& path, const QString& trust, QStringList* lines);
    Result verifyLabel(const QString& path, const QString& trust, QStringList* lines);

    const Studio& m_studio;
    QLabel* m_inputLabel;
    QLineEdit* m_input;
    QPushButton* m_browseInput;
    QLabel* m_trustLabel;
    QLineEdit* m_trust;
    QPushButton* m_browseTrust;
    QPushButton* m_verify;
    QLabel* m_verdict;
    QTextBrowser* m_details;
};

} // namespace starmark::studio
