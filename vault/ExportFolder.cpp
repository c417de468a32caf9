// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFolder.h"

#include "Error.h"
#include "Vault.h"
#include "Zip.h"

namespace custodia::vault::exports {

void checkDestination(const Vault& v, const std::filesystem::path& to, bool zip) {
    std::error_code ec;
    if (to.empty()) {
        throw Error(Error::Code::InvalidInput, "no destination folder given", "give one with --to");
    }
    if (std::filesystem::symlink_status(to, ec).type() != std::filesystem::file_type::not_found) {
        throw Error(Error::Code::AlreadyExists, "'" + to.string() + "' already exists",
                    "give a new folder name; Custodia does not overwrite an export");
    }
    if (!std::filesystem::is_directory(to.parent_path(), ec)) {
        throw Error(Error::Code::InvalidInput, "the folder '" + to.parent_path().string() + "' does not exist",
                    "connect the medium or create the folder first");
    }
    const auto vaultDir = std::filesystem::weakly_canonical(v.dir(), ec);
    const auto parent = std::filesystem::weakly_canonical(to.parent_path(), ec);
    const auto rel = std::filesystem::relative(parent, vaultDir, ec);
    if (!ec && !rel.empty() && *rel.begin() != "..") {
        throw Error(Error::Code::InvalidInput, "the export cannot go inside the vault folder",
                    "choose a folder on the medium you hand over");
    }
    if (zip &&
        std::filesystem::symlink_status(to.string() + ".zip", ec).type() != std::filesystem::file_type::not_found) {
        throw Error(Error::Code::AlreadyExists, "'" + to.string() + ".zip' already exists",
                    "give a new folder name; Custodia does not overwrite an export");
    }
}

std::string sumsText(const std::vector<FileEntry>& files) {
    std::vector<const FileEntry*> sorted;
    for (const auto& f : files) {
        sorted.push_back(&f);
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->path < b->path; });
    std::string out;
    for (const auto* f : sorted) {
        out += f->sha256 + "  " + f->path + "\n";
    }
    return out;
}

std::vector<std::string> staleExportWarnings(const std::filesystem::path& parent) {
    std::vector<std::string> out;
    std::error_code listError;
    for (const auto& e : std::filesystem::directory_iterator(parent, listError)) {
        const std::string name = e.path().filename().string();
        if (name.rfind(".custodia-export-", 0) == 0 && name.size() > 8 && name.substr(name.size() - 8) == ".partial") {
            out.push_back("'" + e.path().string() +
                          "' is left from an interrupted export and may hold plaintext evidence: "
                          "delete it (rm -r) once no other export is running");
        }
    }
    return out;
}

std::filesystem::path makeStagingDir(const std::filesystem::path& to, const std::string& exportId) {
    const auto tmp = to.parent_path() / (".custodia-export-" + exportId + ".partial");
    if (::mkdir(tmp.c_str(), 0700) != 0) {
        throw files::ioError(errno, "create", tmp);
    }
    return tmp;
}

void publish(const std::filesystem::path& staging, const std::filesystem::path& to,
             const std::function<void()>& commit) {
    files::renameNoReplace(staging, to);
    files::fsyncDir(to.parent_path());
    try {
        commit();
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove_all(to, ec);
        throw;
    }
}

std::optional<std::filesystem::path> zipExport(const std::filesystem::path& to, std::vector<std::string>& warnings) {
    const std::filesystem::path zipPath = to.string() + ".zip";
    try {
        zip::packDirectory(to, zipPath);
        return zipPath;
    } catch (const Error& e) {
        warnings.push_back(std::string("the export folder is complete, but the zip could not be made: ") + e.what());
        return std::nullopt;
    }
}

}  // namespace custodia::vault::exports
