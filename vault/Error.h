// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace custodia::vault {

// The one error type of the vault layer: a code a program switches on (the
// CLI maps it to an exit code, the GUI to a dialog), a message that names the
// object and what failed, and a hint that says what to do about it.
class Error : public std::runtime_error {
public:
    enum class Code {
        InvalidInput,      // a value the user gave is not acceptable
        NotFound,          // no such vault, case, item, user...
        AlreadyExists,     // the thing to create is already there
        PermissionDenied,  // the user's role does not allow this
        WrongPassphrase,   // the passphrase or recovery code does not open the keyslot
        Busy,              // another Custodia process has the vault open
        Integrity,         // data was altered or damaged: tampered log, corrupt blob...
        Io,                // the file system failed: full disk, removed medium, unreadable file
        StoppedByRule,     // an evidence rule stopped the operation (R6)
        Cancelled,         // the user cancelled a long operation; nothing was changed
    };

    Error(Code code, const std::string& message, std::string hint = {})
        : std::runtime_error(message), code_(code), hint_(std::move(hint)) {}

    [[nodiscard]] Code code() const noexcept { return code_; }
    [[nodiscard]] const std::string& hint() const noexcept { return hint_; }

private:
    Code code_;
    std::string hint_;
};

// Documented exit codes of the command line (docs/guida-utente.md, README).
inline constexpr int kExitOk = 0;
inline constexpr int kExitUserError = 1;
inline constexpr int kExitIntegrity = 2;
inline constexpr int kExitIo = 3;
inline constexpr int kExitStoppedByRule = 4;
inline constexpr int kExitAttention = 5;  // status: something is due (R11)

[[nodiscard]] inline int exitCodeFor(Error::Code code) noexcept {
    switch (code) {
        case Error::Code::Integrity:
            return kExitIntegrity;
        case Error::Code::Io:
            return kExitIo;
        case Error::Code::StoppedByRule:
            return kExitStoppedByRule;
        default:
            return kExitUserError;
    }
}

}  // namespace custodia::vault
