// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QQmlApplicationEngine;
class QTranslator;

namespace custodia::gui {

class Session;

// What the app and its end-to-end test share: Qt settings for a program that
// must write no plaintext (no QML disk cache), the Session and its types in
// QML ("import Custodia.Backend"), the evidence image provider, and the
// translator that follows Session::language (Italian is the source language;
// English from i18n/custodia_en.ts).
void prepareEnvironment();
void setupEngine(QQmlApplicationEngine& engine, Session& session, QTranslator& translator);

}  // namespace custodia::gui
