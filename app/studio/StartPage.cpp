#include "StartPage.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace starmark::studio {
namespace {

const QString recentKey = QStringLiteral("recent");
constexpr int maxRecent = 8;

} // namespace

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_intro(new QLabel)
    , m_new(new QPushButton)
    , m_open(new QPushButton)
    , m_demo(new QPushButton)
    , m_labDemo(new QPushButton)
    , m_recentLabel(new QLabel)
    , m_recent(new QListWidget)
    , m_problems(new QLabel)
{
    m_new->setObjectName(QStringLiteral("newAssessment"));
    m_open->setObjectName(QStringLiteral("openAssessment"));
    m_demo->setObjectName(QStringLiteral("openDemo"));
    m_labDemo->setObjectName(QStringLiteral("openLabDemo"));
    m_recent->setObjectName(QStringLiteral("recentFiles"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    for (QPushButton* b : {m_new, m_open, m_demo, m_labDemo}) {
        b->setMinimumHeight(b->sizeHint().height() * 2);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addSpacing(12);
    column->addWidget(m_new);
    column->addWidget(m_open);
    column->addWidget(m_demo);
    column->addWidget(m_labDemo);
    column->addSpacing(12);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent, 2);
    column->addWidget(m_problems);
    column->addStretch(1);
    auto* centred = new QHBoxLayout(this);
    centred->addStretch(1);
    centred->addLayout(column, 3);
    centred->addStretch(1);

    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_demo, &QPushButton::clicked, this, [this] { emit demoRequested(QStringLiteral("camera-star1")); });
    connect(m_labDemo, &QPushButton::clicked, this, [this] { emit demoRequested(QStringLiteral("router-star3")); });
    connect(m_recent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    retranslate();
}

void StartPage::rememberFile(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(recentKey, recent.mid(0, maxRecent));
}

void StartPage::showRecentFiles()
{
    const QStringList paths = QSettings().value(recentKey).toStringList();
    m_recent->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(QFileInfo(path).fileName(), path), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
}

void StartPage::setCatalogProblems(const QStringList& problems)
{
    m_catalogProblems = problems;
    retranslate();
}

void StartPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartPage::retranslate()
{
    m_title->setText(tr("StarMark Studio"));
    m_intro->setText(tr("Prepare a JC-STAR ★1–★4 security label: answer the product profile, judge each requirement with "
                        "its evidence, then export the signed report and the label. Everything is saved as you go."));
    m_new->setText(tr("&New assessment…"));
    m_open->setText(tr("&Open an assessment…"));
    m_demo->setText(tr("Open the ★1 &demo (network camera, self-declaration)"));
    m_labDemo->setText(tr("Open the ★3 &lab demo (router, lab evaluation)"));
    m_recentLabel->setText(tr("Recent assessments (Enter opens):"));
    m_new->setAccessibleName(tr("New assessment"));
    m_open->setAccessibleName(tr("Open an assessment"));
    m_demo->setAccessibleName(tr("Open the star 1 demo"));
    m_labDemo->setAccessibleName(tr("Open the star 3 lab demo"));
    m_recent->setAccessibleName(tr("Recent assessments"));
    m_problems->setText(m_catalogProblems.isEmpty()
            ? QString()
            : tr("Some catalogs could not be loaded and are not offered:\n%1").arg(m_catalogProblems.join(QLatin1Char('\n'))));
    m_problems->setVisible(!m_catalogProblems.isEmpty());
}

} // namespace starmark::studio
