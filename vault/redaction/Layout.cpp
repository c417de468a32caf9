// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/redaction/Layout.h"

#include "vault/Error.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <map>
#include <mutex>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

namespace custodia::vault::redaction {

namespace {

// The header of a phone screen lies between the status bar and about an
// eighth of the height (WhatsApp, Telegram, Instagram, Messenger, iOS and
// Android, measured on 1080x2340, 720x1600 and 1170x2532 screens).
constexpr double kStatusBarEnd = 0.025;
constexpr double kHeaderEnd = 0.13;
// No header ends above this (it holds a name and a status line).
constexpr double kHeaderStart = 0.05;
// A colour change across a row: summed over the channels.
constexpr int kEdgeStep = 24;
// A side of a phone's outline: at least this many tenths of the points
// along its middle lie on edges of the picture.
constexpr int kSideSupport = 6;
// Header text by its pixels: at least this far from the band's colour
// (grey levels), whatever Otsu's threshold says on a nearly empty band.
constexpr double kHeaderInk = 28;

// Ink colour of a word: the pixels of its box farthest from the box's
// median colour.
cv::Vec3f inkColour(const cv::Mat& bgr, const Box& box) {
    const Box b = box.clipped(bgr.cols, bgr.rows);
    if (b.empty())
        return {0, 0, 0};
    const cv::Mat roi = bgr(cv::Rect(b.x, b.y, b.w, b.h));
    std::vector<cv::Vec3b> pixels;
    pixels.reserve(static_cast<std::size_t>(roi.total()));
    for (int y = 0; y < roi.rows; ++y)
        for (int x = 0; x < roi.cols; ++x)
            pixels.push_back(roi.at<cv::Vec3b>(y, x));
    cv::Vec3f median;
    for (int c = 0; c < 3; ++c) {
        std::vector<unsigned char> channel;
        channel.reserve(pixels.size());
        for (const auto& p : pixels)
            channel.push_back(p[c]);
        std::nth_element(channel.begin(), channel.begin() + static_cast<std::ptrdiff_t>(channel.size() / 2),
                         channel.end());
        median[c] = channel[channel.size() / 2];
    }
    std::vector<std::pair<float, cv::Vec3b>> byDistance;
    byDistance.reserve(pixels.size());
    for (const auto& p : pixels) {
        const float d = std::abs(p[0] - median[0]) + std::abs(p[1] - median[1]) + std::abs(p[2] - median[2]);
        byDistance.emplace_back(d, p);
    }
    const std::size_t keep = std::max<std::size_t>(1, byDistance.size() / 8);
    std::partial_sort(byDistance.begin(), byDistance.begin() + static_cast<std::ptrdiff_t>(keep), byDistance.end(),
                      [](const auto& l, const auto& r) { return l.first > r.first; });
    cv::Vec3f sum{0, 0, 0};
    for (std::size_t i = 0; i < keep; ++i)
        sum += cv::Vec3f(byDistance[i].second[0], byDistance[i].second[1], byDistance[i].second[2]);
    return sum / static_cast<float>(keep);
}

double saturation(const cv::Vec3f& bgr) {
    const float mx = std::max({bgr[0], bgr[1], bgr[2]});
    const float mn = std::min({bgr[0], bgr[1], bgr[2]});
    return mx <= 0 ? 0.0 : (mx - mn) / mx;
}

// Where the header of a screenshot ends: the first row, below the status bar
// and above kHeaderEnd, where the colour changes across (nearly) the whole
// width — the header's own colour meets the chat's, or a divider line or
// shadow runs under it. Lines of text and bubbles never span the width. The
// first line of the chat under the header is then no header word (it lies
// above kHeaderEnd on most screens). kHeaderEnd when no such row exists (a
// header of the chat's colour, with no line under it).
int headerBottom(const cv::Mat& bgr) {
    const int end = static_cast<int>(bgr.rows * kHeaderEnd);
    const int start = static_cast<int>(bgr.rows * kHeaderStart);
    for (int y = std::max(1, start); y + 1 < end; ++y) {
        const auto* above = bgr.ptr<cv::Vec3b>(y - 1);
        const auto* below = bgr.ptr<cv::Vec3b>(y + 1);
        int changed = 0;
        for (int x = 0; x < bgr.cols; ++x) {
            const int d = std::abs(above[x][0] - below[x][0]) + std::abs(above[x][1] - below[x][1]) +
                          std::abs(above[x][2] - below[x][2]);
            changed += d > kEdgeStep ? 1 : 0;
        }
        if (changed * 20 >= bgr.cols * 17)
            return y;
    }
    return end;
}

Box unionOf(const std::vector<Word>& words, const std::vector<std::size_t>& idx) {
    Box b;
    for (const auto i : idx)
        b = b.united(words[i].box);
    return b;
}

// The head of a skin blob: a face, its neck and skin-toned shoulders or
// clothes join into one blob, wide, narrow at the neck, wide again. Cut it
// at the neck (the narrowest row in the lower part, when clearly narrower
// than the face above it) and keep the columns above the cut.
cv::Rect headOf(const cv::Mat& mask) {
    std::vector<int> width(static_cast<std::size_t>(mask.rows));
    for (int y = 0; y < mask.rows; ++y)
        width[static_cast<std::size_t>(y)] = cv::countNonZero(mask.row(y));
    int neck = -1;
    int widest = 0;
    for (int y = 0; y < mask.rows; ++y) {
        const int wy = width[static_cast<std::size_t>(y)];
        if (y >= mask.rows * 2 / 5 && wy * 10 < widest * 7 && (neck < 0 || wy < width[static_cast<std::size_t>(neck)]))
            neck = y;
        if (neck < 0)
            widest = std::max(widest, wy);
    }
    if (neck < 0)
        return {0, 0, mask.cols, mask.rows};
    // Where the neck begins: the first row of the narrowing run.
    int cut = neck;
    while (cut > mask.rows * 2 / 5 && width[static_cast<std::size_t>(cut - 1)] * 10 < widest * 7)
        --cut;
    const cv::Rect above = cv::boundingRect(mask.rowRange(0, std::max(1, cut)));
    return above.area() > 0 ? above : cv::Rect(0, 0, mask.cols, mask.rows);
}

}  // namespace

bool looksLikeScreenshot(const cv::Mat& bgr, int tolerance, double share) {
    if (bgr.empty())
        return false;
    // Every 4th row is enough. Screens are flat colour; photos are noise:
    // small differences between neighbours. A photo can be flat too where
    // it is over-exposed (clipped white), but its noise shows around that.
    std::size_t flat = 0;
    std::size_t noisy = 0;
    std::size_t total = 0;
    for (int y = 0; y < bgr.rows; y += 4) {
        const auto* row = bgr.ptr<cv::Vec3b>(y);
        for (int x = 1; x < bgr.cols; ++x) {
            const int d = std::abs(row[x][0] - row[x - 1][0]) + std::abs(row[x][1] - row[x - 1][1]) +
                          std::abs(row[x][2] - row[x - 1][2]);
            flat += d <= tolerance ? 1 : 0;
            noisy += d > tolerance && d <= tolerance + 6 ? 1 : 0;
            ++total;
        }
    }
    return total > 0 && static_cast<double>(flat) / static_cast<double>(total) > share && noisy * 2 < flat;
}

std::vector<Region> findChatLayout(const cv::Mat& bgr, const std::vector<Word>& words, bool screenshot, bool photo) {
    std::vector<Region> out;
    const bool portrait = bgr.rows >= bgr.cols * 3 / 2;
    // The header: every word between the status bar and the end of the
    // header band of a full portrait screenshot.
    // A line is text: no taller than twice the typical word (OCR reads
    // words in pictures and colour bars too, as boxes of any size).
    std::vector<int> heights;
    for (const auto& w : words)
        heights.push_back(w.box.h);
    int typical = bgr.rows / 20;
    if (!heights.empty()) {
        std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2),
                         heights.end());
        typical = std::min(typical, heights[heights.size() / 2]);
    }
    const int tallest = 2 * std::max(typical, 6);
    // A header name is larger than the messages, and OCR often joins its
    // last word to the call icon beside it.
    const int tallestInHeader = 3 * std::max(typical, 6);
    if (screenshot && portrait) {
        const int top = static_cast<int>(bgr.rows * kStatusBarEnd);
        // A photo's edges are soft and its light uneven: the fixed band there.
        const int bottom = photo ? static_cast<int>(bgr.rows * kHeaderEnd) : headerBottom(bgr);
        for (const auto& w : words) {
            const int cy = w.box.y + w.box.h / 2;
            // The header's icons (call, video, menu) read as punctuation,
            // and a picture scrolled under the header as one tall "word":
            // neither names anyone (the avatar has its own rule below).
            const bool text = std::any_of(w.text.begin(), w.text.end(),
                                          [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
            if (cy >= top && cy <= bottom && text && w.box.h <= tallestInHeader)
                out.push_back({w.box, Kind::Header, Source::Layout, "layout: chat header (contact or group name)", 0,
                               0.7, false});
        }
    }
    // Sender lines: short lines drawn in colour, or starting with "~".
    std::map<int, std::vector<std::size_t>> lines;
    for (std::size_t i = 0; i < words.size(); ++i)
        lines[words[i].line].push_back(i);
    for (const auto& [line, idx] : lines) {
        if (idx.size() > 6)
            continue;
        const Box box = unionOf(words, idx);
        if (box.h < 6 || box.h > tallest)
            continue;
        const cv::Vec3f ink = inkColour(bgr, box);
        const double sat = saturation(ink);
        const float value = std::max({ink[0], ink[1], ink[2]});
        // A photo washes colours out (blur, glare, white balance).
        if (photo ? sat >= 0.22 && value >= 60 : sat >= 0.4 && value >= 90) {
            out.push_back(
                {box, Kind::Sender, Source::Layout, "layout: line in colour (sender name or link)", 0, 0.6, true});
        }
    }
    return out;
}

std::vector<Region> findHeaderText(const cv::Mat& bgr) {
    std::vector<Region> out;
    if (bgr.empty() || bgr.rows < bgr.cols * 3 / 2)
        return out;
    const int top = static_cast<int>(bgr.rows * kStatusBarEnd);
    const int bottom = static_cast<int>(bgr.rows * kHeaderEnd);
    cv::Mat gray;
    cv::cvtColor(bgr(cv::Range(top, bottom), cv::Range::all()), gray, cv::COLOR_BGR2GRAY);
    // Text stands out from the band's own colour as lit here: the median
    // over a window of a few letters' height (the light of a photo varies
    // slowly, letters do not).
    const int window = std::max(15, bgr.rows / 40) | 1;
    cv::Mat background;
    cv::medianBlur(gray, background, window);
    cv::Mat diff;
    cv::absdiff(gray, background, diff);
    cv::Mat mask;
    const double otsu = cv::threshold(diff, mask, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::threshold(diff, mask, std::max(otsu, kHeaderInk), 255, cv::THRESH_BINARY);
    // Letters into words and words into a line; icons stay apart.
    const int join = std::max(5, bgr.rows / 80);
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(join, 3)));
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8);
    const int lowest = std::max(6, bgr.rows / 200);
    const int highest = bgr.rows / 30;
    for (int i = 1; i < n; ++i) {
        const int x = stats.at<int>(i, cv::CC_STAT_LEFT);
        const int y = stats.at<int>(i, cv::CC_STAT_TOP);
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        // A run of text: a line's height, wider than high (an icon, the
        // back arrow and the avatar are about square), right of the arrow.
        if (h < lowest || h > highest || w * 2 < h * 3 || x + w / 2 < bgr.cols / 8)
            continue;
        out.push_back({Box{x, top + y, w, h}.grown(std::max(2, h / 6)).clipped(bgr.cols, bgr.rows), Kind::Header,
                       Source::Layout, "layout: text in the chat header (found by its pixels)", 0, 0.6, true});
    }
    return out;
}

