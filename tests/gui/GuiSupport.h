// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QString>

#include <filesystem>
#include <functional>

namespace custodia::test::gui {

// The one QGuiApplication of a test program, on the platform `platform`
// ("offscreen", or "xcb" under the Xvfb that startXvfb() started). Its
// settings go to a fresh folder, so tests never see the user's recent vaults.
void ensureApplication(const char* platform = "offscreen");

// Starts a private Xvfb server (1366x768, the typical school PC) and sets
// DISPLAY for this process; stopped at exit. Returns false if Xvfb is missing.
bool startXvfb();

// Processes events until `done` or `timeoutMs` passed; returns done().
bool waitFor(const std::function<bool()>& done, int timeoutMs = 20000);

// A made-up chat screenshot (PNG bytes): coloured bubbles with text, so the
// picture is not trivially compressible and can be recognised when decoded.
QByteArray makeChatPng(int width, int height, const QString& text);

}  // namespace custodia::test::gui
