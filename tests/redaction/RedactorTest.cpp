// SPDX-License-Identifier: GPL-3.0-or-later
// R7: the redaction engine on pictures drawn at test time — detection, burn-in,
// the leak check, and files written from pixels alone.
#include "ChatPicture.h"

#include "support/Process.h"
#include "support/TestVault.h"
#include "vault/Error.h"
#include "vault/redaction/Layout.h"
#include "vault/redaction/Ocr.h"
#include "vault/redaction/Redactor.h"

#include <catch2/catch.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <set>

#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

using namespace custodia;
using namespace custodia::vault::redaction;

namespace {

std::vector<vault::Person> people() {
    vault::Person giulia;
    giulia.id = 1;
    giulia.name = "Giulia";
    giulia.surname = "Bianchi";
    giulia.nicknames = {"Giuly"};
    giulia.phones = {"+39 347 123 4567"};
    giulia.handles = {"@giuly_07"};
    giulia.className = "3B";
    giulia.school = "IC Manzoni";
    vault::Person marco;
    marco.id = 2;
    marco.name = "Marco";
    marco.surname = "Rossi";
    marco.nicknames = {"Teo"};
    return {giulia, marco};
}

test::ChatPicture chat(bool dark = false) {
    test::ChatPicture c;
    c.header = "3B Manzoni";
    c.dark = dark;
    c.messages = {{"Marco Rossi", "Giulia sei proprio una sfigata"},
                  {"~Teo", "chiamami al 347 123 4567"},
                  {"", "scrivimi a luca.verdi07@gmail.com"},
                  {"", "seguite @giuly_07 e ridete"},
                  {"", "nessuno ti vuole nel gruppo"}};
    return c;
}

bool hasKind(const std::vector<Region>& rs, Kind k, std::int64_t person = -1) {
    return std::any_of(rs.begin(), rs.end(),
                       [&](const Region& r) { return r.kind == k && (person < 0 || r.personId == person); });
}

// An avatar region covers at least 90 % of `avatar`.
bool avatarCovers(const std::vector<Region>& rs, const Box& avatar) {
    return std::any_of(rs.begin(), rs.end(), [&](const Region& r) {
        return r.kind == Kind::Avatar && r.box.intersected(avatar).area() * 10 >= avatar.area() * 9;
    });
}

// Every word OCR reads in `bgr`, folded, over the grayscale and inverted passes.
std::set<std::string> readBack(const cv::Mat& bgr) {
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    OcrEngine ocr;
    std::set<std::string> out;
    for (const auto prep : {Preparation::Gray, Preparation::Inverted})
        for (const auto& w : ocr.read(gray, prep))
            out.insert(fold(w.text));
    return out;
}

}  // namespace

TEST_CASE("Redactor: finds the roster, the patterns, the header, senders and avatars in a chat screenshot") {
    const cv::Mat picture = decodeImage(chat().encode());
    Redactor redactor(rosterOf(people()));
    const auto regions = redactor.detect(picture);
    CHECK(hasKind(regions, Kind::Name, 1));    // Giulia
    CHECK(hasKind(regions, Kind::Name, 2));    // Marco Rossi (sender line)
    CHECK(hasKind(regions, Kind::Phone));      // in the roster, spelled with spaces
    CHECK(hasKind(regions, Kind::Email));      // not in the roster
    CHECK(hasKind(regions, Kind::Handle, 1));  // @giuly_07
    CHECK(hasKind(regions, Kind::Avatar));
    CHECK((hasKind(regions, Kind::Class) || hasKind(regions, Kind::Header)));
    for (const auto& r : regions) {
        CHECK_FALSE(r.reason.empty());
        CHECK(r.box.right() <= picture.cols);
        CHECK(r.box.bottom() <= picture.rows);
        // Reasons name kinds and persons by number, never the text itself.
        CHECK(r.reason.find("Giulia") == std::string::npos);
        CHECK(r.reason.find("Rossi") == std::string::npos);
    }
    // Nothing that identifies no one: the ordinary last message stays.
    const auto last = readBack(burn(picture, regions));
    CHECK(last.count(fold("nessuno")) == 1);
    CHECK(last.count(fold("gruppo")) == 1);
}