std::vector<Region> findRoundAvatars(const cv::Mat& gray) {
    std::vector<Region> out;
    if (gray.empty())
        return out;
    // Work at about 540 px wide: avatars are large, noise is not.
    const double scale = std::min(1.0, 540.0 / std::min(gray.cols, gray.rows));
    cv::Mat small;
    cv::resize(gray, small, cv::Size(), scale, scale, cv::INTER_AREA);
    const int side = std::min(small.cols, small.rows);
    // Smaller circles are letters (O, @, 0), not pictures.
    const int minR = std::max(8, side / 44);
    // Chat avatars are at most about a seventh of the screen's width across.
    const int maxR = side / 14;
    cv::Mat blurred;
    cv::GaussianBlur(small, blurred, cv::Size(5, 5), 1.2);
    std::vector<cv::Vec3f> circles;
    cv::HoughCircles(blurred, circles, cv::HOUGH_GRADIENT, 1.0, minR * 1.5, 100, 22, minR, maxR);
    cv::Mat edges;
    cv::Canny(blurred, edges, 40, 120);
    cv::dilate(edges, edges, cv::Mat(), cv::Point(-1, -1), 1);
    for (const auto& c : circles) {
        // Edge support: most points of the circle lie on an edge.
        int on = 0;
        constexpr int kSamples = 72;
        for (int k = 0; k < kSamples; ++k) {
            const double a = 2 * M_PI * k / kSamples;
            const int x = static_cast<int>(std::lround(c[0] + c[2] * std::cos(a)));
            const int y = static_cast<int>(std::lround(c[1] + c[2] * std::sin(a)));
            if (x >= 0 && y >= 0 && x < edges.cols && y < edges.rows && edges.at<unsigned char>(y, x) != 0)
                ++on;
        }
        const double support = static_cast<double>(on) / kSamples;
        if (support < 0.8)
            continue;
        // Hough's radius runs short of the picture's edge: hide a little more.
        const double r = c[2] / scale * 1.15 + 2;
        const Box box{static_cast<int>(c[0] / scale - r), static_cast<int>(c[1] / scale - r),
                      static_cast<int>(2 * r) + 1, static_cast<int>(2 * r) + 1};
        out.push_back({box.clipped(gray.cols, gray.rows), Kind::Avatar, Source::Detector,
                       "detector: round picture (avatar)", 0, support, support < 0.9});
    }
    return out;
}

