// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatPicture.h"

#include "vault/documents/PdfDocument.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace custodia::test {

std::vector<std::uint8_t> ChatPicture::encode(const std::string& format) const {
    documents::ensureGuiApplication();
    QImage img(width, height, QImage::Format_RGB32);
    const QColor wallpaper = dark ? QColor(0x0b, 0x14, 0x1a) : QColor(0xef, 0xe7, 0xde);
    const QColor bar = dark ? QColor(0x1f, 0x2c, 0x34) : QColor(0x00, 0x80, 0x69);
    const QColor bubble = dark ? QColor(0x1f, 0x2c, 0x34) : QColor(0xff, 0xff, 0xff);
    const QColor ink = dark ? QColor(0xe9, 0xed, 0xef) : QColor(0x11, 0x1b, 0x21);
    img.fill(wallpaper);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const double s = width / 1080.0;
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPixelSize(static_cast<int>(38 * s));
    QFont bold = body;
    bold.setBold(true);
    // Status bar and header.
    p.fillRect(0, 0, width, static_cast<int>(260 * s), bar);
    p.setPen(Qt::white);
    p.setFont(body);
    p.drawText(QPointF(40 * s, 60 * s), QStringLiteral("21:43"));
    p.setBrush(QColor(0xc8, 0x78, 0x50));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(90 * s, 120 * s, 110 * s, 110 * s));
    p.setPen(Qt::white);
    p.setFont(bold);
    p.drawText(QPointF(230 * s, 190 * s), QString::fromStdString(header));
    // Bubbles.
    double y = 330 * s;
    const QColor senderColours[] = {QColor(0xc0, 0x30, 0x30), QColor(0x1f, 0x70, 0xc0), QColor(0x80, 0x40, 0xa0)};
    int sender = 0;
    for (const auto& m : messages) {
        const double h = (m.sender.empty() ? 110 : 170) * s;
        QPainterPath path;
        path.addRoundedRect(QRectF(110 * s, y, 900 * s, h), 24 * s, 24 * s);
        p.fillPath(path, bubble);
        if (!m.sender.empty()) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x5a, 0xa0, 0x5a));
            p.drawEllipse(QRectF(20 * s, y, 70 * s, 70 * s));
            p.setFont(bold);
            p.setPen(senderColours[sender++ % 3]);
            p.drawText(QPointF(140 * s, y + 55 * s), QString::fromStdString(m.sender));
        }
        p.setFont(body);
        p.setPen(ink);
        p.drawText(QPointF(140 * s, y + h - 40 * s), QString::fromStdString(m.text));
        y += h + 40 * s;
    }
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, format == "jpg" ? "JPEG" : "PNG", format == "jpg" ? 95 : -1);
    return {bytes.begin(), bytes.end()};
}

}  // namespace custodia::test
