// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/redaction/Ocr.h"
#include "vault/redaction/Region.h"

#include <array>
#include <optional>
#include <vector>

#include <opencv2/core.hpp>

// R7: identity that is not in the words themselves but in where they are —
// the places where chat apps always put it — and in pictures of people.
//  - the chat header (group or contact name, participants) of a full phone
//    screenshot, whatever it says;
//  - sender lines above incoming bubbles, drawn in colour (a saved name or
//    an unsaved number) or starting with "~";
//  - round avatars (a geometric detector: circles with edge support all
//    round), wherever they are;
//  - faces (OpenCV's Haar cascades from Debian's opencv-data).
namespace custodia::vault::redaction {

// A screen grab rather than a photo: more than `share` of neighbouring
// pixels differ by at most `tolerance` (summed over the channels), and
// fewer than half as many differ by a little more (a photo's noise; its
// clipped highlights are flat too). A screenshot file is flat colour
// exactly (0, 0.35); a frame of a compressed screen recording within its
// noise (3, 0.6).
[[nodiscard]] bool looksLikeScreenshot(const cv::Mat& bgr, int tolerance = 0, double share = 0.35);

// Header and sender lines of a chat screenshot, from the words of one OCR
// pass of it; `photo`: a rectified photo of a screen, whose colours are paler.
[[nodiscard]] std::vector<Region> findChatLayout(const cv::Mat& bgr, const std::vector<Word>& words, bool screenshot,
                                                 bool photo = false);

// The header's text in a rectified photo of a phone screen, by its pixels:
// runs of letters that stand out from the header band's colour, right of
// the back arrow (OCR misses light text on a coloured band in photos).
// Weak: shown to the reviewer as unsure.
[[nodiscard]] std::vector<Region> findHeaderText(const cv::Mat& bgr);

[[nodiscard]] std::vector<Region> findRoundAvatars(const cv::Mat& gray);

// The avatar column of a chat screenshot (left of incoming bubbles) and the
// avatar place in its header: every compact blob there is hidden, whatever
// it shows — a photo, initials on colour, a grey silhouette. `screen`:
// the caller knows `bgr` is a phone screen (a rectified photo of one, with
// uneven light: blobs are then measured against the local background).
[[nodiscard]] std::vector<Region> findAvatarPlaces(const cv::Mat& bgr, bool screen = false);

// The corners of a phone in a photo of it (top left, top right, bottom
// right, bottom left): the largest convex quadrilateral with a phone's
// proportions whose outline shows in the picture's edges — the body, or the
// screen when the body is lost on the desk. nullopt when there is none (a
// photo of something else, an outline lost in the dark); the caller then
// reads the photo as it is.
using Quad = std::array<cv::Point2f, 4>;
[[nodiscard]] std::optional<Quad> findScreen(const cv::Mat& bgr);

// In a rectified photo of a phone: the screen without the bezel (uniform
// rows and columns of the border's colour trimmed from each side).
[[nodiscard]] cv::Rect screenInside(const cv::Mat& bgr);

// Faces by skin colour (YCrCb): compact skin-toned areas of a picture the
// size of a face, which the cascades miss when a face is turned, small,
// drawn, or lit from one side. Weak: shown to the reviewer as unsure.
[[nodiscard]] std::vector<Region> findSkin(const cv::Mat& bgr);

// Throws vault::Error when the cascades are not installed (opencv-data):
// without them faces would silently stay visible.
[[nodiscard]] std::vector<Region> findFaces(const cv::Mat& gray);

}  // namespace custodia::vault::redaction