namespace {

void blobsAbove(const cv::Mat& diff, int threshold, const cv::Rect& area, int minSide, int maxSide, const char* reason,
                bool flatten, cv::Size picture, std::vector<Region>& out);

// Compact blobs that stand out from the median colour of `area`.
void blobsIn(const cv::Mat& bgr, const cv::Rect& area, int minSide, int maxSide, const char* reason, bool flatten,
             std::vector<Region>& out) {
    const cv::Mat roi = bgr(area);
    std::vector<cv::Mat> channels;
    cv::split(flatten ? bgr : roi, channels);
    cv::Mat diff = cv::Mat::zeros(roi.size(), CV_8U);
    for (auto& c : channels) {
        cv::Mat d;
        if (flatten) {
            // The background as it is lit here: a median far wider than an
            // avatar, taken over the whole screen (a narrow column alone is
            // narrower than the median's window).
            cv::Mat small;
            const double k = 0.25;
            cv::resize(c, small, cv::Size(), k, k, cv::INTER_AREA);
            // Reflected, not replicated, at the edges: a dark first column
            // (what is left of the bezel) repeated fifty times is the median.
            const int window = std::max(3, static_cast<int>(maxSide * 3 * k)) | 1;
            const int pad = window / 2;
            cv::copyMakeBorder(small, small, pad, pad, pad, pad, cv::BORDER_REFLECT);
            cv::medianBlur(small, small, window);
            small = small(cv::Rect(pad, pad, small.cols - 2 * pad, small.rows - 2 * pad)).clone();
            cv::Mat background;
            cv::resize(small, background, c.size(), 0, 0, cv::INTER_LINEAR);
            cv::absdiff(c(area), background(area), d);
        } else {
            cv::Mat sorted = c.reshape(1, 1).clone();
            cv::sort(sorted, sorted, cv::SORT_ASCENDING);
            const auto median = static_cast<double>(sorted.at<unsigned char>(0, sorted.cols / 2));
            cv::absdiff(c, cv::Scalar(median), d);
        }
        cv::max(diff, d, diff);
    }
    // In a photo of a screen, a dark bubble blurs into the avatar beside it
    // at the first threshold (one blob taller than an avatar); the avatar,
    // which stands out far more than the bubble, stands alone at the second.
    // Overlapping finds are merged later.
    for (const int threshold : flatten ? std::vector<int>{24, 48} : std::vector<int>{24})
        blobsAbove(diff, threshold, area, minSide, maxSide, reason, flatten, bgr.size(), out);
}

void blobsAbove(const cv::Mat& diff, int threshold, const cv::Rect& area, int minSide, int maxSide, const char* reason,
                bool flatten, cv::Size picture, std::vector<Region>& out) {
    cv::Mat mask;
    cv::threshold(diff, mask, threshold, 255, cv::THRESH_BINARY);
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(7, 7)));
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8);
    for (int i = 1; i < n; ++i) {
        int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        int a = stats.at<int>(i, cv::CC_STAT_AREA);
        const int left = stats.at<int>(i, cv::CC_STAT_LEFT);
        const int top = stats.at<int>(i, cv::CC_STAT_TOP);
        if (flatten && h >= minSide && h <= maxSide && h * 4 < w * 3) {
            // Wider than high, in a photo of a screen: an avatar blurred
            // into the bubble beside it. Keep the square at its left when
            // that square is filled like a picture. (In a screenshot the
            // two stand apart, and a bubble's end fills its square too.)
            const cv::Rect square(left, top, h, h);
            const cv::Mat own = labels(square) == i;
            w = h;
            a = cv::countNonZero(own);
        }
        if (flatten && w >= minSide && w <= maxSide && h > w * 3 / 2 && a * 4 >= w * h * 3 &&
            left + w < area.width - 1) {
            // In a photo of a screen, avatars one above the other a few
            // pixels apart blur together: one tall filled blob as wide as
            // an avatar. One square per avatar's height. (In a screenshot
            // they stand apart, and a tall blob there is a picture's edge;
            // so is one that runs on past the column's right side.)
            const int count = (h + w / 2) / w;
            for (int k = 0; k < count; ++k) {
                const Box box{area.x + left, area.y + top + k * h / count, w, h / count};
                out.push_back({box.grown(std::max(2, w / 12)).clipped(picture.width, picture.height), Kind::Avatar,
                               Source::Layout, reason, 0, 0.7, false});
            }
            continue;
        }
        if (w < minSide || h < minSide || w > maxSide || h > maxSide)
            continue;
        if (w * 4 < h * 3 || h * 4 < w * 3 || a * 2 < w * h)
            continue;  // not compact: a line of text, a doodle, a bubble's edge
        const Box box{area.x + left, area.y + top, w, h};
        out.push_back({box.grown(std::max(2, w / 12)).clipped(picture.width, picture.height), Kind::Avatar,
                       Source::Layout, reason, 0, 0.7, false});
    }
}

}  // namespace

