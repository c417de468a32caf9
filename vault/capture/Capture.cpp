// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/capture/Capture.h"

#include "vault/Error.h"
#include "vault/capture/AudioSource.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace custodia::vault::capture {

namespace {

// Chunks of sound (20 ms each) waiting for the encoder: 2 seconds.
constexpr std::size_t kSoundQueue = 100;

// What a source's reader thread hands over (under the recording's mutex).
template <typename T>
struct Feed {
    std::deque<T> queue;
    bool ended = false;
    std::int64_t dropped = 0;
    std::exception_ptr error;
};

// A reader thread's loop: `next` until the end, a stop, or `maxMicros` of
// the source's time; a live source's items that find `max` waiting are
// dropped, any other source waits for room; `skip` leaves items out (a pause).
template <typename T, typename Next, typename Skip>
void pump(Feed<T>& feed, std::mutex& mutex, std::condition_variable& ready, std::condition_variable& space,
          const bool& stop, std::size_t max, bool live, std::int64_t maxMicros, Next next, Skip skip) {
    try {
        for (;;) {
            {
                const std::lock_guard lock(mutex);
                if (stop)
                    break;
            }
            auto item = next();
            if (!item || (maxMicros > 0 && item->micros >= maxMicros))
                break;
            std::unique_lock lock(mutex);
            if (!live)
                space.wait(lock, [&] { return feed.queue.size() < max || stop; });
            if (stop)
                break;
            if (skip())
                continue;
            if (feed.queue.size() >= max) {
                ++feed.dropped;
                continue;
            }
            feed.queue.push_back(std::move(*item));
            ready.notify_one();
        }
    } catch (...) {
        const std::lock_guard lock(mutex);
        feed.error = std::current_exception();
    }
    const std::lock_guard lock(mutex);
    feed.ended = true;
    ready.notify_one();
}

// R6 first, then the details checked, before a single frame is read.
Acquisition prepared(Vault& v, std::int64_t caseId, const Acquisition& details, R6Answer r6, const char* method,
                     const std::string& device) {
    if (r6 != R6Answer::NotSexualContentOfMinors)
        stopUnderR6(v, caseId, details.interviewId);
    Acquisition a = details;
    if (a.method == "import")
        a.method = method;
    if (!a.device)
        a.device = device;
    items::validate(v, caseId, a);
    return a;
}

std::string resolution(const FrameSource& s) {
    return std::to_string(s.width()) + "x" + std::to_string(s.height());
}

// The details asked after the capture, until they are valid; method and
// device stay those of the capture.
Acquisition askAfter(Vault& v, std::int64_t caseId, const Acquisition& before, const DetailsAfter& ask,
                     const CaptureResult& captured) {
    if (!ask)
        return before;
    std::string problem;
    for (;;) {
        Acquisition a = ask(captured, problem);
        a.method = before.method;
        a.device = before.device;
        try {
            items::validate(v, caseId, a);
            return a;
        } catch (const Error& e) {
            // Only what the person can correct is asked again; a failing
            // catalog or medium ends the capture (it is recovered).
            if (e.code() != Error::Code::InvalidInput && e.code() != Error::Code::NotFound)
                throw;
            problem = e.what();
        }
    }
}

}  // namespace

CaptureResult captureStill(Vault& v, std::int64_t caseId, FrameSource& source, const std::string& format,
                           const Acquisition& details, R6Answer r6, const DetailsAfter& detailsAfter) {
    const Acquisition a =
        prepared(v, caseId, details, r6, format == "png" ? "screenshot" : "camera-photo", source.device());
    auto frame = source.next();
    if (!frame)
        throw Error(Error::Code::Io, "the " + source.device() + " gave no picture",
                    "check that the camera or the screen is still there, then try again");
    const auto bytes = encodeStill(*frame, format);
    CaptureResult out;
    out.frames = 1;
    const Acquisition stored = askAfter(v, caseId, a, detailsAfter, out);
    ItemWriter writer(v);
    writer.write(bytes);
    out.item = writer.commit(caseId, stored, (a.method == "screenshot" ? "schermata." : "foto.") + format,
                             {{"capture",
                               {{"device", source.device()},
                                {"resolution", std::to_string(frame->width) + "x" + std::to_string(frame->height)},
                                {"frames", 1}}}});
    return out;
}

