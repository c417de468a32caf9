// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/redaction/Layout.h"

#include "vault/Error.h"

#include <algorithm>
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

Box unionOf(const std::vector<Word>& words, const std::vector<std::size_t>& idx) {
    Box b;
    for (const auto i : idx)
        b = b.united(words[i].box);
    return b;
}

}  // namespace

bool looksLikeScreenshot(const cv::Mat& bgr, int tolerance, double share) {
    if (bgr.empty())
        return false;
    // Every 4th row is enough. Screens are flat colour; photos are noise.
    std::size_t flat = 0;
    std::size_t total = 0;
    for (int y = 0; y < bgr.rows; y += 4) {
        const auto* row = bgr.ptr<cv::Vec3b>(y);
        for (int x = 1; x < bgr.cols; ++x) {
            const int d = std::abs(row[x][0] - row[x - 1][0]) + std::abs(row[x][1] - row[x - 1][1]) +
                          std::abs(row[x][2] - row[x - 1][2]);
            flat += d <= tolerance ? 1 : 0;
            ++total;
        }
    }
    return total > 0 && static_cast<double>(flat) / static_cast<double>(total) > share;
}

std::vector<Region> findChatLayout(const cv::Mat& bgr, const std::vector<Word>& words, bool screenshot) {
    std::vector<Region> out;
    const bool portrait = bgr.rows >= bgr.cols * 3 / 2;
    // The header: every word between the status bar and the end of the
    // header band of a full portrait screenshot.
    if (screenshot && portrait) {
        const int top = static_cast<int>(bgr.rows * kStatusBarEnd);
        const int bottom = static_cast<int>(bgr.rows * kHeaderEnd);
        for (const auto& w : words) {
            const int cy = w.box.y + w.box.h / 2;
            if (cy >= top && cy <= bottom)
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
        if (box.h < 6)
            continue;
        const cv::Vec3f ink = inkColour(bgr, box);
        const double sat = saturation(ink);
        const float value = std::max({ink[0], ink[1], ink[2]});
        if (sat >= 0.4 && value >= 90) {
            out.push_back(
                {box, Kind::Sender, Source::Layout, "layout: line in colour (sender name or link)", 0, 0.6, true});
        }
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

// Compact blobs that stand out from the median colour of `area`.
void blobsIn(const cv::Mat& bgr, const cv::Rect& area, int minSide, int maxSide, const char* reason,
             std::vector<Region>& out) {
    const cv::Mat roi = bgr(area);
    std::vector<cv::Mat> channels;
    cv::split(roi, channels);
    cv::Mat diff = cv::Mat::zeros(roi.size(), CV_8U);
    for (auto& c : channels) {
        cv::Mat sorted = c.reshape(1, 1).clone();
        cv::sort(sorted, sorted, cv::SORT_ASCENDING);
        const auto median = static_cast<double>(sorted.at<unsigned char>(0, sorted.cols / 2));
        cv::Mat d;
        cv::absdiff(c, cv::Scalar(median), d);
        cv::max(diff, d, diff);
    }
    cv::Mat mask;
    cv::threshold(diff, mask, 24, 255, cv::THRESH_BINARY);
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(7, 7)));
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8);
    for (int i = 1; i < n; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const int a = stats.at<int>(i, cv::CC_STAT_AREA);
        if (w < minSide || h < minSide || w > maxSide || h > maxSide)
            continue;
        if (w * 4 < h * 3 || h * 4 < w * 3 || a * 2 < w * h)
            continue;  // not compact: a line of text, a doodle, a bubble's edge
        const Box box{area.x + stats.at<int>(i, cv::CC_STAT_LEFT), area.y + stats.at<int>(i, cv::CC_STAT_TOP), w, h};
        out.push_back({box.grown(std::max(2, w / 12)).clipped(bgr.cols, bgr.rows), Kind::Avatar, Source::Layout, reason,
                       0, 0.7, false});
    }
}

}  // namespace

std::vector<Region> findAvatarPlaces(const cv::Mat& bgr) {
    std::vector<Region> out;
    if (bgr.rows < bgr.cols * 3 / 2 || !looksLikeScreenshot(bgr))
        return out;
    const int w = bgr.cols;
    const int top = static_cast<int>(bgr.rows * kStatusBarEnd);
    const int headerEnd = static_cast<int>(bgr.rows * kHeaderEnd);
    // The avatar column, below the header: left of the incoming bubbles.
    blobsIn(bgr, cv::Rect(0, headerEnd, w * 16 / 100, bgr.rows - headerEnd), w * 3 / 100, w * 14 / 100,
            "layout: avatar column", out);
    // The header's avatar, after the back arrow.
    blobsIn(bgr, cv::Rect(0, top, w * 35 / 100, headerEnd - top), w * 5 / 100, w * 16 / 100, "layout: header avatar",
            out);
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
        const Box box{static_cast<int>(stats.at<int>(i, cv::CC_STAT_LEFT) / scale),
                      static_cast<int>(stats.at<int>(i, cv::CC_STAT_TOP) / scale), static_cast<int>(w / scale),
                      static_cast<int>(h / scale)};
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
    for (auto* cascade : {&frontal, &profile}) {
        std::vector<cv::Rect> faces;
        cascade->detectMultiScale(small, faces, 1.1, 4, 0, cv::Size(minSide, minSide));
        for (const auto& f : faces) {
            // Hair and chin identify too: grow the box by a quarter.
            const Box box{static_cast<int>(f.x / scale), static_cast<int>(f.y / scale),
                          static_cast<int>(f.width / scale), static_cast<int>(f.height / scale)};
            out.push_back({box.grown(box.w / 4).clipped(gray.cols, gray.rows), Kind::Face, Source::Detector,
                           cascade == &frontal ? "detector: face (Haar, frontal)" : "detector: face (Haar, profile)", 0,
                           0.7, false});
        }
    }
    return out;
}

}  // namespace custodia::vault::redaction