std::vector<Region> findAvatarPlaces(const cv::Mat& bgr, bool screen) {
    std::vector<Region> out;
    if (bgr.rows < bgr.cols * 3 / 2 || (!screen && !looksLikeScreenshot(bgr)))
        return out;
    const int w = bgr.cols;
    const int top = static_cast<int>(bgr.rows * kStatusBarEnd);
    const int headerEnd = static_cast<int>(bgr.rows * kHeaderEnd);
    // The avatar column, below the header: left of the incoming bubbles.
    blobsIn(bgr, cv::Rect(0, headerEnd, w * 16 / 100, bgr.rows - headerEnd), w * 3 / 100, w * 14 / 100,
            "layout: avatar column", screen, out);
    // The header's avatar, after the back arrow.
    blobsIn(bgr, cv::Rect(0, top, w * 35 / 100, headerEnd - top), w * 5 / 100, w * 16 / 100, "layout: header avatar",
            screen, out);
    return out;
}

std::vector<Region> findSkin(const cv::Mat& bgr) {
    std::vector<Region> out;
    const double scale = std::min(1.0, 540.0 / std::min(bgr.cols, bgr.rows));
    cv::Mat small;
    cv::resize(bgr, small, cv::Size(), scale, scale, cv::INTER_AREA);
    cv::Mat ycrcb;
    cv::cvtColor(small, ycrcb, cv::COLOR_BGR2YCrCb);
    cv::Mat mask;
    cv::inRange(ycrcb, cv::Scalar(60, 145, 80), cv::Scalar(250, 178, 122), mask);
    cv::morphologyEx(mask, mask, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3)));
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(9, 9)));
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8);
    const int side = std::min(small.cols, small.rows);
    for (int i = 1; i < n; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const int a = stats.at<int>(i, cv::CC_STAT_AREA);
        if (w < side / 16 || h < side / 16 || w > side / 2 || h > side / 2)
            continue;
        if (w * 10 < h * 5 || h * 10 < w * 6 || a * 2 < w * h)
            continue;
        const cv::Rect blob(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP), w, h);
        const cv::Rect head = headOf(labels(blob) == i);
        const Box box{static_cast<int>((blob.x + head.x) / scale), static_cast<int>((blob.y + head.y) / scale),
                      static_cast<int>(head.width / scale), static_cast<int>(head.height / scale)};
        // Hair and chin: grow by a sixth.
        out.push_back({box.grown(box.w / 6).clipped(bgr.cols, bgr.rows), Kind::Face, Source::Detector,
                       "detector: skin-coloured area the size of a face", 0, 0.5, true});
    }
    return out;
}

