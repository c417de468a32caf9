// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/BlobDevice.h"

#include "vault/Blob.h"

namespace custodia::gui {

BlobDevice::BlobDevice(vault::Vault& v, const vault::Item& item)
    : reader_(std::make_unique<vault::BlobRandomReader>(v, item)) {}

BlobDevice::~BlobDevice() = default;

qint64 BlobDevice::size() const {
    return static_cast<qint64>(reader_->size());
}

qint64 BlobDevice::bytesAvailable() const {
    // Unbuffered: what lies between the position and the end.
    return std::max<qint64>(0, size() - offset_);
}

bool BlobDevice::seek(qint64 pos) {
    if (pos < 0 || pos > size() || !QIODevice::seek(pos))
        return false;
    offset_ = pos;
    return true;
}

qint64 BlobDevice::readData(char* data, qint64 maxSize) {
    if (maxSize <= 0)
        return 0;
    try {
        const std::size_t n =
            reader_->readAt(static_cast<std::uint64_t>(offset_),
                            {reinterpret_cast<std::uint8_t*>(data), static_cast<std::size_t>(maxSize)});
        offset_ += static_cast<qint64>(n);
        return n == 0 ? -1 : static_cast<qint64>(n);
    } catch (const std::exception& e) {
        setErrorString(QString::fromStdString(e.what()));
        return -1;
    }
}

qint64 BlobDevice::writeData(const char* /*data*/, qint64 /*maxSize*/) {
    return -1;
}

}  // namespace custodia::gui
