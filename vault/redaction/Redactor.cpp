// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/redaction/Redactor.h"

#include "vault/Error.h"
#include "vault/redaction/Layout.h"
#include "vault/redaction/Patterns.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <map>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace custodia::vault::redaction {

namespace {

// Flat mid grey (#5f6368): far from white, black and the chat colours, so a
// box is never mistaken for background.
const cv::Scalar kFill(0x68, 0x63, 0x5f);
const cv::Scalar kLabel(0xff, 0xff, 0xff);

// A region is hidden when this share of it is under burned boxes.
constexpr double kCovered = 0.9;

std::vector<Preparation> preparationsFor(bool photo) {
    if (photo)
        return {Preparation::Photo, Preparation::PhotoInverted};
    return {Preparation::Gray, Preparation::Inverted};
}

// The boxes of the words first..last that look like text: a word box much
// taller than the pass's usual word is OCR reading a picture, not a line,
// and would hide a whole photo. Words on one line are merged later.
std::vector<Box> wordBoxes(const std::vector<Word>& words, std::size_t first, std::size_t last, int maxHeight) {
    std::vector<Box> out;
    for (std::size_t i = first; i <= last && i < words.size(); ++i) {
        if (words[i].box.h <= maxHeight)
            out.push_back(words[i].box);
    }
    return out;
}

// Four times the median word height of all the passes of one picture: a
// pass that read little (the bubble pass on a picture in a coloured frame)
// has garbage for its median.
int plausibleHeight(const std::vector<std::vector<Word>>& passes) {
    std::vector<int> h;
    for (const auto& words : passes)
        for (const auto& w : words)
            h.push_back(w.box.h);
    if (h.empty())
        return 0;
    std::nth_element(h.begin(), h.begin() + static_cast<std::ptrdiff_t>(h.size() / 2), h.end());
    return std::max(24, 4 * h[h.size() / 2]);
}

std::string rosterReason(const Match& m) {
    std::string r = "roster: " + std::string(kindName(m.kind)) + " of person " + std::to_string(m.personId);
    if (m.distance > 0)
        r += " (approximate, " + std::to_string(m.distance) + (m.distance == 1 ? " edit)" : " edits)");
    return r;
}

}  // namespace

// Light text in coloured bubbles (a purple or blue outgoing bubble on a
// light page): Tesseract reads neither pass of the whole page there, but
// reads the bubble cut out, made dark-on-light and stretched to full
// contrast. The bubbles are found by colour (saturated, not dark), cut out,
// stacked on a white page and read (twice, stretched two ways); the words
// are mapped back.
std::vector<Word> bubbleWords(const cv::Mat& bgr, OcrPool& pool) {
    cv::Mat hsv;
    cv::cvtColor(bgr, hsv, cv::COLOR_BGR2HSV);
    cv::Mat mask;
    cv::inRange(hsv, cv::Scalar(0, 90, 70), cv::Scalar(180, 255, 255), mask);
    const int k = std::max(5, bgr.cols / 60);  // about a letter: fills the text inside a bubble
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(k, k)));
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8);
    std::vector<cv::Rect> bubbles;
    for (int i = 1; i < n; ++i) {
        const cv::Rect r(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                         stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        if (r.width < bgr.cols / 8 || r.height < 16 || r.height > bgr.rows / 3 || area * 10 < r.area() * 6)
            continue;
        bubbles.push_back(r);
    }
    if (bubbles.empty())
        return {};
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    // Each bubble is read twice, stretched two ways (one page each: on one
    // page the two copies changed how Tesseract split it), for neither
    // reads every picture: to its full range (min-max), and with the
    // bubble's own colour (its median) made white. A grey block on the page
    // is a picture to Tesseract's layout analysis, which then reads none of
    // its lines: a blurred photo's bubbles stayed grey after the min-max
    // stretch, whose white was the dark page showing at a rounded corner;
    // the second stretch, on the other hand, thinned the blurred white
    // letters of blue bubbles until they were lost.
    int width = 0;
    int height = 20;
    for (const auto& b : bubbles) {
        width = std::max(width, b.width + 40);
        height += b.height + 30;
    }
    cv::Mat full(height, width, CV_8U, cv::Scalar(255));
    cv::Mat white(height, width, CV_8U, cv::Scalar(255));
    std::vector<cv::Point> at;
    int y = 20;
    for (const auto& b : bubbles) {
        cv::Mat crop = gray(b).clone();
        // Text lighter than its bubble: invert, so that it is dark on light.
        cv::Mat sorted = crop.reshape(1, 1).clone();
        cv::sort(sorted, sorted, cv::SORT_ASCENDING);
        const int median = sorted.at<unsigned char>(0, sorted.cols / 2);
        if (median < 160)
            cv::bitwise_not(crop, crop);
        const cv::Rect to(20, y, b.width, b.height);
        cv::normalize(crop, full(to), 0, 255, cv::NORM_MINMAX);
        double ink = 0;
        cv::minMaxLoc(crop, &ink);
        const double paper = median < 160 ? 255 - median : median;
        const double alpha = 255.0 / std::max(16.0, paper - ink);
        cv::Mat stretched;
        crop.convertTo(stretched, CV_8U, alpha, -ink * alpha);
        stretched.copyTo(white(to));
        at.emplace_back(20, y);
        y += b.height + 30;
    }
    std::vector<Word> out;
    for (const cv::Mat* page : {&full, &white}) {
        auto passes = pool.read(*page, {Preparation::Gray});
        for (auto& w : passes.front()) {
            const int cy = w.box.y + w.box.h / 2;
            for (std::size_t i = 0; i < bubbles.size(); ++i) {
                if (cy < at[i].y || cy >= at[i].y + bubbles[i].height)
                    continue;
                w.box.x += bubbles[i].x - at[i].x;
                w.box.y += bubbles[i].y - at[i].y;
                w.box = w.box.clipped(bgr.cols, bgr.rows);
                if (!w.box.empty())
                    out.push_back(std::move(w));
                break;
            }
        }
    }
    return out;
}

