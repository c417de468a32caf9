// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgeRecover.h"

#include "AgeStream.h"
#include "ChaCha20Poly1305.h"
#include "Error.h"

#include <algorithm>

namespace custodia::crypto::age {

RecoveredPrefix recoverPrefix(PositionalSource& src, std::span<const Identity* const> identities, ByteSink& plaintext) {
    const PositionalPayload payload = openPositionalPayload(src, identities);
    ChaCha20Poly1305 aead(payload.key);
    const std::uint64_t payloadStart = payload.start;
    const std::uint64_t total = src.size();
    RecoveredPrefix out;

    std::vector<std::uint8_t> sealed(kEncryptedChunkSize);
    SecureBuffer plain(kChunkSize);
    SecureBuffer lastPlain(kChunkSize);  // the last middle chunk, to seal again as final
    std::size_t lastLength = 0;
    std::uint64_t at = payloadStart;
    std::uint64_t counter = 0;
    bool any = false;
    for (;; ++counter) {
        const std::size_t got = src.readAt(at, sealed);
        if (got < kTagSize) {
            break;
        }
        const std::span<const std::uint8_t> chunk(sealed.data(), got);
        const std::size_t length = got - kTagSize;
        // A middle chunk is always full and has more after it.
        if (got == kEncryptedChunkSize && aead.open(chunkNonce(counter, false), chunk, plain.data())) {
            plaintext.write({plain.data(), length});
            std::copy(plain.data(), plain.data() + length, lastPlain.data());
            lastLength = length;
            out.plaintextSize += length;
            at += got;
            any = true;
            continue;
        }
        // An empty final chunk is valid only as the whole payload.
        if ((length > 0 || counter == 0) && aead.open(chunkNonce(counter, true), chunk, plain.data())) {
            plaintext.write({plain.data(), length});
            out.plaintextSize += length;
            out.complete = true;
            at += got;
        }
        break;
    }
    if (out.complete) {
        out.keepBytes = at;
    } else if (any) {
        // Seal the last complete chunk again, as the final one, in its place.
        out.rewriteAt = at - kEncryptedChunkSize;
        out.rewrite.resize(lastLength + kTagSize);
        aead.seal(chunkNonce(counter - 1, true), {lastPlain.data(), lastLength}, out.rewrite.data());
        out.keepBytes = at;
    } else {
        out.keepBytes = 0;
    }
    out.discardedBytes = total - out.keepBytes;
    return out;
}

}  // namespace custodia::crypto::age
