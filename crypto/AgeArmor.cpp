// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgeArmor.h"

#include "Encoding.h"
#include "Error.h"

#include <cstring>

namespace custodia::crypto::age {

namespace {

constexpr std::string_view kBegin = "-----BEGIN AGE ENCRYPTED FILE-----";
constexpr std::string_view kEnd = "-----END AGE ENCRYPTED FILE-----";
constexpr std::size_t kColumns = 64;

[[noreturn]] void armorFail(const std::string& why) {
    throw Error(Error::Code::ArmorInvalid, "invalid age ASCII armor: " + why);
}

bool isSpace(std::uint8_t b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
}

}  // namespace

bool ArmorReader::nextByte(std::uint8_t& b) {
    if (inPos_ == inLen_) {
        inLen_ = inner_.read(in_);
        inPos_ = 0;
        if (inLen_ == 0) {
            return false;
        }
    }
    b = in_[inPos_++];
    return true;
}

// One line without its LF or CRLF; the last line may lack an end of line.
std::string ArmorReader::nextLine() {
    std::string line;
    std::uint8_t b = 0;
    while (nextByte(b)) {
        if (b == '\n') {
            if (!line.empty() && line.back() == '\r') {
                line.pop_back();
            }
            return line;
        }
        line.push_back(static_cast<char>(b));
        if (line.size() > kColumns + 1) {
            armorFail("a line is too long");
        }
    }
    return line;
}

void ArmorReader::checkOnlyWhitespaceRemains() {
    std::uint8_t b = 0;
    while (nextByte(b)) {
        if (!isSpace(b)) {
            armorFail("data after the end line");
        }
    }
}

void ArmorReader::decodeNextLine() {
    if (!started_) {
        std::uint8_t b = 0;
        std::string first;
        do {
            if (!nextByte(b)) {
                armorFail("no BEGIN line");
            }
        } while (isSpace(b));
        first.push_back(static_cast<char>(b));
        first += nextLine();
        if (first != kBegin) {
            armorFail("the first line is not " + std::string(kBegin));
        }
        started_ = true;
    }
    const std::string line = nextLine();
    if (line == kEnd) {
        checkOnlyWhitespaceRemains();
        finished_ = true;
        return;
    }
    if (line.size() > kColumns) {
        armorFail("a line is longer than 64 columns");
    }
    if (line.empty() || line.size() % 4 != 0) {
        armorFail("a line is not a whole number of base64 quanta");
    }
    auto bytes = fromBase64Padded(line);
    if (!bytes) {
        armorFail("a line is not canonical padded base64");
    }
    decoded_ = std::move(*bytes);
    decodedPos_ = 0;
    if (line.size() < kColumns || line.back() == '=') {
        // A short or padded line is the last one: the end line must follow.
        if (nextLine() != kEnd) {
            armorFail("a short line that is not followed by the END line");
        }
        checkOnlyWhitespaceRemains();
        finished_ = true;
    }
}

std::size_t ArmorReader::read(std::span<std::uint8_t> out) {
    while (decodedPos_ == decoded_.size()) {
        if (finished_) {
            return 0;
        }
        decodeNextLine();
    }
    const std::size_t n = std::min(out.size(), decoded_.size() - decodedPos_);
    std::memcpy(out.data(), decoded_.data() + decodedPos_, n);
    decodedPos_ += n;
    return n;
}

std::string armor(std::span<const std::uint8_t> ageFile) {
    std::string out(kBegin);
    out += '\n';
    const std::string b64 = toBase64Padded(ageFile);
    for (std::size_t i = 0; i < b64.size(); i += kColumns) {
        out.append(b64, i, kColumns);
        out += '\n';
    }
    out += kEnd;
    out += '\n';
    return out;
}

}  // namespace custodia::crypto::age
