// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/capture/Encoder.h"

#include "vault/Error.h"
#include "vault/capture/AvError.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cmath>
#include <exception>
#include <span>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

namespace custodia::vault::capture {

namespace {

constexpr int kIoBuffer = 64 * 1024;
// Rows of slack after a picture that swscale reads or writes: its vector
// code runs a little past the end of the last line.
constexpr int kSwsSlackRows = 2;
// Frame times in microseconds: the recording's clock.
constexpr AVRational kMicros{1, 1000000};

}  // namespace

struct VideoEncoder::State {
    crypto::ByteSink& sink;
    int width;
    int height;
    std::exception_ptr sinkError;
    std::uint64_t written = 0;
    AVFormatContext* out = nullptr;
    AVIOContext* io = nullptr;
    AVCodecContext* enc = nullptr;
    AVStream* stream = nullptr;
    AVFrame* frame = nullptr;
    AVPacket* packet = nullptr;
    SwsContext* sws = nullptr;
    std::int64_t frames = 0;
    std::int64_t firstMicros = -1;
    std::int64_t lastMicros = -1;
    std::int64_t frameMicros = 0;
    bool finished = false;
    std::vector<std::uint8_t> padded;  // the frame with swscale's slack rows
    // The sound track, when there is one.
    AVCodecContext* aenc = nullptr;
    AVStream* astream = nullptr;
    SwrContext* swr = nullptr;
    AVAudioFifo* fifo = nullptr;
    AVFrame* aframe = nullptr;
    int channels = 0;
    std::int64_t audioPts = 0;  // samples sent to the encoder

    explicit State(crypto::ByteSink& s) : sink(s) {}
    ~State() {
        av_frame_free(&aframe);
        if (fifo != nullptr)
            av_audio_fifo_free(fifo);
        swr_free(&swr);
        avcodec_free_context(&aenc);
        sws_freeContext(sws);
        av_packet_free(&packet);
        av_frame_free(&frame);
        avcodec_free_context(&enc);
        if (out != nullptr)
            avformat_free_context(out);
        if (io != nullptr) {
            av_freep(&io->buffer);
            avio_context_free(&io);
        }
    }

    // The muxer's output: straight into the sink (encryptor and hash). An
    // exception cannot cross FFmpeg's C frames: kept, and thrown after.
    static int writePacket(void* opaque, uint8_t* buf, int size) {
        auto* self = static_cast<State*>(opaque);
        try {
            self->sink.write(std::span<const std::uint8_t>(buf, static_cast<std::size_t>(size)));
            self->written += static_cast<std::uint64_t>(size);
            return size;
        } catch (...) {
            self->sinkError = std::current_exception();
            return AVERROR(EIO);
        }
    }

    void check(int rc, const char* what) {
        if (sinkError)
            std::rethrow_exception(sinkError);
        if (rc < 0)
            throw Error(Error::Code::Io, std::string(what) + ": " + avText(rc));
    }

    void send(AVFrame* f) {
        check(avcodec_send_frame(enc, f), "the H.264 encoder refused a frame");
        for (;;) {
            const int rc = avcodec_receive_packet(enc, packet);
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return;
            check(rc, "the H.264 encoder failed");
            if (packet->duration <= 0)
                packet->duration = frameMicros;
            av_packet_rescale_ts(packet, kMicros, stream->time_base);
            packet->stream_index = stream->index;
            check(av_interleaved_write_frame(out, packet), "cannot write the video");
        }
    }

    // One frame of sound (or nullptr: flush) through the AAC encoder.
    void sendAudio(AVFrame* f) {
        check(avcodec_send_frame(aenc, f), "the AAC encoder refused the sound");
        for (;;) {
            const int rc = avcodec_receive_packet(aenc, packet);
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return;
            check(rc, "the AAC encoder failed");
            av_packet_rescale_ts(packet, aenc->time_base, astream->time_base);
            packet->stream_index = astream->index;
            check(av_interleaved_write_frame(out, packet), "cannot write the sound");
        }
    }

