// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

// The PDFs Custodia prints for people (destruction certificate, the police
// report and handover record, interview memos) are drawn by vault/documents
// with Qt; the core library has no Qt (DESIGN.md). The core describes each
// document as JSON and asks for it by name; the command line and the desktop
// app install the renderers at start-up (documents::installRenderers()).
namespace custodia::vault::renderers {

using Renderer = std::function<std::vector<std::uint8_t>(const nlohmann::json&)>;

// Document names: "destruction-certificate", "segnalazione",
// "verbale-consegna", "memorie-colloqui", "recovery-code", "consult-sheet".
void install(const std::string& document, Renderer renderer);

// The PDF of `content`; nullopt when no renderer for `document` is installed.
// A renderer's own failure propagates.
[[nodiscard]] std::optional<std::vector<std::uint8_t>> render(const std::string& document,
                                                              const nlohmann::json& content);

}  // namespace custodia::vault::renderers
