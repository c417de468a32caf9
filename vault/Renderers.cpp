// SPDX-License-Identifier: GPL-3.0-or-later
#include "Renderers.h"

#include <map>
#include <mutex>

namespace custodia::vault::renderers {

namespace {

std::mutex mutex;
std::map<std::string, Renderer>& registry() {
    static std::map<std::string, Renderer> r;
    return r;
}

}  // namespace

void install(const std::string& document, Renderer renderer) {
    const std::lock_guard lk(mutex);
    registry()[document] = std::move(renderer);
}

std::optional<std::vector<std::uint8_t>> render(const std::string& document, const nlohmann::json& content) {
    Renderer r;
    {
        const std::lock_guard lk(mutex);
        const auto it = registry().find(document);
        if (it == registry().end() || !it->second) {
            return std::nullopt;
        }
        r = it->second;
    }
    return r(content);
}

}  // namespace custodia::vault::renderers
