// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace custodia::crypto {

// The one error type of the crypto layer. The code is what a program switches
// on; the message is what a person reads. Wrong key and damaged data are kept
// apart on purpose (age distinguishes "no identity matched" from "header MAC
// mismatch"; so do we): the first means "try another passphrase", the second
// means "this file was altered or corrupted".
class Error : public std::runtime_error {
public:
    enum class Code {
        NoMatch,          // no identity could unwrap the file key (wrong key or passphrase)
        HeaderInvalid,    // the age header does not parse, or a stanza is malformed
        HeaderMac,        // the header MAC does not verify: header altered
        PayloadInvalid,   // a STREAM chunk failed authentication, is truncated or has trailing data
        ArmorInvalid,     // the ASCII armor is not strict PEM
        InvalidKey,       // a key string (Bech32, hex) is malformed
        InvalidArgument,  // a caller passed something the API cannot use
        Io,               // reading or writing a stream failed (errno text in the message)
        Internal,         // a library primitive failed unexpectedly
    };

    Error(Code code, const std::string& message, int sysErrno = 0)
        : std::runtime_error(message), code_(code), errno_(sysErrno) {}

    [[nodiscard]] Code code() const noexcept { return code_; }
    // The errno of an Io failure (ENOSPC, EIO, ...), 0 otherwise.
    [[nodiscard]] int sysErrno() const noexcept { return errno_; }

private:
    Code code_;
    int errno_;
};

}  // namespace custodia::crypto
