#include "StudioFixture.h"

#include "CliRunner.h"
#include "MainWindow.h"
#include "Session.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

namespace starmark::studio::test {
namespace {

std::unique_ptr<StudioFixture> current;

// Ends each test's fixture with the test: the next one starts from nothing.
class EachTestItsOwn : public ::testing::EmptyTestEventListener {
    void OnTestEnd(const ::testing::TestInfo&) override { current.reset(); }
};

const bool listening = [] {
    ::testing::UnitTest::GetInstance()->listeners().Append(new EachTestItsOwn);
    return true;
}();

// Making keys is the slow part: the real CLI makes one demo PKI per run, and each test gets a copy.
const QString& pkiTemplate()
{
    static QTemporaryDir made;
    static const bool ok = [] {
        const starmark::test::CliResult pki
            = starmark::test::runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), made.filePath(QStringLiteral("pki"))});
        EXPECT_EQ(pki.code, 0) << pki.err.toStdString();
        return pki.code == 0;
    }();
    static const QString folder = ok ? made.filePath(QStringLiteral("pki")) : QString();
    return folder;
}

} // namespace

StudioFixture& StudioFixture::instance()
{
    (void)listening;
    if (!current)
        current = std::make_unique<StudioFixture>();
    return *current;
}

StudioFixture::StudioFixture()
{
    // Settings and app data in this test's folder; QSettings made from now on read and write there.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path(QStringLiteral("config")));
    qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toUtf8());
    studio = std::make_unique<Studio>(QStringList{starmark::test::shippedCatalogs()}, clock);
    studio->setLanguage(Language::Japanese);
    if (!pkiTemplate().isEmpty())
        starmark::test::copyFolder(pkiTemplate(), path(QStringLiteral("pki")));
    // Offered for export, as `--pki` does; the demos then make no PKI of their own.
    studio->setPkiFolder(path(QStringLiteral("pki")));
}

QString StudioFixture::demoCopy(const QString& demo, const QString& name)
{
    const QString copy = path(name);
    MainWindow window(*studio);
    EXPECT_TRUE(window.openDemo(demo)) << window.lastProblem().toStdString();
    QFile::remove(copy);
    EXPECT_TRUE(window.session() && QFile::copy(window.session()->path(), copy));
    return copy;
}

void whenModal(const std::function<void(QWidget*)>& drive)
{
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, drive] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        drive(modal);
    });
    poll->start();
}

} // namespace starmark::studio::test
