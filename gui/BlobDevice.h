// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

#include <memory>

namespace custodia::vault {
class Vault;
struct Item;
class BlobRandomReader;
}  // namespace custodia::vault

namespace custodia::gui {

// A read-only, seekable QIODevice over an item's age blob, decrypting the
// chunk a reader asks for (vault::BlobRandomReader): Qt Multimedia plays a
// video from it, seeking freely, and no decrypted copy is ever written.
// A chunk that fails authentication ends the stream with an error.
class BlobDevice final : public QIODevice {
    Q_OBJECT

public:
    // Open it with ReadOnly | Unbuffered (the reads are at positions it tracks).
    BlobDevice(vault::Vault& v, const vault::Item& item);
    ~BlobDevice() override;

    [[nodiscard]] bool isSequential() const override { return false; }
    [[nodiscard]] qint64 size() const override;
    [[nodiscard]] qint64 bytesAvailable() const override;
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    std::unique_ptr<vault::BlobRandomReader> reader_;
    qint64 offset_ = 0;
};

}  // namespace custodia::gui
