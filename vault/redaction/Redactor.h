// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/redaction/Layout.h"
#include "vault/redaction/Matcher.h"
#include "vault/redaction/Ocr.h"
#include "vault/redaction/Region.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

// R7: the redaction engine for one picture — detect every identifying region,
// burn the regions into the pixels, check that nothing identifying can still
// be read, and write a fresh file from the pixels alone.
namespace custodia::vault::redaction {

// What a burned picture still shows, after the leak check.
struct Redacted {
    cv::Mat image;                // BGR, the size of the (oriented) original
    std::vector<Region> regions;  // everything burned, leak-check additions included
    int leakRounds = 0;           // OCR passes over the output
    int leaksFixed = 0;           // regions the leak check added
    bool needsReview = false;     // still readable after the last round: do not share
};

// What the detectors found in one picture, and the corners of the phone
// screen it was read on when it is a photo of one (nullopt: read as it is).
struct PictureDetection {
    std::vector<Region> regions;
    std::optional<Quad> screen;
};

// Four corners (top left, top right, bottom right, bottom left) that make a
// convex quadrilateral inside a width x height picture, each side at least
// 1/20 of the picture's smaller side.
[[nodiscard]] bool plausibleQuad(const Quad& q, int width, int height);

// Light text in coloured chat bubbles, which the page passes miss: the
// bubbles found by colour, cut out, stretched and read on their own; words
// in `bgr`'s pixels (Redactor runs it beside the page passes).
[[nodiscard]] std::vector<Word> bubbleWords(const cv::Mat& bgr, OcrPool& pool);

class Redactor {
public:
    // `ocrEngines` Tesseract instances run the OCR passes side by side.
    explicit Redactor(std::vector<RosterEntry> roster, int ocrEngines = 2);

    // Every identifying region of a BGR picture (OCR + roster + patterns +
    // layout + avatars + faces), merged. `photo` chooses the OCR
    // preparations (default: decided from the pixels). In a photo of a
    // phone screen whose outline shows, the screen is rectified (made
    // upright and flat, about a screenshot's size) and read as a screenshot,
    // chat layout included; its regions are mapped back into the photo.
    [[nodiscard]] std::vector<Region> detect(const cv::Mat& bgr, std::optional<bool> photo = std::nullopt);
    // The same, with the screen's corners used. `screen`: corners set by the
    // reviewer where the automatic search failed (a dark screen on a dark
    // desk): the picture is read as a photo of that screen
    // (Error(InvalidInput) when the corners make no quadrilateral).
    [[nodiscard]] PictureDetection detectPicture(const cv::Mat& bgr, std::optional<bool> photo = std::nullopt,
                                                 const std::optional<Quad>& screen = std::nullopt);

    // What can still be read in `bgr` (roster and patterns) outside the
    // `burned` boxes: the leak check's reading of one picture.
    [[nodiscard]] std::vector<Region> leaks(const cv::Mat& bgr, bool photo, const std::vector<Box>& burned);

    // Burns `regions` into `bgr` and runs the leak check: reads the output
    // again, boxes whatever is still readable, and repeats up to
    // `maxLeakRounds` times; anything still readable then makes the result
    // needsReview.
    [[nodiscard]] Redacted redact(const cv::Mat& bgr, std::vector<Region> regions, int maxLeakRounds = 3);

    // Regions found in `words` (one OCR pass): roster and patterns, one
    // region per text line of each match. Words taller than `maxHeight`
    // (OCR reading a picture) give no box; 0: four times the pass's median
    // word height.
    [[nodiscard]] std::vector<Region> textRegions(const std::vector<Word>& words, int maxHeight = 0) const;

private:
    // `layout`: apply the chat layout rules (a screenshot, or a rectified
    // photo of a screen when `rectified`); `photoOcr`: the photo preparations.
    std::vector<Region> detectIn(const cv::Mat& bgr, bool layout, bool photoOcr, bool rectified);
    // A photo read on its screen `q`, made upright; regions mapped back.
    // `found`: `q` came from findScreen (the outline may be the body);
    // nullopt then when no screen lies inside it.
    std::optional<std::vector<Region>> detectOnScreen(const cv::Mat& bgr, const Quad& q, bool found);
    // What can be read in `bgr`, ignoring words under the `burned` boxes
    // (their labels).
    std::vector<Region> readableRegions(const cv::Mat& bgr, bool photo, const std::vector<Box>& burned);

    std::vector<RosterEntry> roster_;
    OcrPool pool_;
};

// Opaque boxes drawn into a copy of the pixels: each box grown by a margin,
// its width rounded up (a tight width tells which name is under it), filled
// with one flat colour and labelled with its kind. Never blur or pixelate.
[[nodiscard]] cv::Mat burn(const cv::Mat& bgr, const std::vector<Region>& regions);

// The box actually painted for a region of `kind` on a picture of `width` x
// `height`. The width of text is rounded up; a face or an avatar is a
// picture, whose width tells nothing (rounding a face's box up to a
// multiple of its height nearly doubled it when it was a little wider than
// high).
[[nodiscard]] Box burnedBox(const Box& box, int width, int height, Kind kind = Kind::Manual);

// Decoding and encoding from memory (no file): EXIF orientation applied;
// metadata never copied — the output is written from pixels alone (no EXIF,
// GPS, XMP, ICC, text chunks, thumbnails or trailing data). Throws
// vault::Error (InvalidInput) on an undecodable picture.
[[nodiscard]] cv::Mat decodeImage(const std::vector<std::uint8_t>& bytes);
// `format` "png" or "jpg".
[[nodiscard]] std::vector<std::uint8_t> encodeImage(const cv::Mat& bgr, const std::string& format);

}  // namespace custodia::vault::redaction