namespace {

// The chat as a photo of a phone lying on a desk: a dark body round the
// screen, turned by a few degrees, in perspective, unevenly lit, blurred,
// noisy, with a clipped highlight; `corners` gets where the screen went.
cv::Mat photographed(const cv::Mat& screen, std::array<cv::Point2f, 4>& corners,
                     std::array<cv::Point2f, 4>* body = nullptr) {
    const int bezel = screen.cols / 25;
    const cv::Vec3b deskColour(120, 150, 170);
    cv::Mat phone(screen.rows + 4 * bezel, screen.cols + 2 * bezel, CV_8UC3, cv::Scalar(22, 22, 22));
    screen.copyTo(phone(cv::Rect(bezel, 2 * bezel, screen.cols, screen.rows)));
    // A phone's body has rounded corners: the desk shows there.
    const int radius = 3 * bezel;
    for (int y = 0; y < phone.rows; ++y) {
        for (int x = 0; x < phone.cols; ++x) {
            const int dx = std::max({0, radius - x, x - (phone.cols - 1 - radius)});
            const int dy = std::max({0, radius - y, y - (phone.rows - 1 - radius)});
            if (dx * dx + dy * dy > radius * radius)
                phone.at<cv::Vec3b>(y, x) = deskColour;
        }
    }
    const cv::Size canvas(1536, 2048);
    const float k = 0.85F * static_cast<float>(canvas.height) / static_cast<float>(phone.rows);
    const float w = static_cast<float>(phone.cols) * k;
    const float h = static_cast<float>(phone.rows) * k;
    const float cx = 768;
    const float cy = 1024;
    const std::array<cv::Point2f, 4> from{cv::Point2f(0, 0), cv::Point2f(static_cast<float>(phone.cols), 0),
                                          cv::Point2f(static_cast<float>(phone.cols), static_cast<float>(phone.rows)),
                                          cv::Point2f(0, static_cast<float>(phone.rows))};
    const std::array<cv::Point2f, 4> to{
        cv::Point2f(cx - w / 2 + 40, cy - h / 2), cv::Point2f(cx + w / 2 + 10, cy - h / 2 + 30),
        cv::Point2f(cx + w / 2 - 30, cy + h / 2), cv::Point2f(cx - w / 2 + 5, cy + h / 2 - 20)};
    const cv::Mat m = cv::getPerspectiveTransform(from.data(), to.data());
    if (body != nullptr)
        *body = to;
    cv::Mat desk(canvas, CV_8UC3, cv::Scalar(deskColour[0], deskColour[1], deskColour[2]));
    cv::warpPerspective(phone, desk, m, canvas, cv::INTER_LINEAR, cv::BORDER_TRANSPARENT);
    const std::vector<cv::Point2f> screenCorners{
        {static_cast<float>(bezel), static_cast<float>(2 * bezel)},
        {static_cast<float>(bezel + screen.cols), static_cast<float>(2 * bezel)},
        {static_cast<float>(bezel + screen.cols), static_cast<float>(2 * bezel + screen.rows)},
        {static_cast<float>(bezel), static_cast<float>(2 * bezel + screen.rows)}};
    std::vector<cv::Point2f> mapped;
    cv::perspectiveTransform(screenCorners, mapped, m);
    std::copy(mapped.begin(), mapped.end(), corners.begin());
    cv::Mat light(canvas, CV_32FC3);
    for (int y = 0; y < canvas.height; ++y)
        light.row(y).setTo(cv::Scalar::all(0.8 + 0.4 * y / canvas.height));
    cv::Mat lit;
    desk.convertTo(lit, CV_32FC3);
    cv::multiply(lit, light, lit);
    cv::GaussianBlur(lit, lit, cv::Size(0, 0), 1.0);
    cv::Mat noise(canvas, CV_32FC3);
    cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(3));
    lit += noise;
    cv::Mat out;
    lit.convertTo(out, CV_8UC3);  // saturates: the light part of the screen clips to white
    return out;
}

}  // namespace

