// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/capture/FrameSource.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

// Frame sources read in process with FFmpeg's libavdevice: the X11 screen
// (x11grab, the whole screen or one window) and a camera (v4l2). Frames are
// decoded into memory only.
namespace custodia::vault::capture {

class DeviceSource final : public FrameSource {
public:
    ~DeviceSource() override;
    DeviceSource(const DeviceSource&) = delete;
    DeviceSource& operator=(const DeviceSource&) = delete;

    // The X11 screen `display` (empty: $DISPLAY), or only `window` (an X11
    // window id; 0: the whole screen). Error(InvalidInput) without an X11
    // display (a Wayland session: screen capture needs X11 for now),
    // Error(Io) when the display cannot be opened.
    [[nodiscard]] static std::unique_ptr<DeviceSource> screen(const std::string& display, std::uint32_t window,
                                                              double fps, bool drawMouse = true);
    // A camera (V4L2 device such as /dev/video0). Error(NotFound) when
    // there is none, Error(Io) when it cannot be opened.
    [[nodiscard]] static std::unique_ptr<DeviceSource> camera(const std::string& device, double fps);

    [[nodiscard]] std::optional<Frame> next() override;
    [[nodiscard]] std::string device() const override { return name_; }
    [[nodiscard]] int width() const override;
    [[nodiscard]] int height() const override;
    [[nodiscard]] double fps() const override { return fps_; }

private:
    struct State;
    DeviceSource(const std::string& format, const std::string& url, const std::map<std::string, std::string>& options,
                 std::string name, double fps);
    std::unique_ptr<State> s_;
    std::string name_;
    double fps_;
};

// A top-level X11 window that can be captured on its own.
struct ScreenWindow {
    std::uint32_t id = 0;
    std::string title;
    int width = 0;
    int height = 0;
};

// What Custodia can capture from on this machine.
struct Devices {
    std::string display;   // $DISPLAY, empty when there is none
    bool wayland = false;  // a Wayland session (screen capture needs X11)
    int screenWidth = 0;   // the X11 screen's size, 0 when unknown
    int screenHeight = 0;
    std::vector<std::string> cameras;  // V4L2 capture devices (/dev/video*)
    // The windows on the X11 screen that have a title and are shown, in the
    // window manager's list (_NET_CLIENT_LIST) or, without one, the root
    // window's children; Custodia's own windows are left out.
    std::vector<ScreenWindow> windows;
};
[[nodiscard]] Devices listDevices();

}  // namespace custodia::vault::capture
