// SPDX-License-Identifier: GPL-3.0-or-later
// custodia redact --roster ROSTER.json --to DIR FILE...   (R7, outside a vault)
#include "Context.h"

#include "vault/Error.h"
#include "vault/Files.h"
#include "vault/Items.h"
#include "vault/redaction/Matcher.h"
#include "vault/redaction/Plans.h"
#include "vault/redaction/Redactor.h"
#include "vault/redaction/Video.h"

#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>

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
    bool keepAudio = false;
};

nlohmann::json regionsJson(const std::vector<rd::Region>& regions, std::size_t* weak) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : regions) {
        out.push_back(r.toJson());
        *weak += r.weak ? 1 : 0;
    }
    return out;
}

// A video: analysed, then rendered to DIR/<base>.mp4 (.mov and .m4v keep
// their name: the same ISO container).
nlohmann::json redactVideoFile(Globals& g, rd::Redactor& redactor, const fs::path& in, const fs::path& out,
                               bool keepAudio, bool& attention) {
    const std::string ext = lowerExtension(in);
    const fs::path target =
        ext == "mp4" || ext == "mov" || ext == "m4v" ? out : fs::path(out).replace_extension(".mp4");
    const auto start = std::chrono::steady_clock::now();
    rd::FileVideoInput input(in);
    ProgressLine line("analysing " + in.filename().string());
    const auto analysis = rd::analyseVideo(input, redactor, &line);
    line.clear();
    rd::VideoOptions options;
    options.keepAudio = keepAudio;
    ProgressLine render("redacting " + in.filename().string());
    const auto result = rd::renderVideo(input, analysis.track, analysis.regions, target, redactor, options, &render);
    render.clear();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    attention = attention || result.needsReview;
    std::size_t weak = 0;
    auto regions = regionsJson(result.regions, &weak);
    if (!g.json) {
        std::cout << in.string() << " -> " << target.string() << ": " << result.frames << " frames ("
                  << analysis.track.duration << " s), " << result.regions.size() << " regions found in "
                  << analysis.track.detections.size() << " frames read fully and followed in between, "
                  << result.leaksFixed << " added by the leak check; "
                  << (result.needsReview ? "STILL READABLE: needs review, do not share"
                                         : "nothing identifying read back")
                  << "\n";
    }
    return {{"input", in.string()},
            {"output", target.string()},
            {"width", analysis.track.width},
            {"height", analysis.track.height},
            {"frames", result.frames},
            {"duration", analysis.track.duration},
            {"detected_frames", analysis.track.detections},
            {"shots", analysis.track.shots.size()},
            {"scroll_band", analysis.track.band},
            {"regions", regions},
            {"leak_rounds", result.leakRounds},
            {"leaks_fixed", result.leaksFixed},
            {"needs_review", result.needsReview},
            {"seconds", seconds}};
}

