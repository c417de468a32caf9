// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test for the app's QML components (tests/gui/qml/tst_*.qml): the
// same module ("import Custodia") and a real Session on no vault.
#include "crypto/Random.h"
#include "gui/App.h"
#include "gui/EvidenceImages.h"
#include "gui/RecordModel.h"
#include "gui/Session.h"
#include "vault/Clock.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QQmlEngine>
#include <QTranslator>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(CustodiaPlugin)

class Setup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable() {
        custodia::crypto::initialize();
        session_ = std::make_unique<custodia::gui::Session>(clock_);
    }
    void qmlEngineAvailable(QQmlEngine* engine) {
        qmlRegisterSingletonInstance("Custodia.Backend", 1, 0, "Session", session_.get());
        qmlRegisterUncreatableType<custodia::gui::RecordModel>("Custodia.Backend", 1, 0, "RecordModel",
                                                               QStringLiteral("made by the Session"));
        engine->addImportPath(QStringLiteral("qrc:/"));
    }

private:
    custodia::vault::SystemClock clock_;
    std::unique_ptr<custodia::gui::Session> session_;
};

QUICK_TEST_MAIN_WITH_SETUP(custodia_qml, Setup)

#include "QuickTestMain.moc"
