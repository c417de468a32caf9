// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Hardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace custodia::vault {

void hardenProcess() {
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
#if !defined(__SANITIZE_ADDRESS__)
    // (LeakSanitizer must ptrace the process at exit; the sanitizer test
    // build keeps it traceable. Release builds never do.)
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    ::umask(077);
}

}  // namespace custodia::vault
