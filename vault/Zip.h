// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace custodia::vault::zip {

// Packs every file under `dir` into a new ZIP file `target` (libzip; Zip64
// when needed), entries named "<dir name>/<relative path>" in sorted order,
// stored without compression: evidence is already compressed, and a stored
// entry's bytes are the file's own. libzip writes a temporary file beside
// `target` and renames it when complete. Throws Error(AlreadyExists) if
// `target` exists, Error(Io) on a write failure (nothing is left behind).
void packDirectory(const std::filesystem::path& dir, const std::filesystem::path& target);

}  // namespace custodia::vault::zip