TEST_CASE("Photos of a screen: found, made upright, read as a screenshot, mapped back") {
    const cv::Mat screen = decodeImage(chat().encode());
    std::array<cv::Point2f, 4> truth;
    std::array<cv::Point2f, 4> body;
    const cv::Mat photo = photographed(screen, truth, &body);
    CHECK(looksLikeScreenshot(screen));
    CHECK_FALSE(looksLikeScreenshot(photo));  // clipped highlights are flat, but the noise shows

    const auto quad = findScreen(photo);
    REQUIRE(quad.has_value());
    // The phone's outline (body or screen): within a bezel and a half of the screen's corners.
    for (std::size_t i = 0; i < 4; ++i) {
        CAPTURE(i);
        CHECK(std::hypot((*quad)[i].x - truth[i].x, (*quad)[i].y - truth[i].y) < 120);
    }
    // The body's outline, with its rounded corners, gives the corners where
    // its straight sides cross (a corner taken on the rounding skews the
    // rectified screen by degrees and moves every box off its word).
    const auto near = [&](const std::array<cv::Point2f, 4>& corners, float tolerance) {
        for (std::size_t i = 0; i < 4; ++i) {
            if (std::hypot((*quad)[i].x - corners[i].x, (*quad)[i].y - corners[i].y) > tolerance)
                return false;
        }
        return true;
    };
    CHECK((near(body, 12) || near(truth, 12)));
    CHECK_FALSE(findScreen(cv::Mat(800, 600, CV_8UC3, cv::Scalar(90, 120, 150))).has_value());
    Redactor redactor(rosterOf(people()));
    const auto regions = redactor.detect(photo);
    CHECK(hasKind(regions, Kind::Name, 1));  // Giulia
    CHECK(hasKind(regions, Kind::Phone));
    // The header ("3B Manzoni"): a layout rule, or the roster's class or
    // school, into which the rule's boxes merge when they hold the same
    // words (the header's text found by its pixels is one box for both).
    CHECK((hasKind(regions, Kind::Header) || hasKind(regions, Kind::Class, 1) || hasKind(regions, Kind::School, 1)));
    CHECK(hasKind(regions, Kind::Avatar));
    for (const auto& r : regions) {
        CHECK(r.box.right() <= photo.cols);
        CHECK(r.box.bottom() <= photo.rows);
    }
    // The burned photo no longer shows the names.
    const auto burned = redactor.redact(photo, regions);
    CHECK_FALSE(burned.needsReview);
}

TEST_CASE("Photos of a screen: corners set by the reviewer are read on, whatever the search finds") {
    const cv::Mat screen = decodeImage(chat().encode());
    std::array<cv::Point2f, 4> truth;
    const cv::Mat photo = photographed(screen, truth);
    Redactor redactor(rosterOf(people()));
    const auto found = redactor.detectPicture(photo, std::nullopt, truth);
    REQUIRE(found.screen.has_value());
    CHECK(*found.screen == truth);
    CHECK(hasKind(found.regions, Kind::Name, 1));  // Giulia
    CHECK(hasKind(found.regions, Kind::Avatar));
    for (const auto& r : found.regions) {
        CHECK(r.reason.find("corners set by the reviewer") != std::string::npos);
        CHECK(r.box.right() <= photo.cols);
        CHECK(r.box.bottom() <= photo.rows);
    }
    // Corners that make no convex quadrilateral inside the picture are refused.
    CHECK(plausibleQuad(truth, photo.cols, photo.rows));
    std::array<cv::Point2f, 4> crossed = truth;
    std::swap(crossed[1], crossed[2]);
    CHECK_FALSE(plausibleQuad(crossed, photo.cols, photo.rows));
    std::array<cv::Point2f, 4> counter{truth[0], truth[3], truth[2], truth[1]};
    CHECK_FALSE(plausibleQuad(counter, photo.cols, photo.rows));
    std::array<cv::Point2f, 4> tiny{cv::Point2f(10, 10), cv::Point2f(20, 10), cv::Point2f(20, 20), cv::Point2f(10, 20)};
    CHECK_FALSE(plausibleQuad(tiny, photo.cols, photo.rows));
    CHECK(test::codeOf([&] { (void)redactor.detectPicture(photo, std::nullopt, crossed); }) ==
          vault::Error::Code::InvalidInput);
}

