// SPDX-License-Identifier: GPL-3.0-or-later
// Whole-file decryption (header, stanzas, MAC, STREAM payload) with a fixed
// X25519 identity and a passphrase: only crypto::Error may come out, and
// only authenticated plaintext. The random-access decryptor of the same
// bytes must agree: the same plaintext when the file decrypts, a failure
// when it does not. The recovery of a cut-off file (recoverPrefix) must
// release only authenticated bytes: all of a file that decrypts, and for
// any other a prefix that, with its rewrite applied, is a valid age file of
// exactly those bytes.
#include "crypto/Age.h"
#include "crypto/AgeRandomAccess.h"
#include "crypto/AgeRecover.h"
#include "crypto/Error.h"

#include <cstdlib>
#include <vector>

using namespace custodia::crypto;

namespace {
const age::X25519Identity& identity() {
    static const age::X25519Identity id =
        age::X25519Identity::parse("AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0");
    return id;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // A low work factor limit keeps scrypt stanzas from stalling the fuzzer.
    const age::ScryptIdentity scrypt(SecureBuffer::copyOf(std::string_view("password")), 10);
    const age::Identity* ids[] = {&identity(), &scrypt};
    MemorySource src({data, size});
    std::vector<std::uint8_t> sequential;
    bool sequentialOk = false;
    try {
        age::Decryptor dec(src, ids);
        std::uint8_t buf[8192];
        for (std::size_t n; (n = dec.read(buf)) > 0;) {
            sequential.insert(sequential.end(), buf, buf + n);
        }
        sequentialOk = true;
    } catch (const Error&) {
    }
    std::vector<std::uint8_t> random;
    bool randomOk = false;
    try {
        age::MemoryPositionalSource positional({data, size});
        age::RandomAccessDecryptor dec(positional, ids);
        random.resize(dec.size());
        if (dec.readAt(0, random) != random.size()) {
            std::abort();
        }
        randomOk = true;
    } catch (const Error&) {
    }
    if (sequentialOk != randomOk || (sequentialOk && sequential != random)) {
        std::abort();
    }
    try {
        age::MemoryPositionalSource positional({data, size});
        MemorySink released;
        const age::RecoveredPrefix r = age::recoverPrefix(positional, ids, released);
        if (released.data.size() != r.plaintextSize || r.keepBytes > size || r.keepBytes + r.discardedBytes != size) {
            std::abort();
        }
        if (sequentialOk && (!r.complete || released.data != sequential)) {
            std::abort();
        }
        if (r.plaintextSize > 0 && !r.complete) {
            if (r.rewriteAt + r.rewrite.size() != r.keepBytes) {
                std::abort();
            }
            std::vector<std::uint8_t> fixed(data, data + r.keepBytes);
            std::copy(r.rewrite.begin(), r.rewrite.end(), fixed.begin() + static_cast<std::ptrdiff_t>(r.rewriteAt));
            std::vector<std::uint8_t> plain;
            try {
                MemorySource again(fixed);
                age::Decryptor dec(again, ids);
                std::uint8_t buf[8192];
                for (std::size_t n; (n = dec.read(buf)) > 0;) {
                    plain.insert(plain.end(), buf, buf + n);
                }
            } catch (const Error&) {
                std::abort();  // the fixed file is not a valid age file
            }
            if (plain != released.data) {
                std::abort();
            }
        }
    } catch (const Error&) {
        // A header that does not open or parse: nothing to recover.
    }
    return 0;
}
