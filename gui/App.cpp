// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/App.h"

#include "gui/EvidenceImages.h"
#include "gui/RecordModel.h"
#include "gui/Session.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTranslator>
#include <QtQml>

namespace custodia::gui {

namespace {

// Qt's own strings (dialog buttons, file dialogs) in the app's language.
QTranslator& qtTranslator() {
    static QTranslator t;
    return t;
}

void applyLanguage(QQmlApplicationEngine& engine, QTranslator& translator, const QString& language) {
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::removeTranslator(&qtTranslator());
    // Italian is the source language, but its catalogue carries the singular
    // forms of the counted messages ("1 prova").
    if (translator.load(QStringLiteral(":/i18n/custodia_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(&translator);
    }
    if (language != QLatin1String("en") &&
        qtTranslator().load(QLocale(QLocale::Italian), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator());
    }
    engine.retranslate();
}

}  // namespace

void prepareEnvironment() {
    // Our QML is compiled ahead of time; no cache of anything at run time.
    qputenv("QML_DISABLE_DISK_CACHE", "1");
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QCoreApplication::setApplicationName(QStringLiteral("Custodia"));
    QCoreApplication::setOrganizationName(QStringLiteral("Custodia"));
}

void setupEngine(QQmlApplicationEngine& engine, Session& session, QTranslator& translator) {
    qmlRegisterSingletonInstance("Custodia.Backend", 1, 0, "Session", &session);
    qmlRegisterUncreatableType<RecordModel>("Custodia.Backend", 1, 0, "RecordModel",
                                            QStringLiteral("made by the Session"));
    engine.addImageProvider(QStringLiteral("evidence"), new EvidenceImages(session));
    QObject::connect(&session, &Session::languageChanged, &engine,
                     [&engine, &translator, &session] { applyLanguage(engine, translator, session.language()); });
    applyLanguage(engine, translator, session.language());
}

}  // namespace custodia::gui
