// SPDX-License-Identifier: GPL-3.0-or-later
// custodia redact --roster ROSTER.json --to DIR FILE...   (R7, outside a vault)
#include "Context.h"

#include "vault/Error.h"
#include "vault/Files.h"
#include "vault/redaction/Matcher.h"
#include "vault/redaction/Redactor.h"

#include <chrono>
#include <filesystem>
#include <iostream>

namespace custodia::cli {

namespace {

namespace fs = std::filesystem;
namespace rd = vault::redaction;

constexpr std::size_t kMaxRosterSize = 1 << 20;
constexpr std::size_t kMaxPictureSize = std::size_t{256} << 20;

std::vector<rd::RosterEntry> loadRoster(const std::string& path) {
    const auto bytes = vault::files::readFile(path, kMaxRosterSize);
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(bytes.begin(), bytes.end());
        return rd::rosterOf(rd::personsFromRosterJson(j));
    } catch (const nlohmann::json::exception& e) {
        throw vault::Error(vault::Error::Code::InvalidInput, "the roster " + path + " is not valid JSON: " + e.what(),
                           "expected {\"people\": [{\"name\": \"\", \"surname\": \"\", \"nicknames\": [], \"class\": "
                           "\"\", \"school\": \"\", \"phones\": [], \"handles\": []}]}");
    } catch (const std::invalid_argument& e) {
        throw vault::Error(vault::Error::Code::InvalidInput, "the roster " + path + ": " + e.what());
    }
}

std::string lowerExtension(const fs::path& p) {
    std::string ext = p.extension().string();
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext.empty() ? ext : ext.substr(1);
}

struct Options {
    std::string roster;
    std::string to;
    std::vector<std::string> files;
};

void redactFiles(Globals& g, const Options& o) {
    if (o.roster.empty() || o.to.empty() || o.files.empty())
        throw vault::Error(vault::Error::Code::InvalidInput,
                           "redact needs --roster ROSTER.json, --to DIR and at least one FILE",
                           "or use 'custodia redact plan|show|add|remove|approve' on a vault");
    const auto roster = loadRoster(o.roster);
    std::error_code ec;
    fs::create_directories(o.to, ec);
    if (!fs::is_directory(o.to))
        throw vault::Error(vault::Error::Code::Io, "cannot create the output folder " + o.to);
    rd::Redactor redactor(roster);
    nlohmann::json report = nlohmann::json::array();
    bool attention = false;
    for (const auto& file : o.files) {
        const fs::path in(file);
        const fs::path out = fs::path(o.to) / in.filename();
        if (fs::exists(out) && fs::equivalent(in, out, ec))
            throw vault::Error(vault::Error::Code::InvalidInput,
                               "the output " + out.string() + " would overwrite the original",
                               "choose another --to folder");
        const std::string ext = lowerExtension(in);
        const bool jpeg = ext == "jpg" || ext == "jpeg";
        if (ext != "png" && !jpeg && ext != "webp" && ext != "bmp" && ext != "tif" && ext != "tiff")
            throw vault::Error(vault::Error::Code::InvalidInput,
                               file + ": only pictures (PNG, JPEG, WebP, BMP, TIFF) can be redacted so far",
                               "videos are not redacted yet (issue 7, in progress)");
        const auto start = std::chrono::steady_clock::now();
        const cv::Mat picture = rd::decodeImage(vault::files::readFile(in, kMaxPictureSize));
        auto regions = redactor.detect(picture);
        const auto result = redactor.redact(picture, std::move(regions));
        // The same format as the original, written from pixels alone; WebP,
        // BMP and TIFF come out as PNG under the same base name.
        const auto bytes = rd::encodeImage(result.image, jpeg ? "jpg" : "png");
        const fs::path target = jpeg || ext == "png" ? out : fs::path(out).replace_extension(".png");
        vault::files::writeFileAtomic(target, std::span<const std::uint8_t>(bytes.data(), bytes.size()));
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        attention = attention || result.needsReview;
        nlohmann::json regionsJson = nlohmann::json::array();
        std::size_t weak = 0;
        for (const auto& r : result.regions) {
            regionsJson.push_back(r.toJson());
            weak += r.weak ? 1 : 0;
        }
        report.push_back({{"input", in.string()},
                          {"output", target.string()},
                          {"width", result.image.cols},
                          {"height", result.image.rows},
                          {"regions", regionsJson},
                          {"leak_rounds", result.leakRounds},
                          {"leaks_fixed", result.leaksFixed},
                          {"needs_review", result.needsReview},
                          {"seconds", seconds}});
        if (!g.json) {
            std::cout << in.string() << " -> " << target.string() << ": " << result.regions.size()
                      << " regions hidden (" << weak << " weak), " << result.leaksFixed << " added by the leak check; "
                      << (result.needsReview ? "STILL READABLE: needs review, do not share"
                                             : "nothing identifying read back")
                      << "\n";
        }
    }
    if (g.json)
        printJson({{"files", report}});
    if (attention) {
        warn("some pictures still show identifying text after the leak check: look at them before sharing");
        throw Exit{vault::kExitAttention};
    }
}

}  // namespace

void addRedactCommands(CLI::App& app, Globals& g) {
    auto* redact = app.add_subcommand("redact",
                                      "R7: hide the minors' identity in pictures (consult copies). Outside a vault:\n"
                                      "  custodia redact --roster ROSTER.json --to DIR [--json] FILE...");
    auto o = std::make_shared<Options>();
    redact->add_option("--roster", o->roster, "The people to hide: {\"people\": [{\"name\", \"surname\", ...}]}");
    redact->add_option("--to", o->to, "Folder for the redacted copies (same base names)");
    redact->add_option("files", o->files, "Pictures to redact");
    redact->callback([&g, o, redact] {
        if (redact->get_subcommands().empty())
            redactFiles(g, *o);
    });
}

}  // namespace custodia::cli
