// The floor under starmark-studio's start-up: a QApplication and an empty
// QMainWindow, shown, then quit as soon as the event loop runs.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(0, &app, &QApplication::quit);
    return app.exec();
}
