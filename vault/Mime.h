// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace custodia::vault::mime {

// The MIME type of content from its first bytes (libmagic), e.g. "image/jpeg";
// "application/octet-stream" when unknown.
[[nodiscard]] std::string sniff(std::span<const std::uint8_t> head);

// The item kind that fits a MIME type: photo, video, audio or document.
[[nodiscard]] std::string kindFor(const std::string& mimeType);

}  // namespace custodia::vault::mime
