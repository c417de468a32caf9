// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecureBuffer.h"
#include "Stream.h"

#include <string>
#include <vector>

namespace custodia::crypto::age {

// age's ASCII armor (age spec, "ASCII armor"): strict RFC 7468 PEM with the
// label "AGE ENCRYPTED FILE", padded base64 in 64-column lines, the last line
// shorter or full. Whitespace is allowed only before and after the block;
// LF or CRLF line ends. Anything else throws Error(ArmorInvalid).
class ArmorReader final : public ByteSource {
public:
    explicit ArmorReader(ByteSource& inner) : inner_(inner) {}
    [[nodiscard]] std::size_t read(std::span<std::uint8_t> out) override;

private:
    bool nextByte(std::uint8_t& b);
    std::string nextLine();
    void decodeNextLine();
    void checkOnlyWhitespaceRemains();

    ByteSource& inner_;
    std::vector<std::uint8_t> in_ = std::vector<std::uint8_t>(4096);
    std::size_t inPos_ = 0;
    std::size_t inLen_ = 0;
    std::vector<std::uint8_t> decoded_;
    std::size_t decodedPos_ = 0;
    bool started_ = false;
    bool finished_ = false;
};

// Armors a complete age file.
[[nodiscard]] std::string armor(std::span<const std::uint8_t> ageFile);

}  // namespace custodia::crypto::age