std::vector<Region> findFaces(const cv::Mat& gray) {
    static std::mutex mutex;
    static cv::CascadeClassifier frontal;
    static cv::CascadeClassifier profile;
    std::lock_guard lock(mutex);
    if (frontal.empty()) {
        const std::filesystem::path dir = "/usr/share/opencv4/haarcascades";
        if (!frontal.load((dir / "haarcascade_frontalface_default.xml").string()) ||
            !profile.load((dir / "haarcascade_profileface.xml").string())) {
            frontal = cv::CascadeClassifier();
            throw Error(Error::Code::Io, "cannot start the face detector: OpenCV's Haar cascades are missing",
                        "install the Debian package opencv-data");
        }
    }
    std::vector<Region> out;
    const double scale = std::min(1.0, 1000.0 / std::max(gray.cols, gray.rows));
    cv::Mat small;
    cv::resize(gray, small, cv::Size(), scale, scale, cv::INTER_AREA);
    cv::equalizeHist(small, small);
    const int minSide = std::max(20, std::min(small.cols, small.rows) / 40);
    // A "face" as wide as the whole picture is the cascade seeing one in a
    // page of text (a close-up selfie still leaves a margin).
    const int maxSide = std::max(minSide + 1, std::min(small.cols, small.rows) * 4 / 5);
    for (auto* cascade : {&frontal, &profile}) {
        std::vector<cv::Rect> faces;
        cascade->detectMultiScale(small, faces, 1.1, 4, 0, cv::Size(minSide, minSide), cv::Size(maxSide, maxSide));
        for (const auto& f : faces) {
            // The cascade's box runs from the brow to the chin and nearly
            // ear to ear: hair identifies too, so grow it by a quarter
            // upwards and by an eighth on the other sides (the hair of a
            // profile lies behind it, to either side: a fifth there).
            const Box found{static_cast<int>(f.x / scale), static_cast<int>(f.y / scale),
                            static_cast<int>(f.width / scale), static_cast<int>(f.height / scale)};
            const int side = found.w / (cascade == &frontal ? 8 : 5);
            const Box box{found.x - side, found.y - found.h / 4, found.w + 2 * side, found.h * 11 / 8};
            out.push_back({box.clipped(gray.cols, gray.rows), Kind::Face, Source::Detector,
                           cascade == &frontal ? "detector: face (Haar, frontal)" : "detector: face (Haar, profile)", 0,
                           0.7, false});
        }
    }
    return out;
}