CaptureResult recordVideo(Vault& v, std::int64_t caseId, FrameSource& source, const Acquisition& details, R6Answer r6,
                          const RecordOptions& options) {
    const Acquisition a =
        prepared(v, caseId, details, r6, source.device().rfind("screen", 0) == 0 ? "screen-recording" : "camera-video",
                 source.device());
    nlohmann::json facts = {{"device", source.device()},
                            {"resolution", resolution(source)},
                            {"fps", source.fps()},
                            {"container", "mp4 (fragmented)"},
                            {"video", "h264 " + options.video.preset + " crf " + std::to_string(options.video.crf)}};
    const std::string name = a.method == "screen-recording" ? "registrazione-schermo.mp4" : "video.mp4";
    ItemWriter writer(v, RecordingStart{caseId, a, name, facts});
    std::optional<VideoEncoder> encoder;
    std::optional<AudioFormat> sound;
    if (options.audio != nullptr) {
        sound = AudioFormat{options.audio->rate(), options.audio->channels()};
        facts["audio"] = "aac " + std::to_string(sound->rate) + " Hz " + std::to_string(sound->channels) + " ch";
        facts["audio_device"] = options.audio->device();
    }
    try {
        encoder.emplace(writer, source.width(), source.height(), source.fps(), options.video, sound);
    } catch (...) {
        writer.discard();
        throw;
    }

    // Each source on its own thread into its own queue (pictures; sound if
    // asked), under one mutex. A live source's clock is the recording's, so
    // it never waits for the encoder (what finds its queue full is dropped
    // and counted); any other waits for room.
    std::mutex mutex;
    std::condition_variable ready;
    std::condition_variable space;
    bool stop = false;
    const auto maxMicros = static_cast<std::int64_t>(options.maxSeconds * 1e6);
    Feed<Frame> pictures;
    Feed<AudioChunk> sounds;
    sounds.ended = options.audio == nullptr;
    bool picturesStarted = false;
    std::thread reader([&] {
        pump(
            pictures, mutex, ready, space, stop, options.queueFrames, source.live(), maxMicros,
            [&] { return source.next(); }, [] { return false; });
    });
    std::thread soundReader;
    if (options.audio != nullptr) {
        // While paused the sound is left out, as the pictures are.
        soundReader = std::thread([&] {
            // A microphone's sound from before the first picture (buffered
            // while the capture was being prepared) is left out, so that the
            // two start together.
            pump(
                sounds, mutex, ready, space, stop, kSoundQueue, options.audio->live(), maxMicros,
                [&] { return options.audio->next(); },
                [&] {
                    return (options.pausable != nullptr && options.pausable->paused()) ||
                           (options.audio->live() && !picturesStarted && pictures.queue.empty());
                });
        });
    }
    auto& queue = pictures.queue;
    auto& soundQueue = sounds.queue;
    const bool& ended = pictures.ended;
    const bool& soundEnded = sounds.ended;
    const auto stopReader = [&] {
        {
            const std::lock_guard lock(mutex);
            stop = true;
        }
        space.notify_all();
        if (options.audio != nullptr)
            options.audio->close();
        reader.join();
        if (soundReader.joinable())
            soundReader.join();
    };
    bool soundClosed = false;
    std::exception_ptr failure;  // the encoder's or the medium's
    try {
        for (;;) {
            std::optional<Frame> f;
            std::vector<AudioChunk> chunks;
            bool closeSound = false;
            {
                std::unique_lock lock(mutex);
                ready.wait(lock, [&] {
                    return !queue.empty() || !soundQueue.empty() || (ended && (soundEnded || !soundClosed));
                });
                if (queue.empty() && soundQueue.empty()) {
                    if (soundEnded)
                        break;
                    // The pictures have ended: a microphone stops with them,
                    // a recorded tone is read to its end.
                    closeSound = options.audio->live();
                    soundClosed = true;
                } else {
                    while (!soundQueue.empty()) {
                        chunks.push_back(std::move(soundQueue.front()));
                        soundQueue.pop_front();
                    }
                    if (!queue.empty()) {
                        f = std::move(queue.front());
                        queue.pop_front();
                        picturesStarted = true;
                    }
                    space.notify_all();
                }
            }
            if (closeSound)
                options.audio->close();
            for (const AudioChunk& c : chunks)
                encoder->addAudio(c);
            if (!f)
                continue;
            encoder->add(*f);
            if (options.onFrame)
                options.onFrame(encoder->stats());
            if (options.progress != nullptr) {
                options.progress->update(static_cast<std::uint64_t>(f->micros / 1000), 0);
                if (options.progress->cancelled()) {
                    const std::lock_guard lock(mutex);
                    stop = true;
                }
            }
        }
    } catch (...) {
        failure = std::current_exception();
    }
    stopReader();

    CaptureResult out;
    out.dropped = pictures.dropped + source.dropped();
    const auto factsOf = [&](const VideoStats& stats) {
        nlohmann::json j = facts;
        j["frames"] = stats.frames;
        j["dropped_frames"] = pictures.dropped + source.dropped();
        j["duration_seconds"] = stats.seconds;
        if (options.audio != nullptr) {
            j["audio_seconds"] = stats.audioSeconds;
            j["audio_dropped_chunks"] = sounds.dropped;
            if (sounds.error) {
                try {
                    std::rethrow_exception(sounds.error);
                } catch (const std::exception& e) {
                    j["audio_error"] = e.what();
                }
            }
        }
        if (options.pausable != nullptr)
            j["paused_seconds"] = options.pausable->pausedSeconds();
        return j;
    };
    const auto message = [](const std::exception_ptr& e) -> std::string {
        try {
            std::rethrow_exception(e);
        } catch (const std::exception& x) {
            return x.what();
        } catch (...) {
            return "unknown error";
        }
    };
    const bool fromSource = static_cast<bool>(pictures.error);
    std::optional<VideoStats> finished;
    if (!failure && encoder->stats().frames > 0) {
        try {
            finished = encoder->finish();
        } catch (...) {
            failure = std::current_exception();
        }
    }
    if (failure) {
        const VideoStats stats = encoder->stats();
        if (stats.frames == 0) {
            writer.discard();
            std::rethrow_exception(failure);
        }
        encoder.reset();  // nothing more goes to the writer
        std::optional<Item> kept;
        try {
            kept = writer.keepInterrupted("medium", factsOf(stats));
        } catch (const Error&) {
            throw Error(Error::Code::Io,
                        message(failure) +
                            "; the recording stopped, and what reached the vault cannot be "
                            "closed now",
                        "put the vault's medium back or free some space, then open the vault again: Custodia "
                        "recovers the recording then, marked as interrupted");
        }
        if (!kept)
            throw Error(Error::Code::Io, message(failure) + "; nothing of the recording could be kept",
                        "free some space on the vault's medium, or use another one, and record again");
        out.item = *kept;
        out.frames = stats.frames;
        out.seconds = stats.seconds;
        out.interruption = "medium";
        out.interruptionError = message(failure);
        return out;
    }
    if (!finished) {
        writer.discard();
        if (fromSource)
            std::rethrow_exception(pictures.error);
        throw Error(Error::Code::Io, "the " + source.device() + " gave no picture: nothing was recorded",
                    "check that the camera or the screen is still there, then try again");
    }
    const VideoStats stats = *finished;
    // The whole recording sealed and synced before the R4 form: a crash
    // while it is open recovers every byte (with the details given before).
    std::optional<Error> sealError;
    try {
        writer.seal();
    } catch (const Error& e) {
        sealError = e;
    }
    nlohmann::json extra = {{"capture", factsOf(stats)}};
    if (fromSource) {
        out.interruption = "source";
        out.interruptionError = message(pictures.error);
        extra["interrupted"] = {{"reason", "source"}, {"error", out.interruptionError}};
    }
    out.frames = stats.frames;
    out.seconds = stats.seconds;
    if (sealError) {
        // The medium refused the last bytes: what reached it is kept.
        const std::optional<Item> kept = writer.keepInterrupted("medium", factsOf(stats));
        if (!kept)
            throw *sealError;
        out.item = *kept;
        out.interruption = "medium";
        out.interruptionError = sealError->what();
        return out;
    }
    const Acquisition stored = askAfter(v, caseId, a, options.detailsAfter, out);
    out.item = writer.commit(caseId, stored, name, extra, fromSource);
    return out;
}

}  // namespace custodia::vault::capture
