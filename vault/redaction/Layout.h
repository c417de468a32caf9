// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/redaction/Ocr.h"
#include "vault/redaction/Region.h"

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
// pixels differ by at most `tolerance` (summed over the channels). A
// screenshot file is flat colour exactly (0, 0.35); a frame of a compressed
// screen recording within its noise (3, 0.6).
[[nodiscard]] bool looksLikeScreenshot(const cv::Mat& bgr, int tolerance = 0, double share = 0.35);

// Header and sender lines of a chat screenshot, from the words of one OCR
// pass of it.
[[nodiscard]] std::vector<Region> findChatLayout(const cv::Mat& bgr, const std::vector<Word>& words, bool screenshot);

[[nodiscard]] std::vector<Region> findRoundAvatars(const cv::Mat& gray);

// The avatar column of a chat screenshot (left of incoming bubbles) and the
// avatar place in its header: every compact blob there is hidden, whatever
// it shows — a photo, initials on colour, a grey silhouette.
[[nodiscard]] std::vector<Region> findAvatarPlaces(const cv::Mat& bgr);

// Faces by skin colour (YCrCb): compact skin-toned areas of a picture the
// size of a face, which the cascades miss when a face is turned, small,
// drawn, or lit from one side. Weak: shown to the reviewer as unsure.
[[nodiscard]] std::vector<Region> findSkin(const cv::Mat& bgr);

// Throws vault::Error when the cascades are not installed (opencv-data):
// without them faces would silently stay visible.
[[nodiscard]] std::vector<Region> findFaces(const cv::Mat& gray);

}  // namespace custodia::vault::redaction
