// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every fuzz target: libsodium must be initialised before
// guarded memory or random bytes are used.
#include "crypto/Random.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    custodia::crypto::initialize();
    return 0;
}
