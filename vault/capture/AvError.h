// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <mutex>
#include <string>

extern "C" {
#include <libavdevice/avdevice.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
}

namespace custodia::vault::capture {

// FFmpeg's text for an error code, for the messages of vault/capture.
inline std::string avText(int err) {
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(err, text, sizeof text);
    return text;
}

// libavdevice's inputs (x11grab, v4l2, pulse, alsa) registered once, and
// FFmpeg's own log off (its errors come back as codes).
inline void registerAvDevices() {
    static std::once_flag once;
    std::call_once(once, [] {
        avdevice_register_all();
        av_log_set_level(AV_LOG_FATAL);
    });
}

}  // namespace custodia::vault::capture
