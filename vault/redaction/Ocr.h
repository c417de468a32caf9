// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/redaction/Region.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

// Reading the words of a picture with Tesseract 5 (Debian's fast LSTM models
// for Italian and English). One picture is read several times, each time
// prepared differently, because no one preparation reads everything (issue 7,
// measured): the plain grayscale misses light text on colour (chat headers),
// the inverted one reads it; photos of a screen read best with local
// contrast (CLAHE) and an inverted pass at 1.5x — measured on the quality
// set (docs/redaction-quality.md), where flat-field correction, 2x and
// Sauvola thresholding read less and cost up to 30 times as much. The
// caller takes the union of what the passes found. Confidence is kept but never used to drop a
// word: wrong reads come back with high confidence too.
namespace custodia::vault::redaction {

struct Word {
    std::string text;  // UTF-8 as read
    Box box;           // in the picture's pixels
    float confidence = 0;
    int line = 0;  // text line, in reading order within its pass
};

enum class Preparation {
    Gray,           // grayscale as it is
    Inverted,       // grayscale inverted: light text on dark or colour
    Photo,          // local contrast (CLAHE 2.0, 8x8 tiles)
    PhotoInverted,  // inverted, 1.5x
};

// One Tesseract instance (single-threaded). Not thread-safe: one per worker.
class OcrEngine {
public:
    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // The words of `gray` (8-bit, one channel), prepared as asked.
    [[nodiscard]] std::vector<Word> read(const cv::Mat& gray, Preparation prep);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// A few engines shared by worker threads: read() runs the preparations in
// parallel, one engine each, and returns the words of each pass.
class OcrPool {
public:
    explicit OcrPool(int engines);
    ~OcrPool();
    [[nodiscard]] std::vector<std::vector<Word>> read(const cv::Mat& gray, const std::vector<Preparation>& preps);

private:
    std::unique_ptr<OcrEngine> take();
    void give(std::unique_ptr<OcrEngine> engine);

    std::mutex mutex_;
    std::condition_variable available_;
    std::vector<std::unique_ptr<OcrEngine>> idle_;
};

// The grayscale of a BGR picture, prepared for a pass (exposed for tests).
[[nodiscard]] cv::Mat prepare(const cv::Mat& gray, Preparation prep, double* scale);

}  // namespace custodia::vault::redaction