TEST_CASE("Photos of a screen: an outline that runs into a pattern on the desk is not the phone") {
    // From the quality set (tests/redaction-eval, seed 7, img008, scaled to
    // 768x1024): the desk's wavy pattern touches the phone's top left
    // corner; the outline that follows it gave a larger quadrilateral with
    // its top side across the bare desk and a corner on the picture's top
    // edge, and every box was mapped back off its word.
    const cv::Mat photo = decodeImage(test::readAll(std::filesystem::path(CUSTODIA_SOURCE_DIR) / "tests" / "data" /
                                                    "redaction" / "phone-on-patterned-desk.jpg"));
    const auto quad = findScreen(photo);
    REQUIRE(quad.has_value());
    // The body's corners, read off the picture.
    const std::array<cv::Point2f, 4> body{cv::Point2f(117, 113), cv::Point2f(501, 69), cv::Point2f(592, 918),
                                          cv::Point2f(228, 946)};
    for (std::size_t i = 0; i < 4; ++i) {
        CAPTURE(i, (*quad)[i].x, (*quad)[i].y);
        CHECK(std::hypot((*quad)[i].x - body[i].x, (*quad)[i].y - body[i].y) < 25);
    }
}

TEST_CASE("Redactor: the burned copy reads back without any roster string, in light and dark mode") {
    for (const bool dark : {false, true}) {
        CAPTURE(dark);
        const cv::Mat picture = decodeImage(chat(dark).encode());
        Redactor redactor(rosterOf(people()));
        const auto result = redactor.redact(picture, redactor.detect(picture));
        CHECK_FALSE(result.needsReview);
        CHECK(result.image.size() == picture.size());
        const auto words = readBack(result.image);
        for (const char* s : {"giulia", "marco", "rossi", "giuly07", "347", "4567", "manzoni", "luca.verdi07"}) {
            CAPTURE(s);
            CHECK(words.count(fold(s)) == 0);
        }
        // Filled boxes, not blur: every burned pixel is the flat fill or its label.
        const Region& first = result.regions.front();
        const Box b = burnedBox(first.box, picture.cols, picture.rows, first.kind);
        const cv::Vec3b corner = result.image.at<cv::Vec3b>(b.y + 1, b.x + 1);
        CHECK(corner == cv::Vec3b(0x68, 0x63, 0x5f));
    }
}

TEST_CASE("Leak check: what is still readable gets a box, and with no round left the picture needs review") {
    const cv::Mat picture = decodeImage(chat().encode());
    Redactor redactor(rosterOf(people()));
    // A reviewer removed every region: the leak check finds the names again.
    const auto fixed = redactor.redact(picture, {}, 3);
    CHECK(fixed.leaksFixed > 0);
    CHECK_FALSE(fixed.needsReview);
    CHECK(std::all_of(fixed.regions.begin(), fixed.regions.end(),
                      [](const Region& r) { return r.source == Source::LeakCheck; }));
    // No round allowed: the picture is not shareable.
    const auto blocked = redactor.redact(picture, {}, 0);
    CHECK(blocked.needsReview);
}

TEST_CASE("Pictures are written from pixels alone: EXIF, GPS, XMP and comments are gone, orientation is applied") {
    test::TempDir tmp;
    test::ChatPicture small = chat();
    small.width = 540;
    small.height = 1170;
    const auto in = tmp / "in.jpg";
    test::writeFile(in, small.encode("jpg"));
    test::shell(
        "exiftool -q -overwrite_original -GPSLatitude=45.0703 -GPSLatitudeRef=N -GPSLongitude=7.6869 "
        "-GPSLongitudeRef=E -Orientation#=6 -Comment='Giulia Bianchi' -XMP-dc:Creator='Giulia Bianchi' "
        "-Make=TestPhone '" +
        in.string() + "'");
    REQUIRE(test::shell("exiftool -a -G1 -s '" + in.string() + "'").find("GPSLatitude") != std::string::npos);
    const cv::Mat picture = decodeImage(test::readAll(in));
    // Orientation 6 (rotate 90° clockwise) applied: portrait 540x1170 reads as 1170x540.
    CHECK(picture.cols == 1170);
    CHECK(picture.rows == 540);
    for (const std::string format : {"jpg", "png"}) {
        CAPTURE(format);
        const auto bytes = encodeImage(picture, format);
        const auto out = tmp / ("out." + format);
        test::writeFile(out, bytes);
        const std::string tags = test::shell("exiftool -a -G1 -s '" + out.string() + "'");
        for (const char* tag : {"GPS", "Comment", "Creator", "Make", "Orientation", "XMP", "Giulia"}) {
            CAPTURE(tag);
            CHECK(tags.find(tag) == std::string::npos);
        }
        // Nothing after the end of the image (aCropalypse).
        if (format == "jpg") {
            REQUIRE(bytes.size() > 2);
            CHECK(bytes[bytes.size() - 2] == 0xFF);
            CHECK(bytes[bytes.size() - 1] == 0xD9);
        } else {
            const std::string tail(bytes.end() - 8, bytes.end());
            CHECK(tail.substr(0, 4) == "IEND");
        }
    }
}

