#include <QGuiApplication>

#include <gtest/gtest.h>

// Rendering needs a GUI application for fonts, never a display.
int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
