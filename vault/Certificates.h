// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace custodia::vault {

class Vault;
struct Tombstone;

// A destruction certificate (*verbale di distruzione*, R11): what a purge
// destroyed (ids, kinds, sizes, SHA-256, dates), by whom and how, and the
// signed tree head of the custody log right after it, so anyone holding it
// can later prove with a consistency proof that the log still contains the
// destruction. Kept in the catalog (encrypted) as JSON and as a PDF in
// Italian; never any content of the destroyed items.
struct Certificate {
    std::int64_t id = 0;
    std::string createdAt;
    std::string createdBy;
    std::string how;
    nlohmann::json content;
    std::string jsonSha256;
    bool hasPdf = false;
};

namespace certificates {

// The PDF is drawn by the "destruction-certificate" renderer (Renderers.h);
// without one, certificates are kept as JSON and rendered when first exported.

// Makes the certificate for `destroyed` (tombstones without one): signs a tree
// head, stores JSON and PDF, links the tombstones, records "certificate.create".
std::int64_t create(Vault& v, const std::vector<Tombstone>& destroyed);

[[nodiscard]] std::vector<Certificate> list(Vault& v);
// Throws Error(NotFound).
[[nodiscard]] Certificate get(Vault& v, std::int64_t id);

// Writes the PDF (rendering it first if it was never rendered) and, if asked,
// the JSON to files the user named; recorded as "certificate.export".
void exportTo(Vault& v, std::int64_t id, const std::filesystem::path& pdf,
              const std::optional<std::filesystem::path>& json);

}  // namespace certificates

}  // namespace custodia::vault
