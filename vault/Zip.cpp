// SPDX-License-Identifier: GPL-3.0-or-later
#include "Zip.h"

#include "Error.h"
#include "Files.h"

#include <zip.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace custodia::vault::zip {

namespace {

Error zipError(const std::string& what, const std::filesystem::path& target, zip_error_t* e) {
    const int sys = zip_error_code_system(e);
    if (zip_error_system_type(e) == ZIP_ET_SYS && sys != 0) {
        return files::ioError(sys, what, target);
    }
    return Error(Error::Code::Io, "cannot " + what + " '" + target.string() + "': " + zip_error_strerror(e),
                 "check that the destination has free space and is still connected");
}

}  // namespace

void packDirectory(const std::filesystem::path& dir, const std::filesystem::path& target) {
    std::error_code ec;
    if (std::filesystem::exists(target, ec)) {
        throw Error(Error::Code::AlreadyExists, "'" + target.string() + "' already exists",
                    "choose a new name; Custodia does not overwrite files");
    }
    std::vector<std::filesystem::path> paths;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
        if (e.is_regular_file()) {
            paths.push_back(e.path());
        }
    }
    std::sort(paths.begin(), paths.end());

    int err = 0;
    zip_t* za = zip_open(target.c_str(), ZIP_CREATE | ZIP_EXCL, &err);
    if (za == nullptr) {
        zip_error_t e;
        zip_error_init_with_code(&e, err);
        Error out = zipError("create", target, &e);
        zip_error_fini(&e);
        throw out;
    }
    const std::string root = dir.filename().string();
    auto fail = [&](const std::string& what) {
        Error out = zipError(what, target, zip_get_error(za));
        zip_discard(za);
        return out;
    };
    for (const auto& p : paths) {
        const std::string name = root + "/" + std::filesystem::relative(p, dir).generic_string();
        zip_source_t* src = zip_source_file(za, p.c_str(), 0, -1);
        if (src == nullptr) {
            throw fail("read " + p.string() + " for");
        }
        const zip_int64_t index = zip_file_add(za, name.c_str(), src, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(src);
            throw fail("add " + name + " to");
        }
        if (zip_set_file_compression(za, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) != 0) {
            throw fail("store " + name + " in");
        }
    }
    if (zip_close(za) != 0) {
        throw fail("write");
    }
    files::fsyncDir(std::filesystem::absolute(target).parent_path());
}

}  // namespace custodia::vault::zip
