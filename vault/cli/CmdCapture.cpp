// SPDX-License-Identifier: GPL-3.0-or-later
// custodia capture screenshot | screen | camera | devices (issue 8, R4, R5,
// R10): the screen or a camera, encrypted into the vault as it is captured.
#include "Context.h"

#include "vault/Error.h"
#include "vault/capture/Capture.h"
#include "vault/capture/DeviceSource.h"

#include <csignal>
#include <iostream>

namespace custodia::cli {

namespace {

namespace cap = vault::capture;

struct Options {
    std::string dir, kase, interview, window, device, postedAt, consent;
    std::vector<std::string> participants;
    vault::Acquisition a;
    double duration = 0;
    double fps = 0;
    bool photo = false;
    bool r6 = false;
    bool noMouse = false;
    bool audio = false;
    std::string audioDevice;
};

// Sound is off unless asked (a chat is documented by its pictures); with
// --audio the default microphone is opened before anything is asked.
void addAudio(CLI::App* cmd, Options& o) {
    cmd->add_flag("--audio", o.audio, "Also record sound from the microphone (AAC, off by default)");
    cmd->add_option("--audio-device", o.audioDevice, "The microphone (a PulseAudio source; default: the default one)");
}
std::unique_ptr<cap::AudioSource> microphone(const Options& o) {
    return o.audio ? cap::openMicrophone(o.audioDevice) : nullptr;
}

// The R4 fields and the rest of an acquisition, as for 'ingest'.
void addDetails(CLI::App* cmd, Options& o) {
    cmd->add_option("VAULT", o.dir, "Vault folder")->required();
    cmd->add_option("CASE", o.kase, "Case number")->required();
    cmd->add_option("--interview", o.interview, "R1: the interview during which it was captured");
    cmd->add_option("--posted-at", o.postedAt, "R4: when the content was posted, e.g. \"2026-11-20 21:04\"");
    cmd->add_option("--platform", o.a.platform, "R4: platform, e.g. WhatsApp, Instagram");
    cmd->add_option("--place", o.a.place, "R4: URL, or chat / page name");
    cmd->add_option("--participant", o.participants, "R4: \"NAME|PHONE|HANDLE\" (repeatable)");
    cmd->add_option("--profile", o.a.profiles, "R4: a visible profile name (repeatable)");
    cmd->add_option("--description", o.a.description, "What it shows");
    cmd->add_option("--consent", o.consent, "R3: yes, no or device-withheld")->required();
    cmd->add_flag("--no-sexual-content-of-minors", o.r6,
                  "R6: I state the content is not sexual material involving minors");
}

vault::Acquisition details(const Options& o, const char* method) {
    vault::Acquisition a = o.a;
    a.method = method;
    a.consent = o.consent;
    if (!o.interview.empty())
        a.interviewId = parseId(o.interview, "interview");
    if (!o.postedAt.empty())
        a.postedAt = parseTimeArg(o.postedAt, "posting time");
    for (const auto& p : o.participants) {
        const auto f = splitFields(p, 3);
        a.participants.push_back({f[0], f[1], f[2]});
    }
    return a;
}

// An X11 window id as xwininfo and --window write it.
std::string windowId(std::uint32_t id) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%x", id);
    return hex;
}

std::uint32_t parseWindow(const std::string& text) {
    if (text.empty())
        return 0;
    try {
        std::size_t used = 0;
        const unsigned long v = std::stoul(text, &used, 0);
        if (used == text.size() && v > 0 && v <= 0xFFFFFFFFUL)
            return static_cast<std::uint32_t>(v);
    } catch (const std::exception&) {
    }
    throw vault::Error(vault::Error::Code::InvalidInput, "'" + text + "' is not an X11 window id",
                       "give the id as xwininfo prints it, e.g. --window 0x3a00007");
}

// Ctrl+C ends a recording early; what was recorded is kept.
volatile std::sig_atomic_t gStop = 0;
class StopOnSignal final : public vault::Progress {
public:
    StopOnSignal() {
        gStop = 0;
        previous_ = std::signal(SIGINT, [](int) { gStop = 1; });
    }
    ~StopOnSignal() override { std::signal(SIGINT, previous_); }
    StopOnSignal(const StopOnSignal&) = delete;
    StopOnSignal& operator=(const StopOnSignal&) = delete;
    void update(std::uint64_t, std::uint64_t) override {}
    [[nodiscard]] bool cancelled() const override { return gStop != 0; }

private:
    void (*previous_)(int) = nullptr;
};

// What every capture does first: R6 asked (before the vault is even
// opened), the vault opened, an R6 stop recorded.
struct Opened {
    vault::Vault v;
    vault::R6Answer r6;
};
Opened openAskingR6(Globals& g, const Options& o, std::int64_t caseId, const vault::Acquisition& a) {
    SecretSource s(g.passphraseFd);
    const vault::R6Answer r6 = askR6(o.r6);
    auto v = openVault(g, o.dir, s);
    if (r6 == vault::R6Answer::SexualContentOfMinors)
        vault::stopUnderR6(v, caseId, a.interviewId);
    return {std::move(v), r6};
}

// A recording that stopped early is kept (marked interrupted) and printed
// like any other, then the command fails with the I/O exit code.
void printResult(const Globals& g, const cap::CaptureResult& r) {
    if (g.json) {
        nlohmann::json j = r.item.toJson();
        j["capture"] = {{"frames", r.frames}, {"dropped_frames", r.dropped}, {"seconds", r.seconds}};
        if (!r.interruption.empty())
            j["interruption"] = {{"reason", r.interruption}, {"error", r.interruptionError}};
        printJson(j);
    } else {
        std::cout << r.item.id << "  " << r.item.sha256.value_or("") << "  " << r.item.method << ", "
                  << r.item.device.value_or("") << (r.item.interrupted ? "  (interrupted)" : "") << "\n";
        if (r.frames > 1) {
            char line[160];
            std::snprintf(line, sizeof line, "%.1f s, %lld frames, %lld dropped", r.seconds,
                          static_cast<long long>(r.frames), static_cast<long long>(r.dropped));
            note(line);
        }
    }
    if (r.interruption.empty())
        return;
    if (r.interruption == "medium")
        warn("the recording stopped: " + r.interruptionError + ". Everything written before that is kept as item " +
             r.item.id +
             ", marked as interrupted (interrotto); free some space or check the medium before recording again.");
    else
        warn("the recording stopped because the " + r.item.device.value_or("source") + " stopped giving pictures (" +
             r.interruptionError + "); the video up to then is kept as item " + r.item.id +
             ", marked as interrupted (interrotto).");
    throw Exit{vault::kExitIo};
}

}  // namespace

