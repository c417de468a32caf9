// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickImageProvider>

namespace custodia::gui {

class Session;

// "image://evidence/<item id>" (full size), "image://evidence/<item id>/thumb"
// and "image://evidence/<item id>/review/<frame>/<burned 0|1>/<revision>"
// (the consult-copy review: the picture, frame -1, or a video frame, with the
// plan burned in when asked):
// an image item decrypted in memory, checked against its signed SHA-256, EXIF
// orientation applied, never written anywhere. QML sets `cache: false` on
// these images so Qt's pixmap cache does not keep them past their view.
class EvidenceImages final : public QQuickImageProvider {
public:
    explicit EvidenceImages(Session& session);
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

private:
    Session& session_;
};

}  // namespace custodia::gui
