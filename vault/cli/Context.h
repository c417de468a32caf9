// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Terminal.h"
#include "vault/Clock.h"
#include "vault/Ingest.h"
#include "vault/Vault.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <string>

namespace custodia::cli {

// Options every command understands, and what the commands share: how to
// unlock a vault, how to print.
struct Globals {
    int passphraseFd = -1;
    std::string user;
    bool recovery = false;
    bool json = false;
    int kdfWorkFactor = 18;
    bool quietMedium = false;  // the command reports the medium and retention itself (status)
    vault::SystemClock clock;
};

// Thrown by a command that has printed its result and wants a given exit code.
struct Exit {
    int code;
};

// Unlocks `dir` as --user (or the only user), asking for the passphrase or,
// with --recovery, the recovery code. Once open, warns on stderr when the
// vault is not on a removable medium (R10).
// R11: unlocking destroys what is due (purge false: not, for a dry run) and
// says so on stderr, with what falls due within 30 days and holds to review.
[[nodiscard]] vault::Vault openVault(Globals& g, const std::string& dir, SecretSource& secrets, bool purge = true);

// R10 warning for a vault on an internal disk; returns true when printed.
bool warnIfInternal(const std::string& dir);

void printJson(const nlohmann::json& j);
// A stored UTC time as a person reads it in Rome ("-" when there is none;
// the text itself if it is not a stored time).
[[nodiscard]] std::string rome(const std::optional<std::string>& utc);
// The text, or "-" when there is none.
[[nodiscard]] std::string orDash(const std::optional<std::string>& s);

void warn(const std::string& message);
void note(const std::string& message);

// A case or person id given on the command line; throws Error(InvalidInput).
[[nodiscard]] std::int64_t parseId(const std::string& text, const std::string& what);
// A time a person typed (Europe/Rome unless it says otherwise), as RFC 3339 UTC.
[[nodiscard]] std::string parseTimeArg(const std::string& text, const std::string& what);
// "A|B|C" into its fields, missing trailing fields empty.
[[nodiscard]] std::vector<std::string> splitFields(const std::string& text, std::size_t count);

void addVaultCommands(CLI::App& app, Globals& g);
void addCaseCommands(CLI::App& app, Globals& g);
// R6, asked before anything is read (the acquisition commands). Without a
// terminal and without --no-sexual-content-of-minors there is no answer:
// Error(InvalidInput).
[[nodiscard]] vault::R6Answer askR6(bool declared);

void addItemCommands(CLI::App& app, Globals& g);
void addCaptureCommands(CLI::App& app, Globals& g);
void addLogCommands(CLI::App& app, Globals& g);
void addRetentionCommands(CLI::App& app, Globals& g);
// After addRetentionCommands, which makes the "config" command.
void addExportCommands(CLI::App& app, Globals& g);
void addRedactCommands(CLI::App& app, Globals& g);
void runDemo(Globals& g, const std::string& dir);

}  // namespace custodia::cli
