// SPDX-License-Identifier: GPL-3.0-or-later
// Whole-file decryption (header, stanzas, MAC, STREAM payload) with a fixed
// X25519 identity and a passphrase: only crypto::Error may come out, and
// only authenticated plaintext.
#include "crypto/Age.h"
#include "crypto/Error.h"

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
    try {
        age::Decryptor dec(src, ids);
        std::uint8_t buf[8192];
        while (dec.read(buf) > 0) {
        }
    } catch (const Error&) {
    }
    return 0;
}