bool plausibleQuad(const Quad& q, int width, int height) {
    const float minSide = static_cast<float>(std::min(width, height)) / 20.0F;
    for (std::size_t i = 0; i < 4; ++i) {
        const cv::Point2f& a = q[i];
        const cv::Point2f& b = q[(i + 1) % 4];
        const cv::Point2f& c = q[(i + 2) % 4];
        if (!std::isfinite(a.x) || !std::isfinite(a.y) || a.x < 0 || a.y < 0 || a.x > static_cast<float>(width) ||
            a.y > static_cast<float>(height))
            return false;
        if (std::hypot(b.x - a.x, b.y - a.y) < minSide)
            return false;
        // Clockwise on screen (y down): every turn the same way, convex.
        const float cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
        if (cross <= 0)
            return false;
    }
    return true;
}

Redactor::Redactor(std::vector<RosterEntry> roster, int ocrEngines) : roster_(std::move(roster)), pool_(ocrEngines) {}

std::vector<Region> Redactor::textRegions(const std::vector<Word>& words, int maxHeight) const {
    std::vector<std::string> texts;
    texts.reserve(words.size());
    for (const auto& w : words)
        texts.push_back(w.text);
    std::vector<Region> out;
    if (maxHeight <= 0)
        maxHeight = plausibleHeight({words});
    for (const auto& m : findRoster(roster_, texts)) {
        for (const Box& box : wordBoxes(words, m.first, m.last, maxHeight)) {
            out.push_back({box, m.kind, Source::Roster, rosterReason(m), m.personId, m.confidence,
                           m.distance > 0 || m.confidence < 0.8});
        }
    }
    for (const auto& p : findPatterns(texts)) {
        for (const Box& box : wordBoxes(words, p.first, p.last, maxHeight))
            out.push_back({box, p.kind, Source::Pattern, p.reason, 0, p.confidence, p.confidence < 0.7});
    }
    return out;
}

