// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Ingest.h"
#include "vault/Items.h"
#include "vault/Progress.h"
#include "vault/capture/AudioSource.h"
#include "vault/capture/Encoder.h"
#include "vault/capture/FrameSource.h"

#include <cstdint>
#include <functional>
#include <string>

// Live capture into the vault (issue 8, R4, R5, R10): every byte of a photo
// or a recording goes from memory through SHA-256 and the age encryptor
// into the item's partial blob; nothing is written anywhere else.
namespace custodia::vault::capture {

struct CaptureResult {
    Item item;
    std::int64_t frames = 0;   // frames in the item (1 for a still)
    std::int64_t dropped = 0;  // frames the source gave that the encoder could not take in time
    double seconds = 0;        // a recording's length
    // Empty when the recording ended as asked; otherwise why it stopped
    // early ("source": the camera or screen went away, the video is whole
    // up to there; "medium": writing failed, every complete chunk was kept)
    // and the error met. The item is then marked interrupted.
    std::string interruption;
    std::string interruptionError;
};

// The GUI's R4 form after a capture (issue 8, section 2): called after the
// last frame and before the item is committed, with what was captured and,
// when the previous answer was refused, why (empty the first time); returns
// the details to store (method and device stay as captured). A recording
// stays registered meanwhile, so a crash while the form is open still keeps
// it (with the details given at the start).
using DetailsAfter = std::function<Acquisition(const CaptureResult& captured, const std::string& problem)>;

// One frame of `source` as a picture ("png" for a screenshot, "jpg" for a
// camera photo) stored as an item of the case. R6 is asked first (the
// answer stops the capture before the source is read); `details` must
// carry the method ("camera-photo", "screenshot") and the R4 fields.
CaptureResult captureStill(Vault& v, std::int64_t caseId, FrameSource& source, const std::string& format,
                           const Acquisition& details, R6Answer r6, const DetailsAfter& detailsAfter = {});

struct RecordOptions {
    VideoSettings video;
    // Stops after this many seconds of frames (0: when the source ends).
    double maxSeconds = 0;
    // Frames waiting for the encoder; a frame that finds the queue full is
    // dropped (counted, recorded with the item) rather than delaying the
    // source, whose clock is the video's.
    std::size_t queueFrames = 16;
    // cancelled() stops the recording cleanly: what was recorded is kept.
    Progress* progress = nullptr;
    // Optional: the details to store, asked after the recording.
    DetailsAfter detailsAfter;
    // Optional: the source's pause control, to record how long it paused.
    const PausableSource* pausable = nullptr;
    // Optional: the sound (AAC in the same MP4; off unless asked). A live
    // source (a microphone) is closed when the pictures end.
    AudioSource* audio = nullptr;
    // Optional: after each frame encoded (on the recording's thread), what
    // was recorded so far (the GUI shows time and size).
    std::function<void(const VideoStats&)> onFrame;
};

// A recording of `source` stored as an H.264/fragmented-MP4 item of the
// case: the source is read on its own thread into a bounded queue, the
// encoder writes into the vault as it goes; the recording is registered
// before its first byte (ItemWriter's RecordingStart), so a crash loses at
// most the fragment being made (the next unlock recovers the rest). A failing
// medium or encoder stops it and keeps every complete chunk as an item marked
// interrupted (result.interruption "medium"); if even that cannot be written
// (the medium is gone), Error(Io) says that the next unlock recovers it. A
// source that fails after its first frame ends the video there ("source").
// Before the first frame, any failure leaves nothing.
CaptureResult recordVideo(Vault& v, std::int64_t caseId, FrameSource& source, const Acquisition& details, R6Answer r6,
                          const RecordOptions& options);

}  // namespace custodia::vault::capture