TEST_CASE("Pictures: a damaged or non-picture file is refused with a clear error") {
    CHECK(test::codeOf([] { (void)decodeImage({}); }) == vault::Error::Code::InvalidInput);
    CHECK(test::codeOf([] { (void)decodeImage(test::randomBytes(4096)); }) == vault::Error::Code::InvalidInput);
    auto png = chat().encode();
    png.resize(png.size() / 3);  // truncated
    // A truncated PNG either decodes partly (libpng's choice) or is refused; it never crashes.
    try {
        const auto m = decodeImage(png);
        CHECK(m.cols == 1080);
    } catch (const vault::Error& e) {
        CHECK(e.code() == vault::Error::Code::InvalidInput);
    }
}

TEST_CASE("Layout: the header's words are text, not its icons or a picture scrolled under it") {
    const cv::Mat screen(2340, 1080, CV_8UC3, cv::Scalar(255, 255, 255));
    std::vector<Word> words;
    int line = 0;
    for (int i = 0; i < 12; ++i)
        words.push_back({"messaggio", {60, 600 + 60 * i, 180, 30}, 90, ++line});
    words.push_back({"Giulia", {200, 140, 150, 40}, 90, ++line});
    words.push_back({"\xC2\xA9", {900, 140, 40, 40}, 60, line});  // the call icon, read as "©"
    words.push_back({"Sa)", {150, 230, 500, 260}, 30, ++line});   // a photo under the header
    words.push_back({"3^A", {380, 140, 120, 75}, 80, line});      // the name's end joined to an icon
    const auto regions = findChatLayout(screen, words, true, false);
    std::vector<Box> headers;
    for (const auto& r : regions)
        if (r.kind == Kind::Header)
            headers.push_back(r.box);
    CHECK(std::count(headers.begin(), headers.end(), Box{200, 140, 150, 40}) == 1);
    CHECK(std::count(headers.begin(), headers.end(), Box{380, 140, 120, 75}) == 1);
    CHECK(headers.size() == 2);
}

TEST_CASE("Layout: the header ends where its colour meets the chat's, not at a fixed height") {
    // A green header down to y = 200, the chat's first line right under it
    // (above an eighth of the height, where a fixed header band would end).
    cv::Mat screen(2340, 1080, CV_8UC3, cv::Scalar(230, 240, 245));
    screen.rowRange(0, 200).setTo(cv::Scalar(90, 130, 20));
    std::vector<Word> words;
    for (int i = 0; i < 12; ++i)
        words.push_back({"messaggio", {60, 600 + 60 * i, 180, 30}, 90, i + 1});
    words.push_back({"Giulia", {200, 120, 150, 40}, 90, 20});
    words.push_back({"domani", {60, 230, 180, 30}, 90, 21});
    auto headers = [](const std::vector<Region>& regions) {
        std::vector<Box> out;
        for (const auto& r : regions)
            if (r.kind == Kind::Header)
                out.push_back(r.box);
        return out;
    };
    CHECK(headers(findChatLayout(screen, words, true, false)) == std::vector<Box>{{200, 120, 150, 40}});
    // A header of the chat's own colour, with no line under it: the fixed band.
    screen.rowRange(0, 200).setTo(cv::Scalar(230, 240, 245));
    CHECK(headers(findChatLayout(screen, words, true, false)).size() == 2);
}

