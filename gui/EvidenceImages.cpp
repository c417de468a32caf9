// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/EvidenceImages.h"

#include "gui/Session.h"

#include <QBuffer>
#include <QImageReader>

namespace custodia::gui {

EvidenceImages::EvidenceImages(Session& session) : QQuickImageProvider(QQuickImageProvider::Image), session_(session) {}

QImage EvidenceImages::requestImage(const QString& id, QSize* size, const QSize& requestedSize) {
    const QStringList parts = id.split('/');
    if (parts.size() >= 4 && parts.at(1) == QLatin1String("review")) {
        // "<item>/review/<frame>/<burned>[/<revision>]": the review screen's
        // picture or video frame, decoded once and kept in memory by the
        // session; the revision only makes QML ask again after a change.
        QImage image = session_.reviewImage(parts.at(0), parts.at(2).toInt(), parts.at(3) == QLatin1String("1"));
        if (requestedSize.isValid() && !image.isNull())
            image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (size != nullptr)
            *size = image.size();
        return image;
    }
    const bool thumb = parts.size() > 1 && parts.at(1) == QLatin1String("thumb");
    QByteArray bytes = session_.decryptForDisplay(parts.at(0));
    QImage image;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        if (thumb && requestedSize.isValid() && reader.size().isValid()) {
            reader.setScaledSize(reader.size().scaled(requestedSize, Qt::KeepAspectRatio));
        }
        image = reader.read();
    }
    bytes.fill('\0');
    if (size != nullptr)
        *size = image.size();
    return image;
}

}  // namespace custodia::gui
