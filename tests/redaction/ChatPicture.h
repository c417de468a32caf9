// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

// A phone chat screenshot drawn at test time with Qt (DejaVu Sans, light
// WhatsApp-like colours): a header with an avatar and the chat's name, then
// bubbles with an optional coloured sender line. Enough for the redaction
// engine's tests; the quality benchmark has its own, richer generator
// (tests/redaction-eval).
namespace custodia::test {

struct ChatMessage {
    std::string sender;  // empty: no sender line (an outgoing bubble)
    std::string text;
};

struct ChatPicture {
    std::string header;
    std::vector<ChatMessage> messages;
    bool dark = false;
    int width = 1080;
    int height = 2340;

    // PNG bytes (format "png") or JPEG ("jpg").
    [[nodiscard]] std::vector<std::uint8_t> encode(const std::string& format = "png") const;
};

}  // namespace custodia::test
