#pragma once

#include <QListWidget>

namespace starmark::studio {

// The evidence of one requirement: name, size and SHA-256 per file; files
// dropped on it from a file manager are added.
class EvidenceList : public QListWidget {
    Q_OBJECT
public:
    explicit EvidenceList(QWidget* parent = nullptr);

signals:
    void filesDropped(const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
};

} // namespace starmark::studio
