// SPDX-License-Identifier: GPL-3.0-or-later
// custodia-gui: the desktop app for the referente and the Dirigente.
//   custodia-gui                open the start screen (recent vaults, create)
//   custodia-gui VAULT          start with VAULT chosen
//   custodia-gui --demo         a demo vault with made-up data in a temporary folder
//   custodia-gui --lang en      English (Italian is the default)
//   custodia-gui --smoke-test   load the window and quit (for the tests)
#include "crypto/Random.h"
#include "gui/App.h"
#include "gui/Session.h"
#include "vault/Clock.h"
#include "vault/Hardening.h"
#include "vault/documents/Install.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

Q_IMPORT_QML_PLUGIN(CustodiaPlugin)

int main(int argc, char* argv[]) {
    custodia::vault::hardenProcess();  // no core dumps of decrypted evidence, no ptrace
    custodia::crypto::initialize();
    custodia::gui::prepareEnvironment();
    QGuiApplication app(argc, argv);
    custodia::documents::installRenderers();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Custodia: archivio cifrato delle prove con catena di custodia"));
    parser.addHelpOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open a demo vault with made-up data"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: it (default) or en"),
                                  QStringLiteral("lang"));
    const QCommandLineOption smoke(QStringLiteral("smoke-test"), QStringLiteral("Load the window and quit"));
    parser.addOptions({demo, lang, smoke});
    parser.addPositionalArgument(QStringLiteral("vault"), QStringLiteral("Vault folder to open"));
    parser.process(app);

    const custodia::vault::SystemClock clock;
    custodia::gui::Session session(clock);
    if (parser.isSet(lang)) {
        session.setLanguage(parser.value(lang));
    }
    QQmlApplicationEngine engine;
    QTranslator translator;
    custodia::gui::setupEngine(engine, session, translator);
    const QStringList positional = parser.positionalArguments();
    engine.rootContext()->setContextProperty(QStringLiteral("initialVault"),
                                             positional.isEmpty() ? QString() : positional.first());

    bool failed = false;
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [&failed] {
        failed = true;
        QCoreApplication::exit(1);
    });
    engine.load(QUrl(QStringLiteral("qrc:/Custodia/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    if (parser.isSet(demo)) {
        session.openDemo();
    }
    if (parser.isSet(smoke)) {
        QTimer::singleShot(300, &app, [] { QCoreApplication::exit(0); });
    }
    const int rc = QGuiApplication::exec();
    session.lock(QStringLiteral("quit"));
    return failed ? 1 : rc;
}
