// SPDX-License-Identifier: GPL-3.0-or-later
// custodia-gui: for now a window that says the desktop app is on its way and
// points to the command line (issue 5 builds the app over vault/).
#include "crypto/Random.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QTimer>
#include <QUrl>

int main(int argc, char* argv[]) {
    custodia::crypto::initialize();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName("Custodia");
    QGuiApplication::setOrganizationName("Custodia");
    const bool smokeTest = QCoreApplication::arguments().contains("--smoke-test");

    QQmlApplicationEngine engine;
    bool failed = false;
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [&failed] {
        failed = true;
        QCoreApplication::exit(1);
    });
    engine.load(QUrl(QStringLiteral("qrc:/Custodia/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    if (smokeTest) {
        QTimer::singleShot(200, &app, [] { QCoreApplication::exit(0); });
    }
    const int rc = QGuiApplication::exec();
    return failed ? 1 : rc;
}
