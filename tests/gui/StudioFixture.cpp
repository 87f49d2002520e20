#include "StudioFixture.h"

#include "CliRunner.h"
#include "MainWindow.h"
#include "Session.h"

#include <QApplication>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

namespace starmark::studio::test {

StudioFixture& StudioFixture::instance()
{
    static StudioFixture fixture;
    return fixture;
}

StudioFixture::StudioFixture()
{
    studio = std::make_unique<Studio>(QStringList{starmark::test::shippedCatalogs()}, clock);
    studio->setLanguage(Language::Japanese);
    const starmark::test::CliResult pki = starmark::test::runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), path(QStringLiteral("pki"))});
    EXPECT_EQ(pki.code, 0) << pki.err.toStdString();
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
