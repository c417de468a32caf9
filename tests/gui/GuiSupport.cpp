// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "gui/App.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QSettings>
#include <QThread>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <csignal>
#include <cstdlib>

extern char** environ;

namespace custodia::test::gui {

namespace {

pid_t xvfbPid = 0;

void stopXvfb() {
    if (xvfbPid > 0) {
        ::kill(xvfbPid, SIGTERM);
        ::waitpid(xvfbPid, nullptr, 0);
        xvfbPid = 0;
    }
}

}  // namespace

void ensureApplication(const char* platform) {
    if (QCoreApplication::instance() != nullptr)
        return;
    ::setenv("QT_QPA_PLATFORM", platform, 1);
    custodia::gui::prepareEnvironment();
    static int argc = 1;
    static char name[] = "custodia-gui-test";
    static char* argv[] = {name, nullptr};
    new QGuiApplication(argc, argv);  // lives until the program ends
    QCoreApplication::setOrganizationName(QStringLiteral("CustodiaTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    static QString settingsDir = QDir::temp().filePath(QStringLiteral("custodia-gui-test-settings-%1").arg(::getpid()));
    QDir(settingsDir).removeRecursively();
    std::atexit([] { QDir(settingsDir).removeRecursively(); });
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
}

bool startXvfb() {
    if (xvfbPid > 0)
        return true;
    int fds[2];
    if (::pipe(fds) != 0)
        return false;
    const std::string fd = std::to_string(fds[1]);
    const char* args[] = {"Xvfb", "-displayfd", fd.c_str(), "-screen", "0", "1366x768x24", "-nolisten", "tcp", nullptr};
    if (::posix_spawnp(&xvfbPid, "Xvfb", nullptr, nullptr, const_cast<char* const*>(args), environ) != 0) {
        xvfbPid = 0;
        return false;
    }
    ::close(fds[1]);
    char buf[16] = {};
    const ssize_t n = ::read(fds[0], buf, sizeof buf - 1);
    ::close(fds[0]);
    if (n <= 0) {
        stopXvfb();
        return false;
    }
    const QString display = QStringLiteral(":%1").arg(QString::fromLatin1(buf, static_cast<int>(n)).trimmed());
    ::setenv("DISPLAY", display.toLatin1().constData(), 1);
    std::atexit(stopXvfb);
    return true;
}

bool waitFor(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        // As the real event loop does: objects given to deleteLater() go now.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(5);
    }
    return true;
}

QByteArray makeChatPng(int width, int height, const QString& text) {
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor("#ece5dd"));
    QPainter p(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(height / 24);
    p.setFont(font);
    for (int i = 0; i < 8; ++i) {
        const bool mine = i % 2 == 1;
        const QRect bubble(mine ? width / 3 : width / 20, height / 10 + i * height / 10, width * 3 / 5, height / 13);
        p.fillRect(bubble, mine ? QColor("#dcf8c6") : QColor("#ffffff"));
        p.setPen(Qt::black);
        p.drawText(bubble.adjusted(8, 0, -8, 0), Qt::AlignVCenter, QStringLiteral("%1 (%2)").arg(text).arg(i));
    }
    p.end();
    // Noise in the corner so that the PNG has enough entropy to be recognised.
    for (int y = 0; y < 40; ++y) {
        for (int x = 0; x < 40; ++x)
            image.setPixel(x, y, static_cast<QRgb>((x * 7919 + y * 104729) * 2654435761U));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

}  // namespace custodia::test::gui
