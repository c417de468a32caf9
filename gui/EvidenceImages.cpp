// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/EvidenceImages.h"

#include "gui/Session.h"

#include <QBuffer>
#include <QImageReader>

namespace custodia::gui {

EvidenceImages::EvidenceImages(Session& session) : QQuickImageProvider(QQuickImageProvider::Image), session_(session) {}

QImage EvidenceImages::requestImage(const QString& id, QSize* size, const QSize& requestedSize) {
    const QStringList parts = id.split('/');
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
