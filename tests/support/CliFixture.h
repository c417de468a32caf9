// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/Process.h"
#include "support/TestVault.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace custodia::test {

// A vault made with the real `custodia init` in a temporary directory, and
// a way to run further commands as its referente ("ref") or its DS ("ds"),
// passphrases on stdin (--passphrase-fd 0).
struct CliVault {
    CliVault();
    TempDir tmp;
    std::string dir;
    std::string recoveryCode;
    // custodia --passphrase-fd 0 --user USER ARGS... with the user's passphrase on stdin.
    Result as(const std::string& user, const std::vector<std::string>& args, const std::string& extraInput = {},
              const std::map<std::string, std::string>& env = {});
    Result ref(const std::vector<std::string>& args, const std::map<std::string, std::string>& env = {}) {
        return as("ref", args, {}, env);
    }
    // Opens case 1 ("Caso di prova") and returns its number.
    std::string openCase();
    // Ingests a file into case 1 with the usual R3/R4/R6 options; returns the item id.
    std::string ingest(const std::string& file, const std::vector<std::string>& extra = {});
    nlohmann::json json(const std::vector<std::string>& args);
};

// Small real media files made with Debian tools at test time.
struct Media {
    std::string jpeg, png, mp4;
};
Media makeMedia(const TempDir& dir);

// Runs a command under a pseudo-terminal answering prompts (support/pty_run.py).
Result withTerminal(const std::vector<std::pair<std::string, std::string>>& answers,
                    const std::vector<std::string>& command);

}  // namespace custodia::test