namespace {

// The corners of a convex outline as a quadrilateral, ordered top left,
// top right, bottom right, bottom left; nullopt when it is not one.
std::optional<Quad> quadOf(const std::vector<cv::Point>& hull) {
    const double perimeter = cv::arcLength(hull, true);
    std::vector<cv::Point> approx;
    for (double eps = 0.01; eps <= 0.08 && approx.size() != 4; eps += 0.01)
        cv::approxPolyDP(hull, approx, eps * perimeter, true);
    if (approx.size() != 4 || !cv::isContourConvex(approx))
        return std::nullopt;
    // Rounded corners cut by the approximation: the quad must still hold the outline.
    if (cv::contourArea(approx) < 0.88 * cv::contourArea(hull))
        return std::nullopt;
    std::array<cv::Point2f, 4> p;
    for (int i = 0; i < 4; ++i)
        p[static_cast<std::size_t>(i)] = approx[static_cast<std::size_t>(i)];
    // Top left has the smallest x + y, bottom right the largest; top right the smallest y - x.
    Quad q;
    const auto by = [&](auto key, bool smallest) {
        return *std::min_element(p.begin(), p.end(), [&](const auto& a, const auto& b) {
            return smallest ? key(a) < key(b) : key(a) > key(b);
        });
    };
    q[0] = by([](const cv::Point2f& a) { return a.x + a.y; }, true);
    q[2] = by([](const cv::Point2f& a) { return a.x + a.y; }, false);
    q[1] = by([](const cv::Point2f& a) { return a.y - a.x; }, true);
    q[3] = by([](const cv::Point2f& a) { return a.y - a.x; }, false);
    for (std::size_t i = 0; i < 4; ++i) {
        // Corners near right angles (a photo taken from the front, roughly).
        const cv::Point2f a = q[(i + 3) % 4] - q[i];
        const cv::Point2f b = q[(i + 1) % 4] - q[i];
        const double cosine = a.dot(b) / (std::hypot(a.x, a.y) * std::hypot(b.x, b.y) + 1e-9);
        if (std::abs(cosine) > 0.35)
            return std::nullopt;
    }
    return q;
}

double sideLength(const cv::Point2f& a, const cv::Point2f& b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

// The polygon approximation puts each corner somewhere on the phone's
// rounded corner, which skews the rectified screen by a few degrees (enough
// to move a box off its word). Fit a straight line to the outline's points
// along the middle of each side instead and take the lines' crossings.
Quad refined(const Quad& q, const std::vector<cv::Point>& outline) {
    std::array<cv::Vec4f, 4> lines;
    for (std::size_t i = 0; i < 4; ++i) {
        const cv::Point2f a = q[i];
        const cv::Point2f b = q[(i + 1) % 4];
        const double length = sideLength(a, b);
        // Points near the middle of the side, first loosely around the
        // approximated side (its ends may sit several pixels off the edge),
        // then tightly around the first fit.
        const cv::Point2f unit = (b - a) * static_cast<float>(1.0 / std::max(length, 1e-6));
        cv::Point2f origin = a;
        cv::Point2f dir = unit;
        for (const double tolerance : {std::max(4.0, 0.06 * length), std::max(2.0, 0.015 * length)}) {
            std::vector<cv::Point2f> near;
            for (const auto& p : outline) {
                const cv::Point2f v = cv::Point2f(p) - origin;
                const double along = (cv::Point2f(p) - a).dot(unit) / length;
                const double across = std::abs(v.x * dir.y - v.y * dir.x);
                if (along > 0.15 && along < 0.85 && across <= tolerance)
                    near.emplace_back(p);
            }
            if (near.size() < 8)
                return q;
            cv::fitLine(near, lines[i], cv::DIST_HUBER, 0, 0.01, 0.01);
            dir = {lines[i][0], lines[i][1]};
            origin = {lines[i][2], lines[i][3]};
        }
    }
    Quad out;
    for (std::size_t i = 0; i < 4; ++i) {
        // Corner i is where side i-1 (ending there) crosses side i.
        const cv::Vec4f& l1 = lines[(i + 3) % 4];
        const cv::Vec4f& l2 = lines[i];
        const double det = l1[0] * l2[1] - l1[1] * l2[0];
        if (std::abs(det) < 1e-6)
            return q;
        const double t = ((l2[2] - l1[2]) * l2[1] - (l2[3] - l1[3]) * l2[0]) / det;
        out[i] = cv::Point2f(static_cast<float>(l1[2] + t * l1[0]), static_cast<float>(l1[3] + t * l1[1]));
        // A crossing far from the approximated corner: the fit failed, keep it.
        if (sideLength(out[i], q[i]) > 0.1 * std::max(sideLength(q[0], q[1]), sideLength(q[1], q[2])))
            return q;
    }
    return out;
}

}  // namespace

// Every side of `q` lies on edges of the picture (`near`: its edges,
// widened by a few pixels): most points along the middle of each side do
// (the ends are the phone's rounded corners).
bool supported(const cv::Mat& near, const Quad& q) {
    constexpr int kSamples = 48;
    for (std::size_t i = 0; i < 4; ++i) {
        const cv::Point2f a = q[i];
        const cv::Point2f b = q[(i + 1) % 4];
        int on = 0;
        for (int k = 0; k < kSamples; ++k) {
            const float t = 0.15F + 0.7F * (static_cast<float>(k) + 0.5F) / kSamples;
            const cv::Point p(cvRound(a.x + (b.x - a.x) * t), cvRound(a.y + (b.y - a.y) * t));
            if (p.x >= 0 && p.y >= 0 && p.x < near.cols && p.y < near.rows && near.at<unsigned char>(p) != 0)
                ++on;
        }
        if (on * 10 < kSamples * kSideSupport)
            return false;
    }
    return true;
}

std::optional<Quad> findScreen(const cv::Mat& bgr) {
    if (bgr.empty())
        return std::nullopt;
    const double scale = std::min(1.0, 720.0 / std::max(bgr.cols, bgr.rows));
    cv::Mat small;
    cv::resize(bgr, small, cv::Size(), scale, scale, cv::INTER_AREA);
    cv::Mat gray;
    cv::cvtColor(small, gray, cv::COLOR_BGR2GRAY);
    cv::GaussianBlur(gray, gray, cv::Size(5, 5), 0);
    cv::Mat edges;
    cv::Canny(gray, edges, 12, 36);
    cv::dilate(edges, edges, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    std::vector<std::vector<cv::Point>> contours;
    // Every point of the outline (not only the ends of straight runs): the
    // sides are fitted to them.
    cv::findContours(edges, contours, cv::RETR_LIST, cv::CHAIN_APPROX_NONE);
    const double imageArea = static_cast<double>(gray.total());
    cv::Mat near;
    cv::dilate(edges, near, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
    struct Candidate {
        double area;
        Quad quad;
        bool supported;
    };
    std::vector<Candidate> found;
    for (const auto& c : contours) {
        std::vector<cv::Point> hull;
        cv::convexHull(c, hull);
        const double area = cv::contourArea(hull);
        if (area < 0.12 * imageArea || area > 0.97 * imageArea)
            continue;
        // The outline itself, not a hull over scattered edges: most of the
        // hull's perimeter must be contour.
        if (cv::arcLength(c, true) < 0.9 * cv::arcLength(hull, true))
            continue;
        auto q = quadOf(hull);
        if (!q)
            continue;
        q = refined(*q, c);
        const double w = (sideLength((*q)[0], (*q)[1]) + sideLength((*q)[3], (*q)[2])) / 2;
        const double h = (sideLength((*q)[0], (*q)[3]) + sideLength((*q)[1], (*q)[2])) / 2;
        const double ratio = std::max(w, h) / std::max(1.0, std::min(w, h));
        if (ratio < 1.3 || ratio > 2.6)
            continue;  // not a phone's (or a tablet's) screen
        found.push_back({area, *q, supported(near, *q)});
    }
    if (found.empty())
        return std::nullopt;
    // The phone's outline (or its screen's, when the body's is lost on the
    // desk): the largest whose four sides all lie on edges of the picture;
    // the largest of all when none does. An outline that ran into a line
    // of the desk gives a larger quadrilateral with a side across the desk.
    // The bezel is trimmed after rectification.
    const bool anySupported = std::any_of(found.begin(), found.end(), [](const Candidate& c) { return c.supported; });
    const Candidate* best = nullptr;
    for (const auto& c : found) {
        if ((c.supported || !anySupported) && (best == nullptr || c.area > best->area))
            best = &c;
    }
    Quad q = best->quad;
    for (auto& p : q)
        p *= static_cast<float>(1.0 / scale);
    return q;
}

cv::Rect screenInside(const cv::Mat& bgr) {
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    cv::GaussianBlur(gray, gray, cv::Size(5, 5), 0);
    const int w = gray.cols;
    const int h = gray.rows;
    // The bezel's colour: the median of the outer band of rows and columns
    // (the outermost lines alone may be the desk blurred into the body).
    std::vector<unsigned char> border;
    for (int d = 2; d <= std::max(2, std::min(w, h) / 40); d += 3) {
        for (int x = 0; x < w; x += 4) {
            border.push_back(gray.at<unsigned char>(d, x));
            border.push_back(gray.at<unsigned char>(h - 1 - d, x));
        }
        for (int y = 0; y < h; y += 4) {
            border.push_back(gray.at<unsigned char>(y, d));
            border.push_back(gray.at<unsigned char>(y, w - 1 - d));
        }
    }
    std::nth_element(border.begin(), border.begin() + static_cast<std::ptrdiff_t>(border.size() / 2), border.end());
    const double bezel = border[border.size() / 2];
    // Bezels are black glass; a light border is the screen itself (an app's
    // white page), which must not be trimmed away.
    if (bezel > 100)
        return {0, 0, w, h};
    // A line of bezel: uniform and of the bezel's colour (the middle of it:
    // rounded corners and the status bar's clock sit at the ends).
    const auto isBezel = [&](const cv::Mat& line) {
        cv::Scalar mean;
        cv::Scalar sd;
        cv::meanStdDev(line, mean, sd);
        return sd[0] < 12 && std::abs(mean[0] - bezel) < 20;
    };
    // The outline may sit on the body's very edge, where the desk blurs
    // into the bezel: the bezel may start a few lines in.
    const auto trimmed = [&isBezel](int length, int limit, const auto& line) {
        int first = 0;
        while (first < length / 40 && !isBezel(line(first)))
            ++first;
        if (first == length / 40)
            return 0;
        while (first < limit && isBezel(line(first)))
            ++first;
        return first;
    };
    const int top = trimmed(h, h / 6, [&](int i) { return gray.row(i).colRange(w / 8, w - w / 8); });
    const int bottom = h - trimmed(h, h / 6, [&](int i) { return gray.row(h - 1 - i).colRange(w / 8, w - w / 8); });
    const int left = trimmed(w, w / 8, [&](int i) { return gray.col(i).rowRange(h / 8, h - h / 8); });
    const int right = w - trimmed(w, w / 8, [&](int i) { return gray.col(w - 1 - i).rowRange(h / 8, h - h / 8); });
    return {left, top, right - left, bottom - top};
}

}  // namespace custodia::vault::redaction
