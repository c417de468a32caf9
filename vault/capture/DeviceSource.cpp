// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/capture/DeviceSource.h"

#include "vault/Error.h"
#include "vault/capture/AvError.h"

#include <fcntl.h>
#include <linux/videodev2.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>

#include <xcb/xcb.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavdevice/avdevice.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

namespace custodia::vault::capture {

namespace {

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v != nullptr ? v : "";
}

// A property of `window` as bytes (empty when it has none).
std::string property(xcb_connection_t* c, xcb_window_t window, xcb_atom_t name, xcb_atom_t type) {
    std::string out;
    xcb_get_property_reply_t* r =
        xcb_get_property_reply(c, xcb_get_property(c, 0, window, name, type, 0, 16384), nullptr);
    if (r != nullptr) {
        const auto* data = static_cast<const char*>(xcb_get_property_value(r));
        out.assign(data, data + xcb_get_property_value_length(r));
        std::free(r);
    }
    return out;
}

xcb_atom_t atom(xcb_connection_t* c, const char* name) {
    xcb_intern_atom_reply_t* r =
        xcb_intern_atom_reply(c, xcb_intern_atom(c, 1, static_cast<std::uint16_t>(std::strlen(name)), name), nullptr);
    const xcb_atom_t a = r != nullptr ? r->atom : static_cast<xcb_atom_t>(XCB_ATOM_NONE);
    std::free(r);
    return a;
}

std::vector<ScreenWindow> listWindows(const std::string& display) {
    std::vector<ScreenWindow> out;
    int screenNumber = 0;
    xcb_connection_t* c = xcb_connect(display.c_str(), &screenNumber);
    if (xcb_connection_has_error(c) != 0) {
        xcb_disconnect(c);
        return out;
    }
    xcb_screen_iterator_t it = xcb_setup_roots_iterator(xcb_get_setup(c));
    for (int i = 0; i < screenNumber && it.rem > 0; ++i)
        xcb_screen_next(&it);
    const xcb_window_t root = it.data->root;
    const xcb_atom_t utf8 = atom(c, "UTF8_STRING");
    const xcb_atom_t netName = atom(c, "_NET_WM_NAME");
    std::vector<xcb_window_t> candidates;
    const std::string clients = property(c, root, atom(c, "_NET_CLIENT_LIST"), XCB_ATOM_WINDOW);
    if (clients.size() >= sizeof(xcb_window_t)) {
        candidates.resize(clients.size() / sizeof(xcb_window_t));
        std::memcpy(candidates.data(), clients.data(), candidates.size() * sizeof(xcb_window_t));
    } else if (xcb_query_tree_reply_t* tree = xcb_query_tree_reply(c, xcb_query_tree(c, root), nullptr)) {
        const xcb_window_t* children = xcb_query_tree_children(tree);
        candidates.assign(children, children + xcb_query_tree_children_length(tree));
        std::free(tree);
    }
    for (const xcb_window_t w : candidates) {
        xcb_get_window_attributes_reply_t* attrs =
            xcb_get_window_attributes_reply(c, xcb_get_window_attributes(c, w), nullptr);
        const bool shown = attrs != nullptr && attrs->map_state == XCB_MAP_STATE_VIEWABLE;
        std::free(attrs);
        xcb_get_geometry_reply_t* geo = xcb_get_geometry_reply(c, xcb_get_geometry(c, w), nullptr);
        if (!shown || geo == nullptr) {
            std::free(geo);
            continue;
        }
        ScreenWindow win{w, property(c, w, netName, utf8), geo->width, geo->height};
        std::free(geo);
        if (win.title.empty())
            win.title = property(c, w, XCB_ATOM_WM_NAME, XCB_ATOM_STRING);
        if (win.title.empty() || win.title.rfind("Custodia", 0) == 0 || win.width < 32 || win.height < 32)
            continue;
        out.push_back(std::move(win));
    }
    xcb_disconnect(c);
    return out;
}

}  // namespace

struct DeviceSource::State {
    AVFormatContext* fmt = nullptr;
    AVCodecContext* dec = nullptr;
    AVPacket* packet = nullptr;
    AVFrame* frame = nullptr;
    SwsContext* sws = nullptr;
    int stream = -1;
    int width = 0;
    int height = 0;
    std::chrono::steady_clock::time_point start;
    bool started = false;
    std::int64_t lastMicros = -1;
    std::vector<std::uint8_t> converted;  // one frame at the source's size, reused