TEST_CASE("Layout: text in the header of a photo of a screen is found by its pixels") {
    // A rectified photo: a green header with light, slightly blurred text
    // and uneven light, a round icon at the right, the back arrow at the left.
    cv::Mat screen(2340, 1080, CV_8UC3, cv::Scalar(225, 235, 240));
    screen.rowRange(0, 290).setTo(cv::Scalar(80, 120, 30));
    cv::putText(screen, "Giulia Bianchi", cv::Point(260, 170), cv::FONT_HERSHEY_SIMPLEX, 1.6, cv::Scalar(235, 240, 235),
                3);
    cv::putText(screen, "+39 347 123 4567", cv::Point(260, 235), cv::FONT_HERSHEY_SIMPLEX, 1.0,
                cv::Scalar(210, 220, 210), 2);
    cv::circle(screen, cv::Point(980, 170), 24, cv::Scalar(235, 240, 235), cv::FILLED);
    cv::line(screen, cv::Point(30, 170), cv::Point(70, 130), cv::Scalar(235, 240, 235), 4);
    cv::line(screen, cv::Point(30, 170), cv::Point(70, 210), cv::Scalar(235, 240, 235), 4);
    cv::GaussianBlur(screen, screen, cv::Size(5, 5), 1.2);
    cv::Mat light(screen.size(), CV_8UC3);
    for (int x = 0; x < light.cols; ++x)
        light.col(x).setTo(cv::Scalar::all(x * 40 / light.cols));
    cv::subtract(screen, light, screen);
    const auto regions = findHeaderText(screen);
    const auto covered = [&regions](const Box& b) {
        std::vector<Box> boxes;
        for (const auto& r : regions)
            boxes.push_back(r.box);
        return coveredShare(b, boxes);
    };
    CHECK(covered({262, 138, 335, 30}) >= 0.9);  // the name
    CHECK(covered({262, 215, 280, 18}) >= 0.9);  // the participant's number
    CHECK(covered({956, 146, 48, 48}) < 0.2);    // the call icon
    CHECK(covered({28, 128, 44, 84}) < 0.2);     // the back arrow
    for (const auto& r : regions) {
        CHECK(r.kind == Kind::Header);
        CHECK(r.weak);
    }
    // Nothing to find in a plain band, or in a landscape picture.
    CHECK(findHeaderText(cv::Mat(2340, 1080, CV_8UC3, cv::Scalar(80, 120, 30))).empty());
    CHECK(findHeaderText(cv::Mat(1080, 2340, CV_8UC3, cv::Scalar(80, 120, 30))).empty());
}

TEST_CASE("Layout: a skin blob of face, neck and a skin-toned shirt is cut at the neck") {
    cv::Mat picture(1000, 1000, CV_8UC3, cv::Scalar(200, 120, 60));  // a blue background
    const cv::Scalar skin(140, 170, 225);                            // BGR, light skin
    cv::ellipse(picture, cv::Point(500, 400), cv::Size(90, 115), 0, 0, 360, skin, cv::FILLED);
    cv::rectangle(picture, cv::Rect(460, 500, 80, 90), skin, cv::FILLED);    // the neck
    cv::rectangle(picture, cv::Rect(330, 580, 340, 200), skin, cv::FILLED);  // a pink shirt
    const auto regions = findSkin(picture);
    REQUIRE(regions.size() == 1);
    const Box& b = regions.front().box;
    CHECK(b.y + b.h < 620);  // the shirt is not a face
    CHECK(b.y <= 300);       // the face is all there
    CHECK(b.w < 300);
}

TEST_CASE("Layout: an avatar touching its bubble, next to what is left of the bezel, is found") {
    // A screen rectified from a photo: a dark first column (the bezel's
    // edge), a light bubble joined to the avatar on its right.
    cv::Mat screen(2340, 1080, CV_8UC3, cv::Scalar(250, 250, 250));
    screen.colRange(0, 3).setTo(cv::Scalar(40, 40, 40));
    cv::rectangle(screen, cv::Rect(118, 760, 600, 110), cv::Scalar(228, 228, 228), cv::FILLED);
    cv::circle(screen, cv::Point(78, 815), 40, cv::Scalar(90, 170, 110), cv::FILLED);
    cv::circle(screen, cv::Point(78, 805), 14, cv::Scalar(250, 250, 250), cv::FILLED);
    CHECK(avatarCovers(findAvatarPlaces(screen, true), {38, 775, 80, 80}));
}