    // Whole encoder frames from the FIFO (all that is there with `flush`).
    void drainAudio(bool flush) {
        const int size = aenc->frame_size;
        while (av_audio_fifo_size(fifo) >= size || (flush && av_audio_fifo_size(fifo) > 0)) {
            const int n = std::min(size, av_audio_fifo_size(fifo));
            av_frame_unref(aframe);
            aframe->nb_samples = n;
            aframe->format = aenc->sample_fmt;
            aframe->sample_rate = aenc->sample_rate;
            check(av_channel_layout_copy(&aframe->ch_layout, &aenc->ch_layout), "cannot describe the sound");
            check(av_frame_get_buffer(aframe, 0), "cannot allocate a sound frame");
            if (av_audio_fifo_read(fifo, reinterpret_cast<void**>(aframe->data), n) != n)
                throw Error(Error::Code::Io, "cannot read the sound buffer");
            aframe->pts = audioPts;
            audioPts += n;
            sendAudio(aframe);
        }
    }
};

VideoEncoder::VideoEncoder(crypto::ByteSink& sink, int width, int height, double fps, const VideoSettings& settings,
                           std::optional<AudioFormat> audio)
    : s_(std::make_unique<State>(sink)) {
    if (width < 16 || height < 16 || (width % 2) != 0 || (height % 2) != 0 || fps <= 0 || fps > 240)
        throw Error(Error::Code::InvalidInput,
                    "cannot record " + std::to_string(width) + "x" + std::to_string(height) + " pixels at " +
                        std::to_string(fps) + " frames a second",
                    "width and height must be even and at least 16, the rate between 1 and 240");
    State& s = *s_;
    // FFmpeg's own log goes to stderr, where a teacher sees x264's banner;
    // its errors come back as return codes, turned into Errors here.
    av_log_set_level(AV_LOG_FATAL);
    s.width = width;
    s.height = height;
    s.frameMicros = static_cast<std::int64_t>(std::llround(1e6 / fps));
    const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
    if (codec == nullptr)
        throw Error(Error::Code::Io, "no H.264 encoder in this FFmpeg (Debian's libavcodec has libx264)");
    if (avformat_alloc_output_context2(&s.out, nullptr, "mp4", nullptr) < 0 || s.out == nullptr)
        throw Error(Error::Code::Io, "cannot prepare the MP4 writer");
    auto* buffer = static_cast<unsigned char*>(av_malloc(kIoBuffer));
    if (buffer == nullptr)
        throw std::bad_alloc();
    s.io = avio_alloc_context(buffer, kIoBuffer, 1, &s, nullptr, &State::writePacket, nullptr);
    if (s.io == nullptr) {
        av_free(buffer);
        throw std::bad_alloc();
    }
    s.io->seekable = 0;  // an age stream cannot seek back
    s.out->pb = s.io;
    s.out->flags |= AVFMT_FLAG_CUSTOM_IO | AVFMT_FLAG_BITEXACT;
    // Each fragment goes to the sink when the muxer has written it, not
    // when the I/O buffer fills: what a crash can lose is the fragment
    // being made (formats.md "Interrupted recordings").
    s.out->flush_packets = 1;
    s.stream = avformat_new_stream(s.out, nullptr);
    s.enc = avcodec_alloc_context3(codec);
    s.frame = av_frame_alloc();
    s.packet = av_packet_alloc();
    if (s.stream == nullptr || s.enc == nullptr || s.frame == nullptr || s.packet == nullptr)
        throw std::bad_alloc();
    s.enc->width = width;
    s.enc->height = height;
    s.enc->pix_fmt = AV_PIX_FMT_YUV420P;
    s.enc->time_base = kMicros;
    s.enc->framerate = av_d2q(fps, 1000);
    s.enc->gop_size = std::max(1, static_cast<int>(std::lround(fps * settings.keyframeSeconds)));
    s.enc->thread_count = 2;
    if (s.out->oformat->flags & AVFMT_GLOBALHEADER)
        s.enc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    av_opt_set(s.enc->priv_data, "preset", settings.preset.c_str(), 0);
    av_opt_set(s.enc->priv_data, "crf", std::to_string(settings.crf).c_str(), 0);
    // A fragment must start with a key frame: no scene-cut key frames that
    // x264 would place freely are a problem, but open GOPs are.
    av_opt_set(s.enc->priv_data, "x264-params", "open-gop=0", 0);
    s.check(avcodec_open2(s.enc, codec, nullptr), "cannot open the H.264 encoder");
    s.check(avcodec_parameters_from_context(s.stream->codecpar, s.enc), "cannot describe the video stream");
    s.stream->time_base = {1, 90000};
    if (audio) {
        openAudio(*audio);
        // A microphone that stalls must not hold the pictures back in the
        // interleaver for long (a crash loses what is held).
        s.out->max_interleave_delta = 1000000;
    }
    AVDictionary* opts = nullptr;
    av_dict_set(&opts, "movflags", "frag_keyframe+empty_moov+default_base_moof", 0);
    const int rc = avformat_write_header(s.out, &opts);
    av_dict_free(&opts);
    s.check(rc, "cannot write the MP4 header");
    s.frame->format = AV_PIX_FMT_YUV420P;
    s.frame->width = width;
    s.frame->height = height;
    s.check(av_frame_get_buffer(s.frame, 0), "cannot allocate a video frame");
    s.sws = sws_getContext(width, height, AV_PIX_FMT_BGR24, width, height, AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr,
                           nullptr, nullptr);
    if (s.sws == nullptr)
        throw Error(Error::Code::Io, "cannot prepare the colour conversion");
}

VideoEncoder::~VideoEncoder() = default;

void VideoEncoder::openAudio(const AudioFormat& a) {
    State& s = *s_;
    if (a.rate < 8000 || a.channels < 1 || a.channels > 2)
        throw Error(Error::Code::InvalidInput, "cannot record sound at " + std::to_string(a.rate) + " Hz with " +
                                                   std::to_string(a.channels) + " channels");
    const AVCodec* codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
    if (codec == nullptr)
        throw Error(Error::Code::Io, "no AAC encoder in this FFmpeg");
    s.astream = avformat_new_stream(s.out, nullptr);
    s.aenc = avcodec_alloc_context3(codec);
    s.aframe = av_frame_alloc();
    if (s.astream == nullptr || s.aenc == nullptr || s.aframe == nullptr)
        throw std::bad_alloc();
    s.channels = a.channels;
    s.aenc->sample_fmt = AV_SAMPLE_FMT_FLTP;
    s.aenc->sample_rate = a.rate;
    s.aenc->bit_rate = a.bitrate;
    s.aenc->time_base = {1, a.rate};
    av_channel_layout_default(&s.aenc->ch_layout, a.channels);
    if (s.out->oformat->flags & AVFMT_GLOBALHEADER)
        s.aenc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    s.check(avcodec_open2(s.aenc, codec, nullptr), "cannot open the AAC encoder");
    s.check(avcodec_parameters_from_context(s.astream->codecpar, s.aenc), "cannot describe the sound stream");
    s.astream->time_base = {1, a.rate};
    s.check(swr_alloc_set_opts2(&s.swr, &s.aenc->ch_layout, AV_SAMPLE_FMT_FLTP, a.rate, &s.aenc->ch_layout,
                                AV_SAMPLE_FMT_S16, a.rate, 0, nullptr),
            "cannot prepare the sound conversion");
    s.check(swr_init(s.swr), "cannot prepare the sound conversion");
    s.fifo = av_audio_fifo_alloc(AV_SAMPLE_FMT_FLTP, a.channels, s.aenc->frame_size * 4);
    if (s.fifo == nullptr)
        throw std::bad_alloc();
}

void VideoEncoder::addAudio(const AudioChunk& chunk) {
    State& s = *s_;
    if (s.aenc == nullptr)
        throw Error(Error::Code::InvalidInput, "this recording has no sound track");
    if (s.finished)
        throw Error(Error::Code::InvalidInput, "the recording is already finished");
    const int n = static_cast<int>(chunk.samples.size()) / s.channels;
    if (n <= 0)
        return;
    // Converted (16-bit interleaved to float planes), then into the FIFO.
    std::vector<float> planes(static_cast<std::size_t>(n) * static_cast<std::size_t>(s.channels));
    std::uint8_t* outData[2] = {reinterpret_cast<std::uint8_t*>(planes.data()),
                                reinterpret_cast<std::uint8_t*>(planes.data() + n)};
    const auto* inData = reinterpret_cast<const std::uint8_t*>(chunk.samples.data());
    const int converted = swr_convert(s.swr, outData, n, &inData, n);
    s.check(converted, "cannot convert the sound");
    if (av_audio_fifo_write(s.fifo, reinterpret_cast<void**>(outData), converted) != converted)
        throw Error(Error::Code::Io, "cannot buffer the sound");
    s.drainAudio(false);
}

void VideoEncoder::add(const Frame& f) {
    State& s = *s_;
    if (s.finished)
        throw Error(Error::Code::InvalidInput, "the recording is already finished");
    if (f.width != s.width || f.height != s.height ||
        f.bgr.size() != static_cast<std::size_t>(f.width) * static_cast<std::size_t>(f.height) * 3)
        throw Error(Error::Code::InvalidInput, "a frame of " + std::to_string(f.width) + "x" +
                                                   std::to_string(f.height) + " pixels in a recording of " +
                                                   std::to_string(s.width) + "x" + std::to_string(s.height));
    if (s.firstMicros < 0)
        s.firstMicros = f.micros;
    const std::int64_t pts = f.micros - s.firstMicros;
    if (s.lastMicros >= 0 && pts <= s.lastMicros)
        throw Error(Error::Code::InvalidInput, "a frame not later than the one before");
    s.check(av_frame_make_writable(s.frame), "cannot write a video frame");
    s.padded.resize(f.bgr.size() + static_cast<std::size_t>(kSwsSlackRows) * static_cast<std::size_t>(f.width) * 3);
    std::copy(f.bgr.begin(), f.bgr.end(), s.padded.begin());
    const uint8_t* src[4] = {s.padded.data(), nullptr, nullptr, nullptr};
    const int stride[4] = {f.width * 3, 0, 0, 0};
    sws_scale(s.sws, src, stride, 0, f.height, s.frame->data, s.frame->linesize);
    s.frame->pts = pts;
    s.send(s.frame);
    s.lastMicros = pts;
    ++s.frames;
}

VideoStats VideoEncoder::finish() {
    State& s = *s_;
    if (!s.finished) {
        s.finished = true;
        s.send(nullptr);
        if (s.aenc != nullptr) {
            s.drainAudio(true);
            s.sendAudio(nullptr);
        }
        s.check(av_write_trailer(s.out), "cannot finish the video");
        avio_flush(s.io);
        s.check(s.io->error, "cannot finish the video");
    }
    return stats();
}

VideoStats VideoEncoder::stats() const {
    const State& s = *s_;
    VideoStats st;
    st.frames = s.frames;
    st.seconds = s.frames > 0 ? static_cast<double>(s.lastMicros + s.frameMicros) / 1e6 : 0.0;
    st.bytes = s.written;
    if (s.aenc != nullptr)
        st.audioSeconds = static_cast<double>(s.audioPts) / s.aenc->sample_rate;
    return st;
}

std::vector<std::uint8_t> encodeStill(const Frame& frame, const std::string& format) {
    if (frame.width <= 0 || frame.height <= 0 ||
        frame.bgr.size() != static_cast<std::size_t>(frame.width) * static_cast<std::size_t>(frame.height) * 3)
        throw Error(Error::Code::InvalidInput, "an empty or malformed frame");
    const cv::Mat bgr(frame.height, frame.width, CV_8UC3, const_cast<std::uint8_t*>(frame.bgr.data()));
    std::vector<std::uint8_t> out;
    bool ok = false;
    if (format == "png")
        ok = cv::imencode(".png", bgr, out, {cv::IMWRITE_PNG_COMPRESSION, 3});
    else if (format == "jpg")
        ok = cv::imencode(".jpg", bgr, out, {cv::IMWRITE_JPEG_QUALITY, 92});
    else
        throw Error(Error::Code::InvalidInput, "a still is png or jpg, not '" + format + "'");
    if (!ok)
        throw Error(Error::Code::Io, "cannot encode the picture as " + format);
    return out;
}

}  // namespace custodia::vault::capture