void redactFiles(Globals& g, const Options& o) {
    if (o.roster.empty() || o.to.empty() || o.files.empty())
        throw vault::Error(vault::Error::Code::InvalidInput,
                           "redact needs --roster ROSTER.json, --to DIR and at least one FILE",
                           "or use 'custodia redact plan|show|add|remove|restore|approve' on a vault");
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
        const bool video = ext == "mp4" || ext == "mov" || ext == "m4v" || ext == "mkv" || ext == "webm" ||
                           ext == "avi" || ext == "3gp";
        if (video) {
            report.push_back(redactVideoFile(g, redactor, in, out, o.keepAudio, attention));
            continue;
        }
        if (ext != "png" && !jpeg && ext != "webp" && ext != "bmp" && ext != "tif" && ext != "tiff")
            throw vault::Error(vault::Error::Code::InvalidInput,
                               file +
                                   ": not a picture (PNG, JPEG, WebP, BMP, TIFF) or a video (MP4, MOV, M4V, MKV, "
                                   "WebM, AVI, 3GP)");
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
        std::size_t weak = 0;
        const auto found = regionsJson(result.regions, &weak);
        report.push_back({{"input", in.string()},
                          {"output", target.string()},
                          {"width", result.image.cols},
                          {"height", result.image.rows},
                          {"regions", found},
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

struct VaultOptions {
    std::string dir;
    std::string kase;
    std::string item;
    std::vector<std::string> items;
    std::string box;
    std::string kind = "manual";
    std::string region;
    int frame = -1;
    std::optional<std::string> note;
    std::string corners;
    bool automatic = false;
};

// "X1,Y1,X2,Y2,X3,Y3,X4,Y4": top left, top right, bottom right, bottom left.
rd::Quad parseCorners(const std::string& text) {
    std::vector<float> values;
    std::string field;
    const auto bad = [&text] {
        return vault::Error(vault::Error::Code::InvalidInput, "'" + text + "' are not four corners",
                            "give --corners X1,Y1,X2,Y2,X3,Y3,X4,Y4 in pixels of the picture: top left, top right, "
                            "bottom right, bottom left");
    };
    for (const char c : text + ",") {
        if (c != ',') {
            field.push_back(c);
            continue;
        }
        try {
            std::size_t used = 0;
            values.push_back(std::stof(field, &used));
            if (used != field.size())
                throw bad();
        } catch (const std::exception&) {
            throw bad();
        }
        field.clear();
    }
    if (values.size() != 8)
        throw bad();
    rd::Quad q;
    for (std::size_t i = 0; i < 4; ++i)
        q[i] = cv::Point2f(values[2 * i], values[2 * i + 1]);
    return q;
}

rd::Box parseBox(const std::string& text) {
    rd::Box b;
    int* const parts[] = {&b.x, &b.y, &b.w, &b.h};
    std::string joined = text;
    std::replace(joined.begin(), joined.end(), ',', '|');
    const auto fields = splitFields(joined, 4);
    for (std::size_t i = 0; i < 4; ++i) {
        try {
            std::size_t used = 0;
            *parts[i] = std::stoi(fields[i], &used);
            if (used != fields[i].size())
                throw std::invalid_argument("trailing");
        } catch (const std::exception&) {
            throw vault::Error(vault::Error::Code::InvalidInput, "'" + text + "' is not a box",
                               "give --box X,Y,W,H in pixels of the picture, e.g. --box 120,340,400,60");
        }
    }
    if (b.w <= 0 || b.h <= 0)
        throw vault::Error(vault::Error::Code::InvalidInput, "the box " + text + " is empty",
                           "width and height must be positive");
    return b;
}

void printPlan(const rd::Plan& p) {
    std::size_t active = 0;
    std::size_t weak = 0;
    for (const auto& r : p.regions) {
        active += r.removed ? 0 : 1;
        weak += !r.removed && r.region.weak ? 1 : 0;
    }
    std::cout << "Item " << p.itemId << " (case " << p.caseId << "), " << p.width << "x" << p.height << " pixels\n"
              << "  status:     "
              << (p.approved() ? "approved by " + p.approvedBy.value_or("?") + ", " + rome(p.approvedAt)
                               : std::string("proposed: not yet approved"))
              << "\n"
              << "  regions:    " << active << " hidden (" << weak << " weak), " << p.regions.size() - active
              << " removed by the reviewer\n"
              << "  leak check: " << (p.leakCheck ? *p.leakCheck : std::string("not run yet (runs at export)")) << "\n"
              << "  planned:    " << rome(p.plannedAt) << " by " << p.plannedBy << " with " << p.engine << "\n";
    if (p.screen) {
        std::cout << "  screen:     read upright on the corners";
        for (const auto& c : *p.screen)
            std::cout << " " << std::lround(c.x) << "," << std::lround(c.y);
        std::cout << (p.screenByReviewer ? " (set by the reviewer)" : " (found by the detector)") << "\n";
    }
    const auto row = [](const rd::PlanRegion& r) {
        const auto& b = r.region.box;
        char line[160];
        std::snprintf(
            line, sizeof line, "  %-5s %-9s %-11s %-22s %4.2f  %-8s ", r.id.c_str(),
            std::string(rd::kindName(r.region.kind)).c_str(), std::string(rd::sourceName(r.region.source)).c_str(),
            (std::to_string(b.x) + "," + std::to_string(b.y) + "," + std::to_string(b.w) + "," + std::to_string(b.h))
                .c_str(),
            r.region.confidence, r.removed ? "removed" : (r.region.weak ? "weak" : "hidden"));
        std::cout << line << r.region.reason << (r.note ? " — note: " + *r.note : std::string()) << "\n";
    };
    std::cout << "  ID    KIND      SOURCE      BOX (x,y,w,h)          CONF  STATE    REASON\n";
    if (!p.track) {
        for (const auto& r : p.regions)
            row(r);
        return;
    }
    // A video: the regions under the frame they were found (or drawn) in;
    // each follows the content over its shot.
    const auto track = rd::VideoTrack::fromJson(*p.track);
    std::map<int, std::vector<const rd::PlanRegion*>> byFrame;
    for (const auto& r : p.regions)
        byFrame[r.region.frame].push_back(&r);
    for (const auto& [frame, regions] : byFrame) {
        if (frame < 0) {
            std::cout << " every frame:\n";
        } else {
            char at[32];
            std::snprintf(at, sizeof at, "%.1f", track.fps > 0 ? frame / track.fps : 0.0);
            std::cout << " frame " << frame << " (" << at << " s), " << regions.size() << " regions:\n";
        }
        for (const auto* r : regions)
            row(*r);
    }
}

void addVaultSubcommands(CLI::App* redact, Globals& g) {
    auto o = std::make_shared<VaultOptions>();

    auto* plan = redact->add_subcommand("plan", "Detect what identifies the minors in a case's pictures (R7)");
    plan->add_option("VAULT", o->dir, "Vault folder")->required();
    plan->add_option("CASE", o->kase, "Case number")->required();
    plan->add_option("--item", o->items, "Only this item (repeatable; default: every picture of the case)");
    plan->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto plans = rd::plans::plan(v, parseId(o->kase, "case"), o->items, nullptr);
        if (g.json) {
            nlohmann::json arr = nlohmann::json::array();
            for (const auto& p : plans)
                arr.push_back(p.toJson());
            printJson({{"plans", arr}});
            return;
        }
        if (plans.empty())
            std::cout << "No pictures to redact in case " << o->kase << ".\n";
        for (const auto& p : plans) {
            std::size_t weak = 0;
            for (const auto& r : p.regions)
                weak += !r.removed && r.region.weak ? 1 : 0;
            std::cout << "Item " << p.itemId << ": " << p.active().size() << " regions proposed (" << weak
                      << " weak) — review with 'custodia redact show', then approve\n";
        }
    });

    auto* show = redact->add_subcommand("show", "Show the redaction plan of an item: regions, reasons, status");
    show->add_option("VAULT", o->dir, "Vault folder")->required();
    show->add_option("ITEM", o->item, "Item id (or a unique prefix)")->required();
    show->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto p = rd::plans::get(v, o->item);
        if (g.json)
            printJson(p.toJson());
        else
            printPlan(p);
    });

    auto* add = redact->add_subcommand("add", "Add a region to hide, drawn by you (R7)");
    add->add_option("VAULT", o->dir, "Vault folder")->required();
    add->add_option("ITEM", o->item, "Item id (or a unique prefix)")->required();
    add->add_option("--box", o->box, "X,Y,W,H in pixels of the picture")->required();
    add->add_option("--kind", o->kind,
                    "What it hides: name, surname, nickname, phone, handle, email, class, school, header, sender, "
                    "avatar, face or manual");
    add->add_option("--frame", o->frame,
                    "Videos: the frame the box is drawn on (it then follows the content over that shot, as "
                    "'redact show' lists); without it the box is hidden in every frame");
    add->add_option("--note", o->note, "Why (kept in the plan and the custody log)");
    add->callback([&g, o] {
        const auto kind = rd::kindFromName(o->kind);
        if (!kind)
            throw vault::Error(vault::Error::Code::InvalidInput, "unknown kind '" + o->kind + "'",
                               "one of name, surname, nickname, phone, handle, email, class, school, header, sender, "
                               "avatar, face, manual");
        const auto box = parseBox(o->box);
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto p = rd::plans::addRegion(v, o->item, box, *kind, o->note, o->frame);
        if (g.json) {
            printJson(p.toJson());
        } else {
            std::cout << "Region " << p.regions.back().id << " added to item " << p.itemId
                      << "; the plan must be approved again\n";
        }
    });

    // remove and restore: a decision on one region, which the plan then needs approved again.
    using Decision =
        rd::Plan (*)(vault::Vault&, const std::string&, const std::string&, const std::optional<std::string>&);
    const auto regionDecision = [&g, o, redact](const char* name, const char* help, Decision decide,
                                                const char* outcome) {
        auto* cmd = redact->add_subcommand(name, help);
        cmd->add_option("VAULT", o->dir, "Vault folder")->required();
        cmd->add_option("ITEM", o->item, "Item id (or a unique prefix)")->required();
        cmd->add_option("REGION", o->region, "Region id, e.g. r3 ('redact show' lists them)")->required();
        cmd->add_option("--note", o->note, "Why (kept in the plan and the custody log)");
        cmd->callback([&g, o, decide, outcome] {
            SecretSource s(g.passphraseFd);
            auto v = openVault(g, o->dir, s);
            const auto p = decide(v, o->item, o->region, o->note);
            if (g.json)
                printJson(p.toJson());
            else
                std::cout << "Region " << o->region << " of item " << p.itemId << " " << outcome
                          << "; the plan must be approved again\n";
        });
    };
    regionDecision("remove", "Keep a proposed region visible: it identifies no one", &rd::plans::removeRegion,
                   "will stay visible");
    regionDecision("restore", "Hide again a region you removed (undo 'redact remove')", &rd::plans::restoreRegion,
                   "will be hidden again");

    auto* screen = redact->add_subcommand(
        "screen",
        "Photos of a phone: set the screen's four corners where the automatic search failed, and read the "
        "photo again on that screen (--auto: back to the automatic search)");
    screen->add_option("VAULT", o->dir, "Vault folder")->required();
    screen->add_option("ITEM", o->item, "Item id (or a unique prefix)")->required();
    auto* corners = screen->add_option("--corners", o->corners,
                                       "X1,Y1,X2,Y2,X3,Y3,X4,Y4 in pixels of the picture: the screen's top left, top "
                                       "right, bottom right and bottom left corners");
    auto* automatic = screen->add_flag("--auto", o->automatic, "Forget the corners set before; search automatically");
    corners->excludes(automatic);
    screen->callback([&g, o] {
        if (o->corners.empty() && !o->automatic)
            throw vault::Error(vault::Error::Code::InvalidInput, "give the screen's corners, or --auto",
                               "--corners X1,Y1,X2,Y2,X3,Y3,X4,Y4: top left, top right, bottom right, bottom left");
        const std::optional<rd::Quad> q =
            o->automatic ? std::nullopt : std::optional<rd::Quad>(parseCorners(o->corners));
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto p = rd::plans::setScreen(v, o->item, q);
        if (g.json) {
            printJson(p.toJson());
        } else {
            std::cout << "Item " << p.itemId << " read again "
                      << (p.screenByReviewer ? "on the screen you set" : "with the automatic search") << ": "
                      << p.active().size() << " regions proposed; the plan must be approved again\n";
        }
    });

    auto* approve = redact->add_subcommand("approve", "Approve an item's redaction plan as it stands");
    approve->add_option("VAULT", o->dir, "Vault folder")->required();
    approve->add_option("ITEM", o->item, "Item id (or a unique prefix)")->required();
    approve->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto p = rd::plans::approve(v, o->item);
        if (g.json)
            printJson(p.toJson());
        else
            std::cout << "Redaction plan of item " << p.itemId << " approved: " << p.active().size()
                      << " regions will be hidden in consult copies\n";
    });
}

}  // namespace

void addRedactCommands(CLI::App& app, Globals& g) {
    auto* redact =
        app.add_subcommand("redact",
                           "R7: hide the minors' identity in pictures and videos (consult copies). Outside a vault:\n"
                           "  custodia redact --roster ROSTER.json --to DIR [--json] FILE...\n"
                           "In a vault: redact plan | show | add | remove | restore | screen | approve");
    auto o = std::make_shared<Options>();
    redact->add_option("--roster", o->roster, "The people to hide: {\"people\": [{\"name\", \"surname\", ...}]}");
    redact->add_option("--to", o->to, "Folder for the redacted copies (same base names)");
    redact->add_option("files", o->files, "Pictures and videos to redact");
    redact->add_flag("--keep-audio", o->keepAudio, "Keep the audio track of videos (voices identify: off by default)");
    addVaultSubcommands(redact, g);
    redact->callback([&g, o, redact] {
        if (redact->get_subcommands().empty())
            redactFiles(g, *o);
    });
}

}  // namespace custodia::cli
