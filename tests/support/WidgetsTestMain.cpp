#include <QApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// Widgets need a QApplication; offscreen, so no display is needed. Settings and
// app data go to a fresh folder, so that no run sees the user's or another run's.
int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StarMark"));
    QApplication::setApplicationName(QStringLiteral("starmark-studio-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