std::vector<Region> Redactor::readableRegions(const cv::Mat& bgr, bool photo, const std::vector<Box>& burned) {
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    std::vector<Region> out;
    // The bubble pass takes whichever engine is free first.
    auto bubbles = photo ? std::future<std::vector<Word>>()
                         : std::async(std::launch::async, [this, &bgr] { return bubbleWords(bgr, pool_); });
    auto passes = pool_.read(gray, preparationsFor(photo));
    if (bubbles.valid())
        passes.push_back(bubbles.get());
    // A word read inside a box is its label: nothing under a box can be read.
    for (auto& words : passes)
        std::erase_if(words, [&burned](const Word& w) { return coveredShare(w.box, burned) >= 0.6; });
    const int maxHeight = plausibleHeight(passes);
    for (const auto& words : passes) {
        auto found = textRegions(words, maxHeight);
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

std::vector<Region> Redactor::leaks(const cv::Mat& bgr, bool photo, const std::vector<Box>& burned) {
    std::vector<Region> out;
    for (auto& r : readableRegions(bgr, photo, burned)) {
        if (coveredShare(r.box, burned) >= kCovered)
            continue;
        r.source = Source::LeakCheck;
        r.reason = "leak check: still readable after burning (" + r.reason + ")";
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<Region> Redactor::detect(const cv::Mat& bgr, std::optional<bool> photo) {
    return detectPicture(bgr, photo).regions;
}

PictureDetection Redactor::detectPicture(const cv::Mat& bgr, std::optional<bool> photo,
                                         const std::optional<Quad>& screen) {
    if (bgr.empty())
        return {};
    if (screen) {
        if (!plausibleQuad(*screen, bgr.cols, bgr.rows))
            throw Error(Error::Code::InvalidInput,
                        "the screen's corners do not make a quadrilateral inside the picture",
                        "give the corners top left, top right, bottom right, bottom left, in the picture's pixels");
        return {*detectOnScreen(bgr, *screen, false), screen};
    }
    const bool screenshot = photo ? !*photo : looksLikeScreenshot(bgr);
    if (screenshot)
        return {detectIn(bgr, true, false, false), std::nullopt};
    const auto quad = findScreen(bgr);
    if (!quad)
        return {detectIn(bgr, false, true, false), std::nullopt};
    auto regions = detectOnScreen(bgr, *quad, true);
    if (!regions)  // no screen inside the outline after all
        return {detectIn(bgr, false, true, false), std::nullopt};
    return {std::move(*regions), quad};
}

std::optional<std::vector<Region>> Redactor::detectOnScreen(const cv::Mat& bgr, const Quad& q, bool found) {
    // A photo of a phone screen: read the screen upright and flat, at about
    // a screenshot's resolution (small text is what OCR misses in photos).
    const auto side = [](const cv::Point2f& a, const cv::Point2f& b) { return std::hypot(a.x - b.x, a.y - b.y); };
    const double w = std::max(side(q[0], q[1]), side(q[3], q[2]));
    const double h = std::max(side(q[0], q[3]), side(q[1], q[2]));
    const double k = std::clamp(1080.0 / std::min(w, h), 1.0, 2.0);
    const cv::Size size(static_cast<int>(w * k), static_cast<int>(h * k));
    const std::array<cv::Point2f, 4> corners{
        cv::Point2f(0, 0), cv::Point2f(static_cast<float>(size.width), 0),
        cv::Point2f(static_cast<float>(size.width), static_cast<float>(size.height)),
        cv::Point2f(0, static_cast<float>(size.height))};
    const cv::Mat toScreen = cv::getPerspectiveTransform(q.data(), corners.data());
    cv::Mat phone;
    cv::warpPerspective(bgr, phone, toScreen, size, cv::INTER_CUBIC, cv::BORDER_REPLICATE);
    // A found outline may be the body: the bezel is trimmed. Corners set by
    // the reviewer are the screen's own; what little is trimmed is bezel.
    cv::Rect inside = screenInside(phone);
    if (inside.width < size.width / 2 || inside.height < size.height / 2) {
        if (found)
            return std::nullopt;
        inside = cv::Rect(0, 0, size.width, size.height);
    }
    const cv::Mat toPhoto = toScreen.inv();
    const std::string how =
        found ? " (screen of a photo, read upright)" : " (screen of a photo, corners set by the reviewer)";
    std::vector<Region> out;
    for (auto r : detectIn(phone(inside).clone(), true, true, true)) {
        const auto x0 = static_cast<float>(r.box.x + inside.x);
        const auto y0 = static_cast<float>(r.box.y + inside.y);
        const auto x1 = x0 + static_cast<float>(r.box.w);
        const auto y1 = y0 + static_cast<float>(r.box.h);
        const std::vector<cv::Point2f> box{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
        std::vector<cv::Point2f> mapped;
        cv::perspectiveTransform(box, mapped, toPhoto);
        const cv::Rect b = cv::boundingRect(mapped);
        r.box = Box{b.x, b.y, b.width + 1, b.height + 1}.clipped(bgr.cols, bgr.rows);
        r.reason += how;
        if (!r.box.empty())
            out.push_back(std::move(r));
    }
    // Faces are looked for on the screen only: on the desk round the phone
    // the cascades saw faces in wood grain and fabric, page-sized.
    return mergeRegions(std::move(out), std::max(8, bgr.cols / 100));
}

std::vector<Region> Redactor::detectIn(const cv::Mat& bgr, bool layout, bool photoOcr, bool rectified) {
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    std::vector<Region> out;
    // The face cascades run beside the OCR passes: the two engines leave a
    // core idle while the last pass of the three finishes.
    auto faceSearch = std::async(std::launch::async, [&gray] { return findFaces(gray); });
    auto bubbles = photoOcr && !rectified
                       ? std::future<std::vector<Word>>()
                       : std::async(std::launch::async, [this, &bgr] { return bubbleWords(bgr, pool_); });
    auto passes = pool_.read(gray, preparationsFor(photoOcr));
    if (bubbles.valid())
        passes.push_back(bubbles.get());
    const int maxHeight = plausibleHeight(passes);
    for (const auto& words : passes) {
        auto found = textRegions(words, maxHeight);
        out.insert(out.end(), found.begin(), found.end());
        auto chat = findChatLayout(bgr, words, layout, rectified);
        out.insert(out.end(), chat.begin(), chat.end());
    }
    // A "circle" that OCR read as a word is a letter (O, @, 0), not an avatar.
    std::vector<Box> wordBoxes;
    for (const auto& words : passes)
        for (const auto& w : words)
            wordBoxes.push_back(w.box);
    for (auto& r : findRoundAvatars(gray)) {
        if (coveredShare(r.box, wordBoxes) < 0.5)
            out.push_back(std::move(r));
    }
    auto places = findAvatarPlaces(bgr, rectified);
    out.insert(out.end(), places.begin(), places.end());
    if (rectified) {
        auto header = findHeaderText(bgr);
        out.insert(out.end(), header.begin(), header.end());
    }
    auto faces = faceSearch.get();
    // Skin is the fallback for faces the cascades miss; where they found
    // one, the skin blob (face, neck, arms, a pink shirt) adds only area.
    for (auto& r : findSkin(bgr)) {
        const bool known = std::any_of(faces.begin(), faces.end(),
                                       [&r](const Region& f) { return !f.box.intersected(r.box).empty(); });
        if (!known)
            out.push_back(std::move(r));
    }
    out.insert(out.end(), faces.begin(), faces.end());
    for (auto& r : out)
        r.box = r.box.clipped(bgr.cols, bgr.rows);
    std::erase_if(out, [](const Region& r) { return r.box.empty(); });
    return mergeRegions(std::move(out), std::max(8, bgr.cols / 100));
}

Redacted Redactor::redact(const cv::Mat& bgr, std::vector<Region> regions, int maxLeakRounds) {
    Redacted result;
    const bool photo = !looksLikeScreenshot(bgr);
    result.regions = std::move(regions);
    result.image = burn(bgr, result.regions);
    // The boxes as painted: what the leak check must not read under.
    const auto painted = [&result, &bgr] {
        std::vector<Box> boxes;
        for (const auto& r : result.regions)
            boxes.push_back(burnedBox(r.box, bgr.cols, bgr.rows, r.kind));
        return boxes;
    };
    for (int round = 0; round < maxLeakRounds; ++round) {
        ++result.leakRounds;
        const auto found = leaks(result.image, photo, painted());
        if (found.empty())
            return result;
        result.leaksFixed += static_cast<int>(found.size());
        result.regions.insert(result.regions.end(), found.begin(), found.end());
        result.image = burn(bgr, result.regions);
    }
    // The last round added boxes: read once more to know whether they held.
    ++result.leakRounds;
    result.needsReview = !leaks(result.image, photo, painted()).empty();
    return result;
}

Box burnedBox(const Box& box, int width, int height, Kind kind) {
    // A face's box already holds its hair and chin (the detectors grow
    // it); an avatar's is the circle's own square: a thin margin for the
    // anti-aliased edge. Text gets a sixth of its height.
    const int margin = std::max(3, box.h / (kind == Kind::Face ? 24 : kind == Kind::Avatar ? 12 : 6));
    Box b = box.grown(margin);
    if (kind == Kind::Face || kind == Kind::Avatar)
        return b.clipped(width, height);
    // Round the width up to a multiple of the height: the width of a box
    // must not tell which of the roster's names is under it.
    const int quantum = std::max(8, b.h);
    const int wanted = (b.w + quantum - 1) / quantum * quantum;
    b.x -= (wanted - b.w) / 2;
    b.w = wanted;
    return b.clipped(width, height);
}

cv::Mat burn(const cv::Mat& bgr, const std::vector<Region>& regions) {
    // A new matrix: nothing of the original's buffer but the pixels.
    cv::Mat out = bgr.clone();
    for (const auto& r : regions) {
        const Box b = burnedBox(r.box, out.cols, out.rows, r.kind);
        if (b.empty())
            continue;
        cv::rectangle(out, cv::Rect(b.x, b.y, b.w, b.h), kFill, cv::FILLED);
    }
    // Labels after all boxes, so that no box covers another's label; one
    // label where boxes overlap (a word found by two passes, a region
    // carried over a video's frames): labels written over each other are
    // unreadable.
    std::vector<cv::Rect> labelled;
    for (const auto& r : regions) {
        const Box b = burnedBox(r.box, out.cols, out.rows, r.kind);
        if (b.h < 16 || b.w < 40)
            continue;
        const std::string label(kindLabel(r.kind));
        int baseline = 0;
        const double scale = std::min(1.6, b.h * 0.45 / 22.0);
        const int thickness = std::max(1, static_cast<int>(scale * 1.6));
        const cv::Size size = cv::getTextSize(label, cv::FONT_HERSHEY_SIMPLEX, scale, thickness, &baseline);
        if (size.width + 6 > b.w)
            continue;
        const cv::Rect at(b.x + (b.w - size.width) / 2, b.y + (b.h - size.height) / 2, size.width, size.height);
        if (std::any_of(labelled.begin(), labelled.end(), [&at](const cv::Rect& l) { return (l & at).area() > 0; }))
            continue;
        labelled.push_back(at);
        cv::putText(out, label, cv::Point(b.x + (b.w - size.width) / 2, b.y + (b.h + size.height) / 2),
                    cv::FONT_HERSHEY_SIMPLEX, scale, kLabel, thickness, cv::LINE_AA);
    }
    return out;
}

cv::Mat decodeImage(const std::vector<std::uint8_t>& bytes) {
    if (bytes.empty())
        throw Error(Error::Code::InvalidInput, "the picture is empty");
    cv::Mat img;
    try {
        // IMREAD_COLOR applies the EXIF orientation and drops alpha.
        img = cv::imdecode(cv::Mat(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<std::uint8_t*>(bytes.data())),
                           cv::IMREAD_COLOR);
    } catch (const cv::Exception&) {
        img.release();
    }
    if (img.empty())
        throw Error(Error::Code::InvalidInput,
                    "the picture cannot be decoded (not a PNG, JPEG, WebP, TIFF or BMP image, or damaged)");
    return img;
}

std::vector<std::uint8_t> encodeImage(const cv::Mat& bgr, const std::string& format) {
    // A fresh matrix of the pixels alone, encoded with no metadata: OpenCV
    // writes none (no EXIF, XMP, ICC or text chunk) and nothing after the end.
    const cv::Mat pixels = bgr.clone();
    std::vector<std::uint8_t> out;
    std::vector<int> params;
    std::string ext = ".png";
    if (format == "jpg" || format == "jpeg") {
        ext = ".jpg";
        params = {cv::IMWRITE_JPEG_QUALITY, 92};
    } else {
        params = {cv::IMWRITE_PNG_COMPRESSION, 6};
    }
    if (!cv::imencode(ext, pixels, out, params))
        throw Error(Error::Code::Io, "cannot encode the redacted picture");
    return out;
}

}  // namespace custodia::vault::redaction
