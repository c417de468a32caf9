// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgeRandomAccess.h"

#include "AgeHeader.h"
#include "AgeStream.h"
#include "Error.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>

namespace custodia::crypto::age {

namespace {

// The MAC line after "---": a space, 43 characters of unpadded base64 (32
// bytes; the parser accepts no other length) and a line feed.
constexpr std::size_t kMacLineTail = 1 + 43 + 1;

// Sequential reads over a positional source, for the header parser.
class SequentialSource final : public ByteSource {
public:
    explicit SequentialSource(PositionalSource& src) : src_(src) {}
    [[nodiscard]] std::size_t read(std::span<std::uint8_t> out) override {
        const std::size_t n = src_.readAt(pos_, out);
        pos_ += n;
        return n;
    }

private:
    PositionalSource& src_;
    std::uint64_t pos_ = 0;
};

[[noreturn]] void payloadFail(const std::string& why) {
    throw Error(Error::Code::PayloadInvalid, "age payload damaged: " + why);
}

}  // namespace

FdPositionalSource::FdPositionalSource(int fd) : fd_(fd) {
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        throw Error(Error::Code::Io, std::string("cannot read the file size: ") + std::strerror(errno), errno);
    }
    size_ = static_cast<std::uint64_t>(st.st_size);
}

std::size_t FdPositionalSource::readAt(std::uint64_t offset, std::span<std::uint8_t> out) {
    std::size_t done = 0;
    while (done < out.size()) {
        const ssize_t n = ::pread(fd_, out.data() + done, out.size() - done, static_cast<off_t>(offset + done));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw Error(Error::Code::Io, std::string("read failed: ") + std::strerror(errno), errno);
        }
        if (n == 0) {
            break;
        }
        done += static_cast<std::size_t>(n);
    }
    return done;
}

std::size_t MemoryPositionalSource::readAt(std::uint64_t offset, std::span<std::uint8_t> out) {
    if (offset >= bytes_.size()) {
        return 0;
    }
    const std::size_t n = std::min<std::uint64_t>(out.size(), bytes_.size() - offset);
    std::memcpy(out.data(), bytes_.data() + offset, n);
    return n;
}

PositionalPayload openPositionalPayload(PositionalSource& src, std::span<const Identity* const> identities) {
    SequentialSource sequential(src);
    BufferedSource buffered(sequential);
    const Header h = parseHeader(buffered);
    const SecureBuffer fileKey = openHeader(h, identities);
    const std::uint64_t headerLength = h.macInput.size() + kMacLineTail;
    std::array<std::uint8_t, kNonceSize> nonce{};
    if (src.readAt(headerLength, nonce) != nonce.size()) {
        throw Error(Error::Code::HeaderInvalid, "age header invalid: the payload nonce is missing or short");
    }
    return {payloadKey(fileKey, nonce), headerLength + kNonceSize};
}

RandomAccessDecryptor::RandomAccessDecryptor(PositionalSource& src, std::span<const Identity* const> identities)
    : src_(src), sealed_(kEncryptedChunkSize), plain_(kChunkSize) {
    const PositionalPayload opened = openPositionalPayload(src, identities);
    aead_.emplace(opened.key);
    payloadStart_ = opened.start;
    const std::uint64_t total = src_.size();
    if (total < payloadStart_ + kTagSize) {
        payloadFail("truncated: no final chunk");
    }
    const std::uint64_t payload = total - payloadStart_;
    chunks_ = (payload + kEncryptedChunkSize - 1) / kEncryptedChunkSize;
    const std::uint64_t lastSealed = payload - (chunks_ - 1) * kEncryptedChunkSize;
    if (lastSealed < kTagSize || (lastSealed == kTagSize && chunks_ > 1)) {
        payloadFail("the final chunk is empty or shorter than its tag");
    }
    size_ = (chunks_ - 1) * kChunkSize + (lastSealed - kTagSize);
    load(chunks_ - 1);  // authenticates the final chunk: the file is not truncated
}

void RandomAccessDecryptor::load(std::uint64_t chunk) {
    if (cached_ == chunk) {
        return;
    }
    cached_.reset();
    const bool last = chunk + 1 == chunks_;
    const std::uint64_t at = payloadStart_ + chunk * kEncryptedChunkSize;
    const std::size_t want = last ? static_cast<std::size_t>(src_.size() - at) : kEncryptedChunkSize;
    if (src_.readAt(at, std::span(sealed_.data(), want)) != want) {
        payloadFail("the file is shorter than it was when opened");
    }
    if (!aead_->open(chunkNonce(chunk, last), std::span(sealed_.data(), want), plain_.data())) {
        payloadFail("chunk " + std::to_string(chunk) + " does not authenticate (the file was altered)");
    }
    cached_ = chunk;
    cachedLength_ = want - kTagSize;
}

std::size_t RandomAccessDecryptor::readAt(std::uint64_t offset, std::span<std::uint8_t> out) {
    std::size_t done = 0;
    while (done < out.size() && offset + done < size_) {
        const std::uint64_t pos = offset + done;
        const std::uint64_t chunk = pos / kChunkSize;
        load(chunk);
        const std::size_t within = static_cast<std::size_t>(pos % kChunkSize);
        const std::size_t n = std::min(out.size() - done, cachedLength_ - within);
        std::memcpy(out.data() + done, plain_.data() + within, n);
        done += n;
    }
    return done;
}

}  // namespace custodia::crypto::age