    ~State() {
        sws_freeContext(sws);
        av_frame_free(&frame);
        av_packet_free(&packet);
        avcodec_free_context(&dec);
        avformat_close_input(&fmt);
    }
};

DeviceSource::DeviceSource(const std::string& format, const std::string& url,
                           const std::map<std::string, std::string>& options, std::string name, double fps)
    : s_(std::make_unique<State>()), name_(std::move(name)), fps_(fps) {
    registerAvDevices();
    const AVInputFormat* input = av_find_input_format(format.c_str());
    if (input == nullptr)
        throw Error(Error::Code::Io, "this FFmpeg cannot read from " + format);
    AVDictionary* dict = nullptr;
    for (const auto& [k, v] : options)
        av_dict_set(&dict, k.c_str(), v.c_str(), 0);
    int rc = avformat_open_input(&s_->fmt, url.c_str(), input, &dict);
    av_dict_free(&dict);
    if (rc < 0)
        throw Error(Error::Code::Io, "cannot open " + name_ + ": " + avText(rc),
                    format == "x11grab" ? "check that the X11 display is there (echo $DISPLAY)"
                                        : "check that the camera is connected and not in use by another program");
    rc = avformat_find_stream_info(s_->fmt, nullptr);
    if (rc < 0)
        throw Error(Error::Code::Io, "cannot read from " + name_ + ": " + avText(rc));
    s_->stream = av_find_best_stream(s_->fmt, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (s_->stream < 0)
        throw Error(Error::Code::Io, name_ + " gives no pictures");
    const AVCodecParameters* par = s_->fmt->streams[s_->stream]->codecpar;
    const AVCodec* codec = avcodec_find_decoder(par->codec_id);
    if (codec == nullptr)
        throw Error(Error::Code::Io, name_ + " sends pictures this FFmpeg cannot decode");
    s_->dec = avcodec_alloc_context3(codec);
    s_->packet = av_packet_alloc();
    s_->frame = av_frame_alloc();
    if (s_->dec == nullptr || s_->packet == nullptr || s_->frame == nullptr)
        throw std::bad_alloc();
    avcodec_parameters_to_context(s_->dec, par);
    rc = avcodec_open2(s_->dec, codec, nullptr);
    if (rc < 0)
        throw Error(Error::Code::Io, "cannot decode the pictures of " + name_ + ": " + avText(rc));
    // Even sizes: what 4:2:0 H.264 needs (a last odd row or column is left out).
    s_->width = par->width & ~1;
    s_->height = par->height & ~1;
    if (s_->width < 16 || s_->height < 16)
        throw Error(Error::Code::Io, name_ + " gives pictures too small to record");
}

DeviceSource::~DeviceSource() = default;

std::unique_ptr<DeviceSource> DeviceSource::screen(const std::string& display, std::uint32_t window, double fps,
                                                   bool drawMouse) {
    const std::string d = display.empty() ? env("DISPLAY") : display;
    if (d.empty())
        throw Error(Error::Code::InvalidInput,
                    env("WAYLAND_DISPLAY").empty() ? "there is no X11 display to capture (DISPLAY is not set)"
                                                   : "screen capture needs an X11 session: this is a Wayland session",
                    "log in with an X11 session (\"GNOME on Xorg\" at the login screen) to capture the screen; the "
                    "camera works in any session");
    std::map<std::string, std::string> options{{"framerate", std::to_string(fps)},
                                               {"draw_mouse", drawMouse ? "1" : "0"}};
    std::string name = "screen " + d;
    if (window != 0) {
        options["window_id"] = std::to_string(window);
        char hex[16];
        std::snprintf(hex, sizeof hex, "0x%x", window);
        name = "window " + std::string(hex) + " on " + d;
    }
    return std::unique_ptr<DeviceSource>(new DeviceSource("x11grab", d, options, name, fps));
}

std::unique_ptr<DeviceSource> DeviceSource::camera(const std::string& device, double fps) {
    std::string path = device;
    if (path.empty()) {
        const auto found = listDevices().cameras;
        if (found.empty())
            throw Error(Error::Code::NotFound, "there is no camera on this computer",
                        "connect a webcam (or a phone used as a webcam), then 'custodia capture devices'");
        path = found.front();
    }
    if (!std::filesystem::exists(path))
        throw Error(Error::Code::NotFound, "there is no camera '" + path + "'",
                    "'custodia capture devices' lists the cameras");
    return std::unique_ptr<DeviceSource>(new DeviceSource(
        "v4l2", path, {{"framerate", std::to_string(static_cast<int>(fps + 0.5))}}, "camera " + path, fps));
}

int DeviceSource::width() const {
    return s_->width;
}

int DeviceSource::height() const {
    return s_->height;
}

std::optional<Frame> DeviceSource::next() {
    State& s = *s_;
    for (;;) {
        const int rc = avcodec_receive_frame(s.dec, s.frame);
        if (rc == 0) {
            const auto now = std::chrono::steady_clock::now();
            if (!s.started) {
                s.start = now;
                s.started = true;
            }
            Frame f;
            f.width = s.width;
            f.height = s.height;
            f.micros = std::chrono::duration_cast<std::chrono::microseconds>(now - s.start).count();
            if (f.micros <= s.lastMicros)
                f.micros = s.lastMicros + 1;
            s.lastMicros = f.micros;
            f.bgr.resize(static_cast<std::size_t>(f.width) * static_cast<std::size_t>(f.height) * 3);
            s.sws = sws_getCachedContext(s.sws, s.frame->width, s.frame->height,
                                         static_cast<AVPixelFormat>(s.frame->format), s.frame->width, s.frame->height,
                                         AV_PIX_FMT_BGR24, SWS_POINT, nullptr, nullptr, nullptr);
            if (s.sws == nullptr)
                throw Error(Error::Code::Io, "cannot convert the pictures of " + name_);
            // Converted at the source's size into a buffer one row and
            // column larger when it is odd, then cut to the even size.
            const int stride = s.frame->width * 3;
            std::vector<std::uint8_t>& full = s.converted;
            full.resize(static_cast<std::size_t>(stride) * static_cast<std::size_t>(s.frame->height) + 64);
            std::uint8_t* dst[4] = {full.data(), nullptr, nullptr, nullptr};
            const int dstStride[4] = {stride, 0, 0, 0};
            sws_scale(s.sws, s.frame->data, s.frame->linesize, 0, s.frame->height, dst, dstStride);
            for (int y = 0; y < f.height; ++y)
                std::copy_n(&full[static_cast<std::size_t>(y) * static_cast<std::size_t>(stride)], f.width * 3,
                            &f.bgr[static_cast<std::size_t>(y) * static_cast<std::size_t>(f.width) * 3]);
            av_frame_unref(s.frame);
            return f;
        }
        if (rc != AVERROR(EAGAIN))
            return std::nullopt;
        const int read = av_read_frame(s.fmt, s.packet);
        if (read < 0) {
            if (read == AVERROR_EOF)
                return std::nullopt;
            throw Error(Error::Code::Io, "cannot read from " + name_ + ": " + avText(read),
                        "check that the camera is still connected");
        }
        if (s.packet->stream_index == s.stream)
            (void)avcodec_send_packet(s.dec, s.packet);
        av_packet_unref(s.packet);
    }
}

Devices listDevices() {
    Devices d;
    d.display = env("DISPLAY");
    d.wayland = !env("WAYLAND_DISPLAY").empty() || env("XDG_SESSION_TYPE") == "wayland";
    if (!d.display.empty()) {
        try {
            const auto s = DeviceSource::screen(d.display, 0, 1, false);
            d.screenWidth = s->width();
            d.screenHeight = s->height();
        } catch (const Error&) {
            // A display that cannot be opened: listed without a size.
        }
        d.windows = listWindows(d.display);
    }
    std::error_code ec;
    std::vector<std::string> nodes;
    for (const auto& e : std::filesystem::directory_iterator("/dev", ec)) {
        const std::string name = e.path().filename().string();
        if (name.rfind("video", 0) == 0)
            nodes.push_back(e.path().string());
    }
    std::sort(nodes.begin(), nodes.end());
    for (const auto& n : nodes) {
        const int fd = ::open(n.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            continue;
        v4l2_capability cap{};
        const bool capture =
            ::ioctl(fd, VIDIOC_QUERYCAP, &cap) == 0 &&
            ((cap.device_caps & V4L2_CAP_VIDEO_CAPTURE) != 0 || (cap.capabilities & V4L2_CAP_VIDEO_CAPTURE) != 0);
        ::close(fd);
        if (capture)
            d.cameras.push_back(n);
    }
    return d;
}

}  // namespace custodia::vault::capture
