// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgeStream.h"

#include "Error.h"
#include "Kdf.h"

#include <cstring>

namespace custodia::crypto::age {

namespace {

constexpr std::size_t kBatchChunks = 16;  // ~1 MiB per write(2)

[[noreturn]] void payloadFail(const std::string& why) {
    throw Error(Error::Code::PayloadInvalid, "age payload damaged: " + why);
}

}  // namespace

ChaCha20Poly1305::Nonce chunkNonce(std::uint64_t counter, bool last) {
    ChaCha20Poly1305::Nonce n{};
    for (int i = 0; i < 8; ++i) {
        n[static_cast<std::size_t>(10 - i)] = static_cast<std::uint8_t>(counter >> (8 * i));
    }
    n[11] = last ? 1 : 0;
    return n;
}

SecureBuffer payloadKey(const SecureBuffer& fileKey, std::span<const std::uint8_t> nonce) {
    return hkdfSha256(fileKey.span(), nonce, "payload");
}

PayloadWriter::PayloadWriter(ByteSink& dst, SecureBuffer key) : dst_(dst), aead_(key), chunk_(kChunkSize) {
    out_.reserve(kBatchChunks * kEncryptedChunkSize);
}

void PayloadWriter::write(std::span<const std::uint8_t> plaintext) {
    if (finished_) {
        throw Error(Error::Code::InvalidArgument, "write after finish");
    }
    while (!plaintext.empty()) {
        // A full chunk is sealed only when more data arrives, because the
        // final chunk must carry the last flag and may itself be full.
        if (filled_ == kChunkSize) {
            sealChunk({chunk_.data(), filled_}, false);
            filled_ = 0;
        }
        // Whole chunks with more data behind them are sealed straight from
        // the caller's buffer, without a copy.
        while (filled_ == 0 && plaintext.size() > kChunkSize) {
            sealChunk(plaintext.first(kChunkSize), false);
            plaintext = plaintext.subspan(kChunkSize);
        }
        const std::size_t n = std::min(plaintext.size(), kChunkSize - filled_);
        std::memcpy(chunk_.data() + filled_, plaintext.data(), n);
        filled_ += n;
        plaintext = plaintext.subspan(n);
    }
}

void PayloadWriter::finish() {
    if (finished_) {
        return;
    }
    sealChunk({chunk_.data(), filled_}, true);
    filled_ = 0;
    flush();
    finished_ = true;
}

void PayloadWriter::sealChunk(std::span<const std::uint8_t> plaintext, bool last) {
    const std::size_t at = out_.size();
    out_.resize(at + plaintext.size() + kTagSize);
    aead_.seal(chunkNonce(counter_, last), plaintext, out_.data() + at);
    ++counter_;
    if (out_.size() >= kBatchChunks * kEncryptedChunkSize) {
        flush();
    }
}

void PayloadWriter::flush() {
    if (!out_.empty()) {
        dst_.write(out_);
        out_.clear();
    }
}

PayloadReader::PayloadReader(ByteSource& src, SecureBuffer key)
    : src_(src), aead_(key), in_(kEncryptedChunkSize + 1), plain_(kChunkSize) {}

std::size_t PayloadReader::read(std::span<std::uint8_t> out) {
    if (failed_) {
        payloadFail("reading after an error");
    }
    while (plainPos_ == plainLen_) {
        if (done_) {
            if (trailingData_) {
                failed_ = true;
                payloadFail("trailing data after the final chunk");
            }
            return 0;
        }
        try {
            readChunk();
        } catch (...) {
            failed_ = true;
            throw;
        }
    }
    const std::size_t n = std::min(out.size(), plainLen_ - plainPos_);
    std::memcpy(out.data(), plain_.data() + plainPos_, n);
    plainPos_ += n;
    return n;
}

void PayloadReader::readChunk() {
    // in_ may already hold one byte of lookahead from the previous chunk.
    inFilled_ += readFull(src_, std::span(in_).subspan(inFilled_, kEncryptedChunkSize + 1 - inFilled_));
    if (inFilled_ == 0) {
        payloadFail("the file ends without a final chunk (truncated)");
    }
    const bool more = inFilled_ > kEncryptedChunkSize;
    const std::size_t len = more ? kEncryptedChunkSize : inFilled_;
    if (len < kTagSize) {
        payloadFail("a chunk shorter than its tag (truncated)");
    }
    if (len == kTagSize && counter_ != 0) {
        payloadFail("an empty final chunk after data");
    }
    if (len < kEncryptedChunkSize && more) {
        payloadFail("a short chunk before the end");
    }
    auto open = [&](bool isLast) { return aead_.open(chunkNonce(counter_, isLast), {in_.data(), len}, plain_.data()); };
    // A short chunk can only be the final one. A full chunk is tried as a
    // middle chunk first, then as a full-size final chunk (as the reference
    // implementation does): a full middle chunk at the end of the file is
    // released, and the missing final chunk is reported on the next read.
    bool last = len < kEncryptedChunkSize;
    bool ok = open(last);
    if (!ok && !last) {
        last = true;
        ok = open(true);
    }
    if (!ok) {
        payloadFail("chunk " + std::to_string(counter_) + " failed authentication");
    }
    plainLen_ = len - kTagSize;
    plainPos_ = 0;
    ++counter_;
    if (more) {
        in_[0] = in_[kEncryptedChunkSize];
        inFilled_ = 1;
    } else {
        inFilled_ = 0;
    }
    if (last) {
        done_ = true;
        trailingData_ = more;  // released now, reported on the next read
    }
}

}  // namespace custodia::crypto::age
