// SPDX-License-Identifier: GPL-3.0-or-later
// verify-export reads JSON written by someone else: the manifest, the custody
// log excerpt with its proofs, the tree head, the consistency proof, the
// handover entry, SHA256SUMS. The input is split at "\n--\n" into those files
// of an export folder; verification must report, never throw or crash, and
// can never pass (no valid signature can be made by the fuzzer).
#include "vault/Error.h"
#include "vault/ExportVerify.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace custodia::vault;
namespace fs = std::filesystem;

namespace {

// A plain array, not a std::string: the exit handler below must not read an
// object whose destructor has already run.
char gFolder[] = "/tmp/custodia-fuzz-export-XXXXXX";

const fs::path& folder() {
    static const fs::path dir = [] {
        const char* made = ::mkdtemp(gFolder);
        if (made == nullptr) {
            std::abort();
        }
        fs::create_directories(fs::path(made) / "registro");
        // libFuzzer ends with exit(): remove the folder then, or every run
        // leaves one behind in /tmp.
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(gFolder, ec);
        });
        return fs::path(made);
    }();
    return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const char* const names[] = {
        "manifest.json",          "registro/registro.json", "registro/testa-albero.json",
        "registro/consegna.json", "registro/coerenza.json", "SHA256SUMS",
        "registro/custodia.json"};
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::size_t pos = 0;
    for (const char* name : names) {
        const std::size_t end = text.find("\n--\n", pos);
        const fs::path p = folder() / name;
        if (pos > text.size()) {
            fs::remove(p);
            continue;
        }
        std::ofstream(p, std::ios::binary | std::ios::trunc)
            << text.substr(pos, end == std::string::npos ? end : end - pos);
        pos = end == std::string::npos ? text.size() + 1 : end + 4;
    }
    try {
        const auto report = exports::verifyExport(folder(), {});
        if (report.passed()) {
            std::abort();
        }
    } catch (const Error&) {
        std::abort();  // a damaged export is a report, never an error
    }
    return 0;
}
