// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

extern "C" {
#include <libavutil/error.h>
}

namespace custodia::vault::capture {

// FFmpeg's text for an error code, for the messages of vault/capture.
inline std::string avText(int err) {
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(err, text, sizeof text);
    return text;
}

}  // namespace custodia::vault::capture
