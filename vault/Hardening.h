// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace custodia::vault {

// Start-up hardening of a process that will hold keys and decrypted evidence
// (the CLI and the desktop app; as KeePassXC's Bootstrap): no core dumps, no
// ptrace or /proc/PID/mem by other processes of the same user, files created
// private to the user (umask 077). Call it first thing in main().
void hardenProcess();

}  // namespace custodia::vault
