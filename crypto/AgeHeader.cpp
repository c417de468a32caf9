// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgeHeader.h"

#include "Encoding.h"
#include "Error.h"

#include <algorithm>
#include <cstring>

namespace custodia::crypto::age {

namespace {

constexpr std::string_view kVersionLine = "age-encryption.org/v1\n";
constexpr std::size_t kColumns = 64;
// Generous bounds that stop a hostile header from exhausting memory: the
// largest native stanza argument (ML-KEM share) is 1,494 characters.
constexpr std::size_t kMaxLine = std::size_t{16} * 1024;
constexpr std::size_t kMaxStanzas = 1024;
constexpr std::size_t kMaxBodyLines = 1024;

[[noreturn]] void fail(const std::string& why) {
    throw Error(Error::Code::HeaderInvalid, "invalid age header: " + why);
}

bool isVchar(char c) {
    return c >= 33 && c <= 126;
}

std::vector<std::string> parseArguments(std::string_view rest) {
    std::vector<std::string> args;
    std::size_t start = 0;
    for (;;) {
        const auto sp = rest.find(' ', start);
        const std::string_view arg = rest.substr(start, sp == std::string_view::npos ? rest.npos : sp - start);
        if (arg.empty()) {
            fail("empty stanza argument");
        }
        if (!std::all_of(arg.begin(), arg.end(), isVchar)) {
            fail("stanza argument with a character outside VCHAR");
        }
        args.emplace_back(arg);
        if (sp == std::string_view::npos) {
            return args;
        }
        start = sp + 1;
    }
}

}  // namespace

bool BufferedSource::fill() {
    if (pos_ > 0) {
        buf_.erase(buf_.begin(), buf_.begin() + static_cast<std::ptrdiff_t>(pos_));
        pos_ = 0;
    }
    const std::size_t old = buf_.size();
    buf_.resize(old + 4096);
    const std::size_t n = inner_.read(std::span(buf_).subspan(old));
    buf_.resize(old + n);
    return n > 0;
}

bool BufferedSource::readLine(std::string& line, std::size_t maxLength) {
    line.clear();
    std::size_t scanned = pos_;
    for (;;) {
        const auto begin = buf_.begin() + static_cast<std::ptrdiff_t>(scanned);
        const auto nl = std::find(begin, buf_.end(), std::uint8_t{'\n'});
        if (nl != buf_.end()) {
            const auto end = nl + 1;
            line.assign(buf_.begin() + static_cast<std::ptrdiff_t>(pos_), end);
            pos_ = static_cast<std::size_t>(end - buf_.begin());
            if (line.size() > maxLength + 1) {
                fail("line too long");
            }
            return true;
        }
        if (buf_.size() - pos_ > maxLength + 1) {
            fail("line too long");
        }
        scanned = buf_.size() - pos_;  // relative offset survives fill()'s compaction
        if (!fill()) {
            if (buf_.size() == pos_) {
                return false;
            }
            fail("unexpected end of file inside the header");
        }
        scanned += pos_;
    }
}

std::size_t BufferedSource::read(std::span<std::uint8_t> out) {
    if (pos_ < buf_.size()) {
        const std::size_t n = std::min(out.size(), buf_.size() - pos_);
        std::memcpy(out.data(), buf_.data() + pos_, n);
        pos_ += n;
        return n;
    }
    return inner_.read(out);
}

Header parseHeader(BufferedSource& src) {
    Header h;
    std::string line;
    if (!src.readLine(line, kMaxLine)) {
        fail("the file is empty");
    }
    if (line != kVersionLine) {
        fail("unsupported version line (not age-encryption.org/v1)");
    }
    h.macInput = line;

    bool haveLine = src.readLine(line, kMaxLine);
    for (;;) {
        if (!haveLine) {
            fail("unexpected end of file inside the header");
        }
        if (line.rfind("---", 0) == 0) {
            break;
        }
        if (line.rfind("-> ", 0) != 0) {
            fail("a line that is neither a stanza nor the MAC");
        }
        if (h.stanzas.size() >= kMaxStanzas) {
            fail("too many stanzas");
        }
        h.macInput += line;
        Stanza s;
        s.args = parseArguments(std::string_view(line).substr(3, line.size() - 4));
        for (std::size_t n = 0;; ++n) {
            if (n > kMaxBodyLines) {
                fail("stanza body too long");
            }
            if (!src.readLine(line, kColumns)) {
                fail("a stanza without a final body line");
            }
            h.macInput += line;
            const std::string_view text(line.data(), line.size() - 1);
            auto part = fromBase64Raw(text);
            if (!part) {
                fail("stanza body is not canonical unpadded base64");
            }
            s.body.insert(s.body.end(), part->begin(), part->end());
            if (text.size() < kColumns) {
                break;
            }
        }
        h.stanzas.push_back(std::move(s));
        haveLine = src.readLine(line, kMaxLine);
    }
    if (h.stanzas.empty()) {
        fail("no recipient stanza");
    }
    // end = "--- " 43base64char LF
    if (line.size() != 4 + 43 + 1 || line[3] != ' ') {
        fail("malformed MAC line");
    }
    auto mac = fromBase64Raw(std::string_view(line).substr(4, 43));
    if (!mac || mac->size() != 32) {
        fail("MAC is not canonical base64 of 32 bytes");
    }
    std::copy(mac->begin(), mac->end(), h.mac.begin());
    h.macInput += "---";
    return h;
}

std::string encodeHeaderWithoutMac(const std::vector<Stanza>& stanzas) {
    std::string out(kVersionLine);
    for (const Stanza& s : stanzas) {
        out += "->";
        for (const std::string& a : s.args) {
            out += ' ';
            out += a;
        }
        out += '\n';
        const std::string b64 = toBase64Raw(s.body);
        for (std::size_t i = 0; i <= b64.size(); i += kColumns) {
            out.append(b64, i, kColumns);
            out += '\n';
        }
    }
    out += "---";
    return out;
}

std::string encodeHeader(const std::vector<Stanza>& stanzas, const std::array<std::uint8_t, 32>& mac) {
    return encodeHeaderWithoutMac(stanzas) + " " + toBase64Raw(mac) + "\n";
}

}  // namespace custodia::crypto::age