TEST_CASE("Layout: two avatars blurred together in a photo of a screen are two avatars") {
    cv::Mat screen(2340, 1080, CV_8UC3, cv::Scalar(40, 32, 28));  // dark mode
    cv::circle(screen, cv::Point(78, 1000), 32, cv::Scalar(150, 120, 200), cv::FILLED);
    cv::circle(screen, cv::Point(78, 1070), 32, cv::Scalar(150, 120, 200), cv::FILLED);
    cv::GaussianBlur(screen, screen, cv::Size(0, 0), 3.0);
    const auto regions = findAvatarPlaces(screen, true);
    for (const Box avatar : {Box{46, 968, 64, 64}, Box{46, 1038, 64, 64}}) {
        CAPTURE(avatar.y);
        CHECK(avatarCovers(regions, avatar));
    }
    // A picture in the chat whose left part lies in the avatar column is
    // one tall blob there too, but it runs on past the column: no avatars.
    cv::Mat picture(2340, 1080, CV_8UC3, cv::Scalar(40, 32, 28));
    cv::rectangle(picture, cv::Rect(120, 1200, 500, 600), cv::Scalar(160, 170, 230), cv::FILLED);
    cv::GaussianBlur(picture, picture, cv::Size(0, 0), 3.0);
    for (const auto& r : findAvatarPlaces(picture, true)) {
        CAPTURE(r.box.x, r.box.y, r.box.w, r.box.h);
        CHECK(r.box.intersected({100, 1180, 200, 640}).empty());
    }
}

TEST_CASE("Layout: avatars blurred into tall dark bubbles in a photo of a screen are found") {
    // A dark-mode screen rectified from a photo of the quality set: the
    // page, the bubbles and the avatars blur together; at the first
    // threshold each avatar is one blob with its bubble, taller than an
    // avatar (tests/data/redaction/README.md).
    const cv::Mat screen =
        decodeImage(test::readAll(CUSTODIA_SOURCE_DIR "/tests/data/redaction/rectified-dark-screen.jpg"));
    REQUIRE(screen.cols == 916);
    const auto regions = findAvatarPlaces(screen, true);
    // A pink and a red avatar (inner squares, measured by eye).
    for (const Box avatar : {Box{6, 1046, 70, 70}, Box{7, 1368, 70, 70}}) {
        CAPTURE(avatar.y);
        CHECK(avatarCovers(regions, avatar));
    }
}

TEST_CASE("Redactor: light text on a blurred dark bubble is read by the bubble pass") {
    // A dark-mode screen rectified from a photo (tests/data/redaction/
    // README.md): "Federico" starts the first line of a green outgoing
    // bubble, which neither page pass reads.
    const cv::Mat screen =
        decodeImage(test::readAll(CUSTODIA_SOURCE_DIR "/tests/data/redaction/rectified-dark-screen-2.jpg"));
    OcrPool pool(1);
    const Box word{281, 981, 121, 26};  // where "Federico" is, measured by eye
    const auto words = bubbleWords(screen, pool);
    CHECK(std::any_of(words.begin(), words.end(), [&](const Word& w) {
        return fold(w.text) == fold("Federico") && w.box.intersected(word).area() * 2 >= word.area();
    }));
}

TEST_CASE("Layout: a light screen's border is not a bezel") {
    cv::Mat white(2000, 1000, CV_8UC3, cv::Scalar(245, 245, 245));
    cv::rectangle(white, cv::Rect(100, 300, 600, 80), cv::Scalar(30, 30, 30), cv::FILLED);
    CHECK(screenInside(white) == cv::Rect(0, 0, 1000, 2000));
    // A black bezel with the desk blurred into its first lines is trimmed.
    cv::Mat phone(2000, 1000, CV_8UC3, cv::Scalar(20, 20, 20));
    phone(cv::Rect(50, 100, 900, 1800)).setTo(cv::Scalar(245, 245, 245));
    cv::rectangle(phone, cv::Rect(150, 400, 600, 80), cv::Scalar(30, 30, 30), cv::FILLED);
    phone.rowRange(0, 3).setTo(cv::Scalar(140, 150, 160));
    phone.colRange(0, 3).setTo(cv::Scalar(140, 150, 160));
    const cv::Rect inside = screenInside(phone);
    CHECK(std::abs(inside.x - 50) <= 3);
    CHECK(std::abs(inside.y - 100) <= 3);
    CHECK(std::abs(inside.width - 900) <= 6);
    CHECK(std::abs(inside.height - 1800) <= 6);
}