void addCaptureCommands(CLI::App& app, Globals& g) {
    auto o = std::make_shared<Options>();
    auto* capture = app.add_subcommand(
        "capture", "Capture the screen or a camera straight into the vault (encrypted as it is made, R4/R5/R10)");
    capture->require_subcommand(1);

    auto* shot = capture->add_subcommand("screenshot", "A screenshot of the whole screen or of one window (X11)");
    addDetails(shot, *o);
    shot->add_option("--window", o->window,
                     "Only this X11 window (its id, as 'capture devices' or xwininfo prints it)");
    shot->callback([&g, o] {
        const auto caseId = parseId(o->kase, "case");
        const auto a = details(*o, "screenshot");
        const auto window = parseWindow(o->window);
        auto [v, r6] = openAskingR6(g, *o, caseId, a);
        const auto source = cap::DeviceSource::screen("", window, 5, false);
        printResult(g, cap::captureStill(v, caseId, *source, "png", a, r6));
    });

    auto* screen = capture->add_subcommand("screen", "Record the screen (X11) into an encrypted video");
    addDetails(screen, *o);
    screen->add_option("--duration", o->duration, "Seconds to record (Ctrl+C stops earlier, keeping what was recorded)")
        ->required()
        ->check(CLI::Range(0.5, 4.0 * 3600));
    screen->add_option("--fps", o->fps, "Frames a second (default 15)")->check(CLI::Range(1.0, 60.0));
    screen->add_option("--window", o->window,
                       "Only this X11 window (its id, as 'capture devices' or xwininfo prints it)");
    screen->add_flag("--no-mouse", o->noMouse, "Leave the mouse pointer out");
    addAudio(screen, *o);
    screen->callback([&g, o] {
        const auto caseId = parseId(o->kase, "case");
        const auto a = details(*o, "screen-recording");
        const auto window = parseWindow(o->window);
        auto [v, r6] = openAskingR6(g, *o, caseId, a);
        const double fps = o->fps > 0 ? o->fps : 15;
        const auto source = cap::DeviceSource::screen("", window, fps, !o->noMouse);
        const auto mic = microphone(*o);
        StopOnSignal stop;
        cap::RecordOptions options;
        options.audio = mic.get();
        options.maxSeconds = o->duration;
        options.video.preset = "ultrafast";  // 1080p at 15 fps in real time on two cores (docs/performance.md)
        options.progress = &stop;
        note("recording the screen for " + std::to_string(static_cast<int>(o->duration)) +
             " s (Ctrl+C stops earlier); R4: scroll back to a visible date, show the chat's name and participants");
        printResult(g, cap::recordVideo(v, caseId, *source, a, r6, options));
    });

    auto* camera = capture->add_subcommand("camera", "A photo or a video from a camera (V4L2)");
    addDetails(camera, *o);
    auto* photo = camera->add_flag("--photo", o->photo, "Take one photo");
    auto* duration = camera->add_option("--duration", o->duration, "Record a video of this many seconds")
                         ->check(CLI::Range(0.5, 4.0 * 3600));
    photo->excludes(duration);
    camera->add_option("--device", o->device, "The camera, e.g. /dev/video0 (default: the first one)");
    camera->add_option("--fps", o->fps, "Frames a second (default 30)")->check(CLI::Range(1.0, 60.0));
    addAudio(camera, *o);
    camera->callback([&g, o] {
        if (!o->photo && o->duration <= 0)
            throw vault::Error(vault::Error::Code::InvalidInput, "say what to take: --photo or --duration SECONDS");
        const auto caseId = parseId(o->kase, "case");
        const auto a = details(*o, o->photo ? "camera-photo" : "camera-video");
        const double fps = o->fps > 0 ? o->fps : 30;
        // The camera first: on a machine without one, say so before asking anything.
        const auto source = cap::DeviceSource::camera(o->device, fps);
        const auto mic = o->photo ? nullptr : microphone(*o);
        auto [v, r6] = openAskingR6(g, *o, caseId, a);
        if (o->photo) {
            printResult(g, cap::captureStill(v, caseId, *source, "jpg", a, r6));
            return;
        }
        StopOnSignal stop;
        cap::RecordOptions options;
        options.maxSeconds = o->duration;
        options.progress = &stop;
        options.audio = mic.get();
        printResult(g, cap::recordVideo(v, caseId, *source, a, r6, options));
    });

    auto* devices = capture->add_subcommand("devices", "The screens and cameras Custodia can capture from");
    devices->callback([&g] {
        const auto d = cap::listDevices();
        if (g.json) {
            printJson(
                {{"display", d.display.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.display)},
                 {"wayland", d.wayland},
                 {"screen", d.screenWidth > 0 ? nlohmann::json{{"width", d.screenWidth}, {"height", d.screenHeight}}
                                              : nlohmann::json(nullptr)},
                 {"cameras", d.cameras},
                 {"windows", [&] {
                      nlohmann::json a = nlohmann::json::array();
                      for (const auto& w : d.windows)
                          a.push_back(
                              {{"id", windowId(w.id)}, {"title", w.title}, {"width", w.width}, {"height", w.height}});
                      return a;
                  }()}});
            return;
        }
        if (!d.display.empty()) {
            std::cout << "screen  " << d.display;
            if (d.screenWidth > 0)
                std::cout << "  " << d.screenWidth << "x" << d.screenHeight;
            else
                std::cout << "  (cannot be opened)";
            std::cout << "\n";
        } else {
            std::cout << "screen  none: "
                      << (d.wayland ? "a Wayland session; screen capture needs an X11 session for now"
                                    : "no X11 display (DISPLAY is not set)")
                      << "\n";
        }
        for (const auto& w : d.windows)
            std::cout << "window  " << windowId(w.id) << "  " << w.width << "x" << w.height << "  " << w.title << "\n";
        if (d.cameras.empty())
            std::cout << "camera  none\n";
        for (const auto& c : d.cameras)
            std::cout << "camera  " << c << "\n";
    });
}

}  // namespace custodia::cli
