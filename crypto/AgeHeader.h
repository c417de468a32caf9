// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stream.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace custodia::crypto::age {

// One recipient stanza of an age v1 header (age spec, "Recipient stanza").
struct Stanza {
    std::vector<std::string> args;  // args[0] is the stanza type, e.g. "X25519"
    std::vector<std::uint8_t> body;
    [[nodiscard]] const std::string& type() const { return args.front(); }
    bool operator==(const Stanza&) const = default;
};

// A parsed header: the stanzas, the MAC, and the exact bytes the MAC covers
// (everything up to and including "---"), kept so that verification uses
// the bytes as received and not a re-encoding.
struct Header {
    std::vector<Stanza> stanzas;
    std::array<std::uint8_t, 32> mac{};
    std::string macInput;
};

// A ByteSource with one-line lookahead for the textual header; after the
// header it hands the remaining bytes on unchanged to the payload reader.
class BufferedSource final : public ByteSource {
public:
    explicit BufferedSource(ByteSource& inner) : inner_(inner) {}
    // Reads one line including its LF. Returns false at a clean end of stream
    // before any byte; throws Error(HeaderInvalid) if the line has no LF or is
    // longer than maxLength.
    [[nodiscard]] bool readLine(std::string& line, std::size_t maxLength);
    [[nodiscard]] std::size_t read(std::span<std::uint8_t> out) override;

private:
    bool fill();
    ByteSource& inner_;
    std::vector<std::uint8_t> buf_;
    std::size_t pos_ = 0;
};

// Parses the header strictly per the age v1 ABNF: the version line, one or
// more stanzas (arguments of VCHARs separated by single spaces; body in
// canonical unpadded base64 wrapped at 64 columns, ending with a line shorter
// than 64), and the MAC line. Any deviation throws Error(HeaderInvalid).
// Consumes exactly the header bytes from `src`.
[[nodiscard]] Header parseHeader(BufferedSource& src);

// The header text up to and including "---" for these stanzas: what the MAC
// is computed over.
[[nodiscard]] std::string encodeHeaderWithoutMac(const std::vector<Stanza>& stanzas);

// The complete header: encodeHeaderWithoutMac + " " + base64(mac) + LF.
[[nodiscard]] std::string encodeHeader(const std::vector<Stanza>& stanzas, const std::array<std::uint8_t, 32>& mac);

}  // namespace custodia::crypto::age
