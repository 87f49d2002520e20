#include <QCoreApplication>

#include <gtest/gtest.h>

// Qt SQL (used to inspect *.starmark files) finds its driver through the application.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
