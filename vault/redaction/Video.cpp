// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/redaction/Video.h"

#include "vault/capture/AvError.h"

#include "vault/Error.h"
#include "vault/Files.h"
#include "vault/redaction/Layout.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace custodia::vault::redaction {

namespace {

// The band of a screen recording whose movement is the chat's scroll: below
// the header, above the input bar.
constexpr double kBandTop = 0.15;
constexpr double kBandBottom = 0.90;
// Width the phase correlation works at.
constexpr int kTrackWidth = 320;
// Below this response the correlation found no common movement: a cut.
constexpr double kCutResponse = 0.15;
// Regions are carried this many frames across a cut, either way.
constexpr int kCarryFrames = 3;
// A region whose centre is in the top band of a screen recording belongs to
// the fixed header, not to the scrolling content.
constexpr double kHeaderBand = 0.13;
// The rows the content scrolls in: a row of the whole frame (at tracking
// size) moved in a scroll when its mean change exceeds this (grey levels;
// compression noise in fixed rows stays well below), and belongs to the
// band when it moved in this share of the scrolls.
constexpr double kRowMoved = 3.0;
constexpr double kBandShare = 0.2;
// A scroll, for the band: at least this many pixels of the full frame.
constexpr double kBandScroll = 8.0;
constexpr std::size_t kIoBuffer = 64 * 1024;
// Rows of slack after a picture that swscale writes or reads: its vector
// code runs a little past the end of the last line.
constexpr int kSwsSlackRows = 2;
// AV_TIME_BASE_Q is a C compound literal, which C++ compilers may refuse.
constexpr AVRational kAvTimeBase{1, AV_TIME_BASE};

struct FormatCloser {
    void operator()(AVFormatContext* f) const { avformat_close_input(&f); }
};
struct CodecFree {
    void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct FrameFree {
    void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct PacketFree {
    void operator()(AVPacket* p) const { av_packet_free(&p); }
};
struct SwsFree {
    void operator()(SwsContext* s) const { sws_freeContext(s); }
};
struct IoFree {
    void operator()(AVIOContext* io) const {
        if (io != nullptr)
            av_freep(&io->buffer);
        avio_context_free(&io);
    }
};

using vault::capture::avText;

void quietFfmpeg() {
    static const bool once = [] {
        av_log_set_level(AV_LOG_FATAL);
        return true;
    }();
    (void)once;
}

// The demuxer and video decoder over a VideoInput (custom AVIOContext: the
// bytes come from the caller, decrypted chunk by chunk for a vault item).
class Decoder {
public:
    explicit Decoder(VideoInput& input) : input_(input) {
        quietFfmpeg();
        auto* buffer = static_cast<unsigned char*>(av_malloc(kIoBuffer));
        if (buffer == nullptr)
            throw std::bad_alloc();
        io_.reset(
            avio_alloc_context(buffer, static_cast<int>(kIoBuffer), 0, this, &Decoder::read, nullptr, &Decoder::seek));
        if (!io_) {
            av_free(buffer);
            throw std::bad_alloc();
        }
        AVFormatContext* fmt = avformat_alloc_context();
        if (fmt == nullptr)
            throw std::bad_alloc();
        fmt->pb = io_.get();
        fmt->flags |= AVFMT_FLAG_CUSTOM_IO;
        if (avformat_open_input(&fmt, nullptr, nullptr, nullptr) < 0)
            throw Error(Error::Code::InvalidInput, "not a video FFmpeg can read (unknown or damaged container)");
        fmt_.reset(fmt);
        if (avformat_find_stream_info(fmt_.get(), nullptr) < 0)
            throw Error(Error::Code::InvalidInput, "the video's streams cannot be read");
        const AVCodec* codec = nullptr;
        stream_ = av_find_best_stream(fmt_.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
        if (stream_ < 0 || codec == nullptr)
            throw Error(Error::Code::InvalidInput, "the file has no video stream FFmpeg can decode");
        audio_ = av_find_best_stream(fmt_.get(), AVMEDIA_TYPE_AUDIO, -1, stream_, nullptr, 0);
        dec_.reset(avcodec_alloc_context3(codec));
        AVStream* st = fmt_->streams[stream_];
        if (!dec_ || avcodec_parameters_to_context(dec_.get(), st->codecpar) < 0)
            throw Error(Error::Code::InvalidInput, "the video's codec parameters cannot be read");
        dec_->thread_count = 2;
        if (avcodec_open2(dec_.get(), codec, nullptr) < 0)
            throw Error(Error::Code::InvalidInput, "the video's codec cannot be opened");
        if (const auto* m =
                reinterpret_cast<const int32_t*>(av_stream_get_side_data(st, AV_PKT_DATA_DISPLAYMATRIX, nullptr))) {
            const double r = av_display_rotation_get(m);
            if (!std::isnan(r))
                rotation_ = ((static_cast<int>(std::lround(-r)) % 360) + 360) % 360;
        }
        frame_.reset(av_frame_alloc());
        packet_.reset(av_packet_alloc());
        if (!frame_ || !packet_)
            throw std::bad_alloc();
    }

    [[nodiscard]] AVStream* stream() const { return fmt_->streams[stream_]; }
    [[nodiscard]] AVStream* audio() const { return audio_ >= 0 ? fmt_->streams[audio_] : nullptr; }
    [[nodiscard]] AVFormatContext* format() const { return fmt_.get(); }
    [[nodiscard]] int rotation() const { return rotation_; }
    // The number of the frame `run` hands over, from 0.
    [[nodiscard]] int frameIndex() const { return decoded_ - 1; }
    [[nodiscard]] double fps() const {
        const AVRational r = stream()->avg_frame_rate.num > 0 ? stream()->avg_frame_rate : stream()->r_frame_rate;
        return r.num > 0 && r.den > 0 ? av_q2d(r) : 30.0;
    }
    [[nodiscard]] double duration() const {
        if (stream()->duration != AV_NOPTS_VALUE)
            return static_cast<double>(stream()->duration) * av_q2d(stream()->time_base);
        return fmt_->duration != AV_NOPTS_VALUE ? static_cast<double>(fmt_->duration) / AV_TIME_BASE : 0.0;
    }

    // Decodes every frame: `onFrame(bgr, pts)` (pts in the stream's time
    // base, AV_NOPTS_VALUE when unknown), and hands audio packets to
    // `onAudio` when given. Returns false when `onFrame` asked to stop.
    // With `wanted`, frames (numbered from 0) it refuses are decoded but
    // neither converted nor handed over.
    bool run(const std::function<bool(cv::Mat&, std::int64_t)>& onFrame,
             const std::function<void(AVPacket*)>& onAudio = {}, std::function<bool(int)> wanted = {}) {
        wanted_ = std::move(wanted);
        decoded_ = 0;
        while (true) {
            const int rc = av_read_frame(fmt_.get(), packet_.get());
            if (rc == AVERROR_EOF)
                break;
            if (rc < 0)
                throw Error(Error::Code::InvalidInput, "the video is damaged: " + avText(rc));
            std::unique_ptr<AVPacket, void (*)(AVPacket*)> unref(packet_.get(), av_packet_unref);
            if (packet_->stream_index == audio_ && onAudio) {
                onAudio(packet_.get());
                continue;
            }
            if (packet_->stream_index != stream_)
                continue;
            if (avcodec_send_packet(dec_.get(), packet_.get()) < 0)
                continue;  // a damaged packet: the decoder resynchronises
            if (!drain(onFrame))
                return false;
        }
        avcodec_send_packet(dec_.get(), nullptr);
        return drain(onFrame);
    }

private:
    bool drain(const std::function<bool(cv::Mat&, std::int64_t)>& onFrame) {
        while (avcodec_receive_frame(dec_.get(), frame_.get()) == 0) {
            std::unique_ptr<AVFrame, void (*)(AVFrame*)> unref(frame_.get(), av_frame_unref);
            const int index = decoded_++;
            if (wanted_ && !wanted_(index))
                continue;
            cv::Mat bgr = toBgr(frame_.get());
            if (!onFrame(bgr, frame_->best_effort_timestamp))
                return false;
        }
        return true;
    }

    cv::Mat toBgr(const AVFrame* f) {
        sws_.reset(sws_getCachedContext(sws_.release(), f->width, f->height, static_cast<AVPixelFormat>(f->format),
                                        f->width, f->height, AV_PIX_FMT_BGR24, SWS_BILINEAR, nullptr, nullptr,
                                        nullptr));
        if (!sws_)
            throw Error(Error::Code::InvalidInput, "the video's pixel format cannot be converted");
        // swscale's vector code writes a little past the end of the last
        // line: two spare rows after it (without them the heap was
        // corrupted now and then: "free(): invalid next size" in a test).
        cv::Mat storage(f->height + kSwsSlackRows, f->width, CV_8UC3);
        cv::Mat bgr = storage.rowRange(0, f->height);
        uint8_t* dst[4] = {bgr.data, nullptr, nullptr, nullptr};
        int dstStride[4] = {static_cast<int>(bgr.step), 0, 0, 0};
        sws_scale(sws_.get(), f->data, f->linesize, 0, f->height, dst, dstStride);
        if (rotation_ == 90)
            cv::rotate(bgr, bgr, cv::ROTATE_90_CLOCKWISE);
        else if (rotation_ == 180)
            cv::rotate(bgr, bgr, cv::ROTATE_180);
        else if (rotation_ == 270)
            cv::rotate(bgr, bgr, cv::ROTATE_90_COUNTERCLOCKWISE);
        return bgr;
    }

    static int read(void* opaque, uint8_t* buf, int size) {
        auto* self = static_cast<Decoder*>(opaque);
        if (self->pos_ >= self->input_.size())
            return AVERROR_EOF;
        try {
            const std::size_t n = self->input_.readAt(self->pos_, {buf, static_cast<std::size_t>(size)});
            if (n == 0)
                return AVERROR_EOF;
            self->pos_ += n;
            return static_cast<int>(n);
        } catch (...) {
            self->error_ = std::current_exception();
            return AVERROR(EIO);
        }
    }

    static int64_t seek(void* opaque, int64_t offset, int whence) {
        auto* self = static_cast<Decoder*>(opaque);
        const auto size = static_cast<int64_t>(self->input_.size());
        switch (whence & ~AVSEEK_FORCE) {
            case AVSEEK_SIZE:
                return size;
            case SEEK_SET:
                break;
            case SEEK_CUR:
                offset += static_cast<int64_t>(self->pos_);
                break;
            case SEEK_END:
                offset += size;
                break;
            default:
                return AVERROR(EINVAL);
        }
        if (offset < 0)
            return AVERROR(EINVAL);
        self->pos_ = static_cast<std::uint64_t>(offset);
        return offset;
    }

public:
    // A failure of the input itself (a tampered blob, a removed medium) is
    // rethrown as it was, not as a damaged video.
    void rethrowInputError() const {
        if (error_)
            std::rethrow_exception(error_);
    }

private:
    VideoInput& input_;
    std::uint64_t pos_ = 0;
    std::exception_ptr error_;
    std::unique_ptr<AVIOContext, IoFree> io_;
    std::unique_ptr<AVFormatContext, FormatCloser> fmt_;
    std::unique_ptr<AVCodecContext, CodecFree> dec_;
    std::unique_ptr<AVFrame, FrameFree> frame_;
    std::unique_ptr<AVPacket, PacketFree> packet_;
    std::unique_ptr<SwsContext, SwsFree> sws_;
    int stream_ = -1;
    int audio_ = -1;
    int rotation_ = 0;
    std::function<bool(int)> wanted_;
    int decoded_ = 0;
};

// H.264 (libx264) in MP4, written to a file; no metadata.
class Encoder {
public:
    Encoder(const std::filesystem::path& path, int width, int height, AVRational timeBase, double fps,
            const AVStream* audioIn)
        : width_(width & ~1), height_(height & ~1) {
        AVFormatContext* out = nullptr;
        if (avformat_alloc_output_context2(&out, nullptr, "mp4", path.c_str()) < 0 || out == nullptr)
            throw Error(Error::Code::Io, "cannot prepare the MP4 writer");
        out_.reset(out);
        const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
        if (codec == nullptr)
            codec = avcodec_find_encoder(AV_CODEC_ID_H264);
        if (codec == nullptr)
            throw Error(Error::Code::Io, "no H.264 encoder in this FFmpeg (Debian's libavcodec has libx264)");
        stream_ = avformat_new_stream(out_.get(), nullptr);
        enc_.reset(avcodec_alloc_context3(codec));
        if (stream_ == nullptr || !enc_)
            throw std::bad_alloc();
        enc_->width = width_;
        enc_->height = height_;
        enc_->pix_fmt = AV_PIX_FMT_YUV420P;
        enc_->time_base = timeBase;
        enc_->framerate = av_d2q(fps, 1000);
        enc_->thread_count = 2;
        enc_->flags |= AV_CODEC_FLAG_BITEXACT;
        if (out_->oformat->flags & AVFMT_GLOBALHEADER)
            enc_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        av_opt_set(enc_->priv_data, "preset", "veryfast", 0);
        av_opt_set(enc_->priv_data, "crf", "23", 0);
        if (avcodec_open2(enc_.get(), codec, nullptr) < 0)
            throw Error(Error::Code::Io, "cannot open the H.264 encoder");
        avcodec_parameters_from_context(stream_->codecpar, enc_.get());
        stream_->time_base = timeBase;
        frameDuration_ = std::max<std::int64_t>(1, av_rescale_q(1, av_inv_q(enc_->framerate), timeBase));
        if (audioIn != nullptr) {
            audio_ = avformat_new_stream(out_.get(), nullptr);
            if (audio_ == nullptr || avcodec_parameters_copy(audio_->codecpar, audioIn->codecpar) < 0)
                throw Error(Error::Code::Io, "cannot copy the audio track");
            audio_->codecpar->codec_tag = 0;
            audio_->time_base = audioIn->time_base;
            audioInBase_ = audioIn->time_base;
        }
        out_->flags |= AVFMT_FLAG_BITEXACT;
        if (avio_open(&out_->pb, path.c_str(), AVIO_FLAG_WRITE) < 0)
            throw files::ioError(errno != 0 ? errno : EIO, "create", path);
        AVDictionary* opts = nullptr;
        av_dict_set(&opts, "movflags", "+faststart", 0);
        const int rc = avformat_write_header(out_.get(), &opts);
        av_dict_free(&opts);
        if (rc < 0)
            throw Error(Error::Code::Io, "cannot write the MP4 header: " + avText(rc));
        headerWritten_ = true;
        frame_.reset(av_frame_alloc());
        packet_.reset(av_packet_alloc());
        frame_->format = AV_PIX_FMT_YUV420P;
        frame_->width = width_;
        frame_->height = height_;
        if (av_frame_get_buffer(frame_.get(), 0) < 0)
            throw std::bad_alloc();
        sws_.reset(sws_getContext(width_, height_, AV_PIX_FMT_BGR24, width_, height_, AV_PIX_FMT_YUV420P, SWS_BILINEAR,
                                  nullptr, nullptr, nullptr));
    }

    ~Encoder() {
        if (out_ && out_->pb != nullptr)
            avio_closep(&out_->pb);
    }

    void add(const cv::Mat& bgr, std::int64_t pts) {
        if (av_frame_make_writable(frame_.get()) < 0)
            throw std::bad_alloc();
        // swscale reads a little past the end of its source's last line too.
        padded_.create(height_ + kSwsSlackRows, width_, CV_8UC3);
        bgr(cv::Rect(0, 0, width_, height_)).copyTo(padded_.rowRange(0, height_));
        const uint8_t* src[4] = {padded_.data, nullptr, nullptr, nullptr};
        const int srcStride[4] = {static_cast<int>(padded_.step), 0, 0, 0};
        sws_scale(sws_.get(), src, srcStride, 0, height_, frame_->data, frame_->linesize);
        frame_->pts = pts;
        send(frame_.get());
    }

    void addAudio(AVPacket* p, std::int64_t startInAudioBase) {
        if (audio_ == nullptr)
            return;
        AVPacket* copy = av_packet_clone(p);
        if (copy == nullptr)
            throw std::bad_alloc();
        if (copy->pts != AV_NOPTS_VALUE)
            copy->pts -= startInAudioBase;
        if (copy->dts != AV_NOPTS_VALUE)
            copy->dts -= startInAudioBase;
        if ((copy->pts != AV_NOPTS_VALUE && copy->pts < 0) || (copy->dts != AV_NOPTS_VALUE && copy->dts < 0)) {
            av_packet_free(&copy);
            return;
        }
        av_packet_rescale_ts(copy, audioInBase_, audio_->time_base);
        copy->stream_index = audio_->index;
        copy->pos = -1;
        const int rc = av_interleaved_write_frame(out_.get(), copy);
        av_packet_free(&copy);
        if (rc < 0)
            throw Error(Error::Code::Io, "cannot write the video: " + avText(rc));
    }

    void finish() {
        send(nullptr);
        const int rc = av_write_trailer(out_.get());
        if (rc < 0)
            throw Error(Error::Code::Io, "cannot finish the video: " + avText(rc));
        if (avio_closep(&out_->pb) < 0)
            throw Error(Error::Code::Io, "cannot close the video file");
    }

private:
    void send(AVFrame* f) {
        if (avcodec_send_frame(enc_.get(), f) < 0)
            throw Error(Error::Code::Io, "the H.264 encoder refused a frame");
        while (avcodec_receive_packet(enc_.get(), packet_.get()) == 0) {
            // libx264 leaves packets without a duration; the MP4 muxer then
            // gives the last frame none and its edit list cuts it off.
            if (packet_->duration <= 0)
                packet_->duration = frameDuration_;
            av_packet_rescale_ts(packet_.get(), enc_->time_base, stream_->time_base);
            packet_->stream_index = stream_->index;
            const int rc = av_interleaved_write_frame(out_.get(), packet_.get());
            if (rc < 0)
                throw Error(Error::Code::Io, "cannot write the video: " + avText(rc));
        }
    }

    struct OutputCloser {
        void operator()(AVFormatContext* f) const { avformat_free_context(f); }
    };
    int width_;
    int height_;
    std::int64_t frameDuration_ = 1;
    std::unique_ptr<AVFormatContext, OutputCloser> out_;
    std::unique_ptr<AVCodecContext, CodecFree> enc_;
    std::unique_ptr<AVFrame, FrameFree> frame_;
    std::unique_ptr<AVPacket, PacketFree> packet_;
    std::unique_ptr<SwsContext, SwsFree> sws_;
    cv::Mat padded_;  // the frame to encode, with spare rows after it
    AVStream* stream_ = nullptr;
    AVStream* audio_ = nullptr;
    AVRational audioInBase_{1, 1};
    bool headerWritten_ = false;
};

// The whole frame small (kTrackWidth wide), grey, in floating point: its
// rows tell where the content scrolls, its band is what tracking compares.
cv::Mat smallFrame(const cv::Mat& bgr, double* scale) {
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    *scale = static_cast<double>(kTrackWidth) / bgr.cols;
    cv::Mat small;
    cv::resize(gray, small, cv::Size(kTrackWidth, std::max(1, static_cast<int>(bgr.rows * *scale))), 0, 0,
               cv::INTER_AREA);
    cv::Mat f;
    small.convertTo(f, CV_32F);
    return f;
}

// The band of a small frame that tracking compares: below the header and
// above the input bar of a screen recording, all of a camera's picture.
cv::Mat trackingBand(const cv::Mat& small, bool screen) {
    if (!screen)
        return small;
    return small.rowRange(static_cast<int>(small.rows * kBandTop), static_cast<int>(small.rows * kBandBottom)).clone();
}

int shotOf(const VideoTrack& t, int frame) {
    const auto it = std::upper_bound(t.shots.begin(), t.shots.end(), frame);
    return it == t.shots.begin() ? 0 : *(it - 1);
}

int shotEnd(const VideoTrack& t, int shotStart) {
    const auto it = std::upper_bound(t.shots.begin(), t.shots.end(), shotStart);
    return it == t.shots.end() ? static_cast<int>(t.frames()) : *it;  // exclusive
}

bool hasBand(const VideoTrack& t) {
    return t.screen && t.band[1] > t.band[0];
}

// Chrome (status bar, header, input bar) stays put while the content
// scrolls. Where the band the content scrolled in is known, that is what
// lies outside it: the header rule also takes the first line under the
// header, which is content and scrolls. Otherwise the header's words and
// whatever lies in the top band.
bool fixedInScreen(const VideoTrack& t, const Region& r) {
    if (!t.screen)
        return false;
    const int cy = r.box.y + r.box.h / 2;
    if (hasBand(t))
        return cy < t.band[0] || cy >= t.band[1];
    return r.kind == Kind::Header || cy < static_cast<int>(t.height * kHeaderBand);
}

// `r` (found in frame r.frame) as it appears in frame `at` of the same shot:
// content moves with the scroll and shows only inside the band it scrolls
// in (not over the header or the input bar it passes under).
Box mapped(const VideoTrack& t, const Region& r, int at) {
    if (fixedInScreen(t, r))
        return r.box;
    const auto& from = t.offsets[static_cast<std::size_t>(r.frame)];
    const auto& to = t.offsets[static_cast<std::size_t>(at)];
    const Box moved{r.box.x + from[0] - to[0], r.box.y + from[1] - to[1], r.box.w, r.box.h};
    if (!hasBand(t))
        return moved;
    return moved.intersected(Box{0, t.band[0], t.width, t.band[1] - t.band[0]});
}

// The rows the content scrolled in: those that changed in enough of the
// scrolls, the longest run of them (small gaps closed: a blank line between
// bubbles does not always change), in frame rows. {0, 0} when the video
// did not scroll or the run is too short to be a chat's content.
std::array<int, 2> scrollBand(const std::vector<int>& moved, int scrolls, int height) {
    if (scrolls == 0 || moved.empty())
        return {0, 0};
    const int rows = static_cast<int>(moved.size());
    const int need = std::max(1, static_cast<int>(std::ceil(scrolls * kBandShare)));
    const int gap = std::max(1, rows / 50);
    int best0 = 0;
    int best1 = 0;
    int start = -1;
    int last = -1;
    for (int r = 0; r <= rows; ++r) {
        const bool on = r < rows && moved[static_cast<std::size_t>(r)] >= need;
        if (on) {
            if (start < 0 || r - last > gap)
                start = r;
            last = r;
        }
        if (start >= 0 && (r == rows || (!on && r - last > gap))) {
            if (last + 1 - start > best1 - best0) {
                best0 = start;
                best1 = last + 1;
            }
            start = -1;
        }
    }
    if (best1 - best0 < rows / 3)
        return {0, 0};
    // Back to frame rows, a row of the small profile either way.
    const double k = static_cast<double>(height) / rows;
    return {std::max(0, static_cast<int>(std::floor((best0 - 1) * k))),
            std::min(height, static_cast<int>(std::ceil((best1 + 1) * k)))};
}

struct Totals final : Progress {
    Progress* outer;
    std::uint64_t offset;
    std::uint64_t total;
    Totals(Progress* o, std::uint64_t off, std::uint64_t tot) : outer(o), offset(off), total(tot) {}
    void update(std::uint64_t done, std::uint64_t) override {
        if (outer != nullptr)
            outer->update(std::min(offset + done, total), total);
    }
    [[nodiscard]] bool cancelled() const override { return outer != nullptr && outer->cancelled(); }
};

}  // namespace

FileVideoInput::FileVideoInput(const std::filesystem::path& path) : path_(path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0)
        throw files::ioError(errno, "open", path);
    struct stat st {};
    if (::fstat(fd_, &st) != 0) {
        const int err = errno;
        ::close(fd_);
        throw files::ioError(err, "read", path);
    }
    size_ = static_cast<std::uint64_t>(st.st_size);
}

FileVideoInput::~FileVideoInput() {
    if (fd_ >= 0)
        ::close(fd_);
}

std::size_t FileVideoInput::readAt(std::uint64_t offset, std::span<std::uint8_t> out) {
    const ssize_t n = ::pread(fd_, out.data(), out.size(), static_cast<off_t>(offset));
    if (n < 0)
        throw files::ioError(errno, "read", path_);
    return static_cast<std::size_t>(n);
}

nlohmann::json VideoTrack::toJson() const {
    nlohmann::json off = nlohmann::json::array();
    for (const auto& o : offsets)
        off.push_back({o[0], o[1]});
    return {{"width", width},       {"height", height}, {"fps", fps},     {"duration", duration},
            {"rotation", rotation}, {"offsets", off},   {"shots", shots}, {"detections", detections},
            {"screen", screen},     {"band", band}};
}

VideoTrack VideoTrack::fromJson(const nlohmann::json& j) {
    VideoTrack t;
    t.width = j.at("width").get<int>();
    t.height = j.at("height").get<int>();
    t.fps = j.at("fps").get<double>();
    t.duration = j.at("duration").get<double>();
    t.rotation = j.value("rotation", 0);
    for (const auto& o : j.at("offsets"))
        t.offsets.push_back({o.at(0).get<int>(), o.at(1).get<int>()});
    t.shots = j.at("shots").get<std::vector<int>>();
    t.detections = j.at("detections").get<std::vector<int>>();
    t.screen = j.value("screen", true);
    if (j.contains("band"))  // plans made before the band was measured have none
        t.band = {j.at("band").at(0).get<int>(), j.at("band").at(1).get<int>()};
    if (t.width <= 0 || t.height <= 0 || t.shots.empty() || t.shots.front() != 0)
        throw std::invalid_argument("a video track needs a size and a first shot at frame 0");
    if (t.band != std::array<int, 2>{0, 0} && (t.band[0] < 0 || t.band[1] <= t.band[0] || t.band[1] > t.height))
        throw std::invalid_argument("a video track's scroll band must lie within the frame");
    return t;
}

std::optional<Box> boxAt(const VideoTrack& t, const Region& r, int frame) {
    Box b;
    if (r.frame < 0 || r.frame >= t.frames()) {
        b = r.box;
    } else {
        const int shot = shotOf(t, frame);
        const int end = shotEnd(t, shot);
        const int rShot = shotOf(t, r.frame);
        if (rShot == shot) {
            b = mapped(t, r, frame);
        } else if (rShot < shot && frame - shot < kCarryFrames && shotEnd(t, rShot) == shot) {
            b = mapped(t, r, shot - 1);  // as it last looked before the cut
        } else if (rShot == end && end - frame <= kCarryFrames) {
            b = mapped(t, r, end);  // as it first looks after the cut
        } else {
            return std::nullopt;
        }
    }
    b = b.clipped(t.width, t.height);
    return b.empty() ? std::nullopt : std::optional<Box>(b);
}

std::vector<Box> boxesAt(const VideoTrack& t, const std::vector<Region>& regions, int frame) {
    std::vector<Box> out;
    for (const auto& r : regions) {
        if (const auto b = boxAt(t, r, frame))
            out.push_back(*b);
    }
    return out;
}

std::map<int, cv::Mat> sampleFrames(VideoInput& input, const std::vector<int>& frames, int maxSide) {
    std::map<int, cv::Mat> out;
    if (frames.empty())
        return out;
    std::set<int> wanted;
    for (const int f : frames)
        if (f >= 0)
            wanted.insert(f);
    if (wanted.empty())
        return out;
    const int last = *wanted.rbegin();
    Decoder dec(input);
    auto next = wanted.begin();
    dec.run(
        [&](cv::Mat& bgr, std::int64_t) {
            const double scale = std::min(1.0, static_cast<double>(maxSide) / std::max(bgr.cols, bgr.rows));
            cv::Mat kept;
            if (scale < 1.0)
                cv::resize(bgr, kept, cv::Size(), scale, scale, cv::INTER_AREA);
            else
                kept = bgr.clone();
            out.emplace(*next, std::move(kept));
            return *next++ < last;
        },
        {}, [&wanted](int index) { return wanted.contains(index); });
    return out;
}

VideoAnalysis analyseVideo(VideoInput& input, Redactor& redactor, Progress* progress) {
    Decoder dec(input);
    VideoAnalysis a;
    VideoTrack& t = a.track;
    t.fps = dec.fps();
    t.duration = dec.duration();
    t.rotation = dec.rotation();
    const auto expected = static_cast<std::uint64_t>(std::max(1.0, t.duration * t.fps));
    const int everySecond = std::max(1, static_cast<int>(std::lround(t.fps)));
    cv::Mat prev;
    cv::Mat prevRows;
    std::vector<int> moved;  // per row of the profile: scrolls it changed in
    int scrolls = 0;
    cv::Mat hann;
    double scale = 1;
    int lastDetection = -1;
    std::array<int, 2> atLastDetection{0, 0};
    std::array<int, 2> atLastRead{0, 0};  // a full reading or a strip
    cv::Mat thumbAtDetection;
    std::array<int, 2> offset{0, 0};
    // Accumulated in floating point: rounding every frame's shift drifts.
    double offsetX = 0;
    double offsetY = 0;
    // A reading runs beside the decoding and tracking of the frames after
    // it (the OCR engines leave a core idle now and then); one at a time:
    // the next waits for it. Frames are new pictures: holding one is safe.
    std::future<void> reading;
    const auto collect = [&reading] {
        if (reading.valid())
            reading.get();
    };
    // Rows [from, to) of frame i (all of them, or a strip that came into
    // view): boxes in the frame's coordinates.
    const auto readRows = [&](const cv::Mat& bgr, int i, int from, int to) {
        collect();
        reading = std::async(std::launch::async, [&a, &redactor, &t, picture = bgr, i, from, to] {
            auto found = redactor.detect(picture.rowRange(from, to), !t.screen);
            for (auto& r : found) {
                r.box.y += from;
                r.frame = i;
            }
            a.regions.insert(a.regions.end(), std::make_move_iterator(found.begin()),
                             std::make_move_iterator(found.end()));
        });
        atLastRead = t.offsets[static_cast<std::size_t>(i)];
    };
    const auto read = [&](const cv::Mat& bgr, int i, const cv::Mat& thumb) {
        thumbAtDetection = thumb;
        readRows(bgr, i, 0, bgr.rows);
        t.detections.push_back(i);
        lastDetection = i;
        atLastDetection = t.offsets[static_cast<std::size_t>(i)];
    };
    // The frame before this one, unless it was read or shows what was.
    cv::Mat held;
    cv::Mat heldThumb;
    const auto readLastOfShot = [&] {
        const int last = static_cast<int>(t.offsets.size()) - 1;
        if (held.empty() || lastDetection >= last)
            return;
        if (t.offsets[static_cast<std::size_t>(last)] == atLastDetection &&
            cv::norm(heldThumb, thumbAtDetection, cv::NORM_L1) / static_cast<double>(heldThumb.total() * 3) < 1.5)
            return;
        read(held, last, heldThumb);
    };
    const bool finished = dec.run([&](cv::Mat& bgr, std::int64_t) {
        const int i = static_cast<int>(t.offsets.size());
        if (i == 0) {
            t.width = bgr.cols;
            t.height = bgr.rows;
            t.screen = looksLikeScreenshot(bgr, 3, 0.6);  // compression noise allowed
            t.shots.push_back(0);
        }
        if (bgr.cols != t.width || bgr.rows != t.height)
            throw Error(Error::Code::InvalidInput, "the video changes its frame size: not supported");
        const cv::Mat rows = smallFrame(bgr, &scale);
        cv::Mat cur = trackingBand(rows, t.screen);
        bool cut = false;
        cv::Point2d shift(0, 0);
        if (!prev.empty()) {
            if (hann.empty() || hann.size() != cur.size())
                cv::createHanningWindow(hann, cur.size(), CV_32F);
            double response = 0;
            shift = cv::phaseCorrelate(prev, cur, hann, &response);
            const double diff = cv::norm(prev, cur, cv::NORM_L1) / static_cast<double>(cur.total());
            if (response < kCutResponse && diff > 6.0) {
                cut = true;
                t.shots.push_back(i);
            } else {
                offsetX -= shift.x / scale;
                offsetY -= shift.y / scale;
                offset = {static_cast<int>(std::lround(offsetX)), static_cast<int>(std::lround(offsetY))};
            }
        }
        if (t.screen) {
            if (!prevRows.empty() && !cut && std::abs(shift.y / scale) >= kBandScroll) {
                cv::Mat diff;
                cv::absdiff(rows, prevRows, diff);
                cv::Mat perRow;
                cv::reduce(diff, perRow, 1, cv::REDUCE_AVG);
                moved.resize(static_cast<std::size_t>(perRow.rows), 0);
                for (int r = 0; r < perRow.rows; ++r)
                    moved[static_cast<std::size_t>(r)] += perRow.at<float>(r) > kRowMoved ? 1 : 0;
                ++scrolls;
            }
            prevRows = rows;
        }
        // Content that came into view after the last reading of a shot is
        // read on the shot's last frame (later readings carry regions back
        // over the shot, but the shot ends here).
        if (cut)
            readLastOfShot();
        prev = cur;
        t.offsets.push_back(offset);
        const int dy = offset[1] - atLastRead[1];
        const bool scrolled = std::abs(dy) >= t.height / 4 || std::abs(offset[0] - atLastRead[0]) >= t.width / 4;
        bool due = lastDetection < 0 || cut || i - lastDetection >= everySecond;
        // A second has passed but the whole picture is as it was when it was
        // last read (a pause on the same screen): its regions already cover it.
        cv::Mat thumb;
        cv::resize(bgr, thumb, cv::Size(96, std::max(1, 96 * bgr.rows / bgr.cols)), 0, 0, cv::INTER_AREA);
        if (due && !cut && !scrolled && lastDetection >= 0 && offset == atLastDetection &&
            cv::norm(thumb, thumbAtDetection, cv::NORM_L1) / static_cast<double>(thumb.total() * 3) < 1.5) {
            due = false;
            lastDetection = i;
        }
        if (due) {
            read(bgr, i, thumb);
        } else if (scrolled) {
            // A quarter of the screen came into view since the last
            // reading, sooner than the next full one: what scrolled in
            // might scroll out before it. A chat that scrolled vertically
            // has it at the bottom (moving up) or the top (moving down):
            // read that strip, with a line more either side.
            const int line = t.height / 20;
            const int reach = std::abs(dy) + line;
            const int from = dy > 0 ? static_cast<int>(t.height * kBandBottom) - reach : 0;
            const int to = dy > 0 ? t.height : static_cast<int>(t.height * kBandTop) + reach;
            if (t.screen && offset[0] == atLastRead[0] && to - from <= t.height / 2)
                readRows(bgr, i, std::max(0, from), std::min(t.height, to));
            else
                read(bgr, i, thumb);
        }
        held = bgr;  // a new picture per frame: holding it copies nothing
        heldThumb = thumb;
        if (progress != nullptr) {
            if (progress->cancelled())
                return false;
            progress->update(std::min<std::uint64_t>(static_cast<std::uint64_t>(i), expected), expected);
        }
        return true;
    });
    collect();
    dec.rethrowInputError();
    if (!finished)
        throw Error(Error::Code::Cancelled, "video analysis cancelled");
    if (t.offsets.empty())
        throw Error(Error::Code::InvalidInput, "the video has no frames");
    readLastOfShot();
    collect();
    if (t.duration <= 0)
        t.duration = static_cast<double>(t.frames()) / t.fps;
    t.band = scrollBand(moved, scrolls, t.height);
    return a;
}

VideoRender renderVideo(VideoInput& input, const VideoTrack& track, std::vector<Region> regions,
                        const std::filesystem::path& out, Redactor& redactor, const VideoOptions& options,
                        Progress* progress) {
    VideoRender result;
    const auto tmp = out.parent_path() / ("." + out.filename().string() + ".partial");
    const int everySecond = std::max(1, static_cast<int>(std::lround(track.fps)));
    // The boxes of frame i, burned into `bgr`.
    const auto burnedFrame = [&track](const cv::Mat& bgr, const std::vector<Region>& all, int i,
                                      std::vector<Box>* painted) {
        // Each box keeps its kind: its label says what it hides.
        std::vector<Region> burnList;
        for (const auto& r : all) {
            const auto b = boxAt(track, r, i);
            if (!b)
                continue;
            burnList.push_back({*b, r.kind, Source::Manual, "", 0, 1.0, false});
            if (painted != nullptr)
                painted->push_back(burnedBox(*b, track.width, track.height, r.kind));
        }
        return burn(bgr, burnList);
    };
    // What frame i still shows with `all` burned in, as regions of frame i.
    const auto leaksOf = [&](const cv::Mat& original, const std::vector<Region>& all, int i) {
        std::vector<Box> painted;
        const cv::Mat burned = burnedFrame(original, all, i, &painted);
        auto leaks = redactor.leaks(burned, !track.screen, painted);
        for (auto& r : leaks)
            r.frame = i;
        return leaks;
    };
    try {
        const auto frames = static_cast<std::uint64_t>(track.frames());
        // The leak check, before the render: a frame every two seconds,
        // between the detections, burned in memory and read. The frames it
        // found something in are read again with what was added, until they
        // are clean or the rounds are used up; the video is then rendered
        // once, with everything.
        std::map<int, cv::Mat> leaking;
        {
            Decoder dec(input);
            Totals totals(progress, 0, 2 * frames);
            const bool finished = dec.run(
                [&](cv::Mat& bgr, std::int64_t) {
                    const int i = dec.frameIndex();
                    auto leaks = leaksOf(bgr, regions, i);
                    if (!leaks.empty()) {
                        leaking.emplace(i, bgr.clone());
                        result.leaksFixed += static_cast<int>(leaks.size());
                        regions.insert(regions.end(), leaks.begin(), leaks.end());
                    }
                    if (progress != nullptr) {
                        if (progress->cancelled())
                            return false;
                        totals.update(static_cast<std::uint64_t>(i), 0);
                    }
                    return true;
                },
                {}, [&](int i) { return i < track.frames() && i % (2 * everySecond) == everySecond / 2; });
            dec.rethrowInputError();
            if (!finished)
                throw Error(Error::Code::Cancelled, "video redaction cancelled");
        }
        for (int recheck = 1; recheck <= options.maxLeakRounds && !leaking.empty(); ++recheck) {
            ++result.leakRounds;
            std::vector<Region> added;
            for (auto it = leaking.begin(); it != leaking.end();) {
                auto leaks = leaksOf(it->second, regions, it->first);
                if (leaks.empty()) {
                    it = leaking.erase(it);
                } else {
                    added.insert(added.end(), leaks.begin(), leaks.end());
                    ++it;
                }
            }
            result.leaksFixed += static_cast<int>(added.size());
            regions.insert(regions.end(), added.begin(), added.end());
        }
        // A last reading of what still leaked after the last additions.
        for (auto it = leaking.begin(); it != leaking.end();)
            it = leaksOf(it->second, regions, it->first).empty() ? leaking.erase(it) : std::next(it);
        result.needsReview = !leaking.empty();
        leaking.clear();

        // The render: every frame burned and encoded.
        Decoder dec(input);
        const AVRational tb = dec.stream()->time_base;
        std::int64_t start = AV_NOPTS_VALUE;
        if (dec.format()->start_time != AV_NOPTS_VALUE)
            start = av_rescale_q(dec.format()->start_time, kAvTimeBase, tb);
        Encoder enc(tmp, track.width, track.height, tb, track.fps, options.keepAudio ? dec.audio() : nullptr);
        const std::int64_t audioStart =
            dec.audio() != nullptr && dec.format()->start_time != AV_NOPTS_VALUE
                ? av_rescale_q(dec.format()->start_time, kAvTimeBase, dec.audio()->time_base)
                : 0;
        std::int64_t lastPts = AV_NOPTS_VALUE;
        int i = 0;
        Totals totals(progress, frames, 2 * frames);
        const bool finished = dec.run(
            [&](cv::Mat& bgr, std::int64_t pts) {
                if (i >= track.frames())
                    return true;  // frames the analysis did not see (never expected): dropped
                const cv::Mat burned = burnedFrame(bgr, regions, i, nullptr);
                if (pts == AV_NOPTS_VALUE)
                    pts = lastPts == AV_NOPTS_VALUE ? 0 : lastPts + 1;
                else if (start != AV_NOPTS_VALUE)
                    pts -= start;
                if (lastPts != AV_NOPTS_VALUE && pts <= lastPts)
                    pts = lastPts + 1;
                lastPts = pts;
                cv::Mat even = burned;
                if ((even.cols & 1) || (even.rows & 1))
                    even = burned(cv::Rect(0, 0, burned.cols & ~1, burned.rows & ~1)).clone();
                enc.add(even, pts);
                ++i;
                if (progress != nullptr) {
                    if (progress->cancelled())
                        return false;
                    totals.update(static_cast<std::uint64_t>(i), 0);
                }
                return true;
            },
            [&](AVPacket* p) { enc.addAudio(p, audioStart); });
        dec.rethrowInputError();
        if (!finished)
            throw Error(Error::Code::Cancelled, "video redaction cancelled");
        enc.finish();
        result.frames = i;
        result.duration = static_cast<double>(i) / track.fps;
        ++result.leakRounds;
        result.regions = std::move(regions);
        {
            const files::UniqueFd fd = files::openRead(tmp);
            files::fsyncFd(fd.get(), tmp);
        }
        files::fsyncDir(tmp.parent_path());
        std::filesystem::rename(tmp, out);
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove(tmp, ec);
        throw;
    }
    return result;
}

}  // namespace custodia::vault::redaction
