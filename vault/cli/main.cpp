// SPDX-License-Identifier: GPL-3.0-or-later
// custodia: the command-line front end over the vault library.
#include "Context.h"

#include "crypto/Error.h"
#include "crypto/Random.h"
#include "vault/Error.h"
#include "vault/Hardening.h"
#include "vault/documents/Install.h"

#include <iostream>

namespace {

void printError(const std::string& message, const std::string& hint) {
    std::cerr << "custodia: error: " << message << "\n";
    if (!hint.empty()) {
        std::cerr << "custodia: hint: " << hint << "\n";
    }
}

int run(int argc, char** argv) {
    using custodia::cli::Globals;
    try {
        custodia::crypto::initialize();
    } catch (const std::exception& e) {
        printError(e.what(), "");
        return custodia::vault::kExitIo;
    }
    custodia::documents::installRenderers();
    Globals g;
    CLI::App app{
        "Custodia: encrypted evidence vault with a chain of custody (Allegato 1 bis).\n"
        "Custodia: archivio cifrato delle prove con catena di custodia.",
        "custodia"};
    app.set_version_flag("--version", std::string("custodia 0.1.0"));
    app.require_subcommand(1);
    app.fallthrough();
    app.option_defaults()->always_capture_default();
    app.add_option("--passphrase-fd", g.passphraseFd,
                   "Read passphrases from this file descriptor, one per line, in prompt order (for scripts)");
    app.add_option("-u,--user", g.user, "Your user name in the vault (needed when it has several users)");
    app.add_flag("--recovery", g.recovery, "Unlock with the vault's recovery code instead of a passphrase");
    app.add_flag("--json", g.json, "Print results as JSON");
    app.add_option("--kdf-work-factor", g.kdfWorkFactor,
                   "scrypt work factor (log2 N) for new passphrases; default 18, lower only for tests")
        ->check(CLI::Range(10, 22))
        ->group("Advanced");
    app.footer(
        "Exit codes: 0 ok, 1 user error (bad input, wrong passphrase, not found), 2 integrity failure\n"
        "(tampered or damaged data), 3 input/output failure (full disk, removed medium),\n"
        "4 acquisition stopped by rule R6, 5 (status) items due for destruction or holds to review.\n"
        "Docs: docs/guida-utente.md");

    custodia::cli::addVaultCommands(app, g);
    custodia::cli::addCaseCommands(app, g);
    custodia::cli::addItemCommands(app, g);
    custodia::cli::addCaptureCommands(app, g);
    custodia::cli::addLogCommands(app, g);
    custodia::cli::addRetentionCommands(app, g);
    custodia::cli::addExportCommands(app, g);
    custodia::cli::addRedactCommands(app, g);

    try {
        app.parse(argc, argv);
        return custodia::vault::kExitOk;
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) {
            return app.exit(e);  // --help, --version
        }
        printError(e.what(), "see 'custodia --help' or 'custodia COMMAND --help'");
        return custodia::vault::kExitUserError;
    } catch (const custodia::cli::Exit& e) {
        return e.code;
    } catch (const custodia::vault::Error& e) {
        printError(e.what(), e.hint());
        return custodia::vault::exitCodeFor(e.code());
    } catch (const custodia::crypto::Error& e) {
        printError(e.what(), "");
        return e.code() == custodia::crypto::Error::Code::Io ? custodia::vault::kExitIo
                                                             : custodia::vault::kExitIntegrity;
    } catch (const std::bad_alloc&) {
        printError("out of memory (or the secure memory lock limit was reached)", "close other programs and retry");
        return custodia::vault::kExitIo;
    } catch (const std::exception& e) {
        printError(e.what(), "");
        return custodia::vault::kExitIo;
    }
}

}  // namespace

int main(int argc, char** argv) {
    custodia::vault::hardenProcess();
    try {
        return run(argc, argv);
    } catch (...) {  // anything not turned into a message above: never a crash dump
        printError("unexpected internal error", "");
        return custodia::vault::kExitIo;
    }
}
