// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Age.h"
#include "AgeRandomAccess.h"
#include "Stream.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

// The authenticated prefix of an age file whose writer stopped before it
// sealed the final chunk (a recording cut by a crash, a full or removed
// medium: issue 8, docs/formats.md "Interrupted recordings"). Nothing here
// changes the format: the result is an ordinary age v1 file whose payload is
// the chunks that were complete, the last of them sealed again as the final
// chunk.
namespace custodia::crypto::age {

struct RecoveredPrefix {
    // Plaintext bytes that authenticated (all of them went to `plaintext`).
    std::uint64_t plaintextSize = 0;
    // The file is valid up to here: truncate it to this length after the rewrite.
    std::uint64_t keepBytes = 0;
    // Bytes after keepBytes that are dropped (a chunk cut in the middle, or
    // one that does not authenticate, and everything after it).
    std::uint64_t discardedBytes = 0;
    // The file already ended with its final chunk: nothing to change.
    bool complete = false;
    // When !complete and plaintextSize > 0: the last complete chunk sealed
    // again as the final chunk, to be written at `rewriteAt` (its old place).
    std::uint64_t rewriteAt = 0;
    std::vector<std::uint8_t> rewrite;
};

// Reads the header (the identity must open it; errors as Decryptor), then the
// chunks in order: each is opened first as a middle chunk and, if that fails,
// as the final one. The first chunk that is short, or opens as neither, ends
// the payload. Every authenticated plaintext byte is written to `plaintext`
// in order. Sealing a middle chunk again with the final flag uses a nonce
// never used under this payload key (the flag is part of the nonce), so no
// nonce is reused. With no complete chunk, plaintextSize is 0 and there is
// nothing to keep. Throws Error(HeaderInvalid | HeaderMac | NoMatch | Io),
// HeaderInvalid also for a header cut before its payload nonce.
[[nodiscard]] RecoveredPrefix recoverPrefix(PositionalSource& src, std::span<const Identity* const> identities,
                                            ByteSink& plaintext);

}  // namespace custodia::crypto::age
