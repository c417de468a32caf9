// SPDX-License-Identifier: GPL-3.0-or-later
#include "Mime.h"

#include <magic.h>

#include <memory>

namespace custodia::vault::mime {

std::string sniff(std::span<const std::uint8_t> head) {
    struct Closer {
        void operator()(magic_t m) const { magic_close(m); }
    };
    // libmagic handles are not thread-safe; one per call keeps this simple
    // (loading the database costs a few milliseconds per ingested file).
    std::unique_ptr<std::remove_pointer_t<magic_t>, Closer> m(magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS));
    if (!m || magic_load(m.get(), nullptr) != 0) {
        return "application/octet-stream";
    }
    const char* r = magic_buffer(m.get(), head.data(), head.size());
    return r != nullptr ? std::string(r) : "application/octet-stream";
}

std::string kindFor(const std::string& t) {
    if (t.rfind("image/", 0) == 0) {
        return "photo";
    }
    if (t.rfind("video/", 0) == 0) {
        return "video";
    }
    if (t.rfind("audio/", 0) == 0) {
        return "audio";
    }
    return "document";
}

}  // namespace custodia::vault::mime
