// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/capture/AudioSource.h"

#include "vault/Error.h"
#include "vault/capture/AvError.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <thread>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavdevice/avdevice.h>
#include <libavformat/avformat.h>
}

namespace custodia::vault::capture {

namespace {

constexpr int kChunkMillis = 20;
constexpr std::size_t kMaxPushed = 100;  // 2 s of 20 ms chunks

}  // namespace

SyntheticAudio::SyntheticAudio(int rate, int channels, double seconds, bool paced)
    : rate_(rate), channels_(channels), total_(static_cast<std::int64_t>(seconds * rate)), paced_(paced) {
    if (rate < 8000 || channels < 1 || channels > 2 || seconds < 0)
        throw std::invalid_argument("a synthetic tone needs a rate, one or two channels and a length");
}

std::optional<AudioChunk> SyntheticAudio::next() {
    if (closed_ || made_ >= total_)
        return std::nullopt;
    if (made_ == 0)
        start_ = std::chrono::steady_clock::now();
    const std::int64_t n = std::min<std::int64_t>(rate_ * kChunkMillis / 1000, total_ - made_);
    AudioChunk c;
    c.micros = made_ * 1000000 / rate_;
    if (paced_)
        std::this_thread::sleep_until(start_ + std::chrono::microseconds(c.micros));
    c.samples.resize(static_cast<std::size_t>(n * channels_));
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t t = made_ + i;
        const bool beep = (t % rate_) < rate_ / 10;  // the first 100 ms of each second
        const double hz = beep ? 1000.0 : 440.0;
        const auto v = static_cast<std::int16_t>(
            std::lround(8000.0 * std::sin(2.0 * std::numbers::pi * hz * static_cast<double>(t) / rate_)));
        for (int ch = 0; ch < channels_; ++ch)
            c.samples[static_cast<std::size_t>(i * channels_ + ch)] = v;
    }
    made_ += n;
    return c;
}

PushAudioSource::PushAudioSource(std::string device, int rate, int channels)
    : device_(std::move(device)), rate_(rate), channels_(channels) {}

void PushAudioSource::push(AudioChunk chunk) {
    {
        const std::lock_guard lock(mutex_);
        if (closed_)
            return;
        if (chunks_.size() >= kMaxPushed) {
            chunks_.pop_front();
            ++dropped_;
        }
        chunks_.push_back(std::move(chunk));
    }
    ready_.notify_one();
}

std::optional<AudioChunk> PushAudioSource::next() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return !chunks_.empty() || closed_; });
    if (chunks_.empty())
        return std::nullopt;
    AudioChunk c = std::move(chunks_.front());
    chunks_.pop_front();
    return c;
}

void PushAudioSource::close() {
    {
        const std::lock_guard lock(mutex_);
        closed_ = true;
    }
    ready_.notify_all();
}

std::int64_t PushAudioSource::dropped() const {
    const std::lock_guard lock(mutex_);
    return dropped_;
}

namespace {

// PCM from libavdevice: the packets are the samples (s16le), no decoding.
class DeviceAudio final : public AudioSource {
public:
    DeviceAudio(AVFormatContext* fmt, int stream, std::string name, int rate, int channels)
        : fmt_(fmt),
          stream_(stream),
          name_(std::move(name)),
          rate_(rate),
          channels_(channels),
          packet_(av_packet_alloc()) {
        if (packet_ == nullptr)
            throw std::bad_alloc();
    }
    ~DeviceAudio() override {
        av_packet_free(&packet_);
        avformat_close_input(&fmt_);
    }
    DeviceAudio(const DeviceAudio&) = delete;
    DeviceAudio& operator=(const DeviceAudio&) = delete;

    std::optional<AudioChunk> next() override {
        for (;;) {
            if (closed_)
                return std::nullopt;
            const int rc = av_read_frame(fmt_, packet_);
            if (rc < 0) {
                if (rc == AVERROR_EOF || closed_)
                    return std::nullopt;
                throw Error(Error::Code::Io, "cannot read from " + name_ + ": " + avText(rc),
                            "check that the microphone is still connected");
            }
            if (packet_->stream_index != stream_) {
                av_packet_unref(packet_);
                continue;
            }
            AudioChunk c;
            const std::size_t n = static_cast<std::size_t>(packet_->size) / sizeof(std::int16_t);
            c.samples.resize(n - n % static_cast<std::size_t>(channels_));
            std::copy_n(packet_->data, c.samples.size() * sizeof(std::int16_t),
                        reinterpret_cast<std::uint8_t*>(c.samples.data()));
            c.micros = samples_ * 1000000 / rate_;
            samples_ += static_cast<std::int64_t>(c.samples.size()) / channels_;
            av_packet_unref(packet_);
            return c;
        }
    }
    std::string device() const override { return name_; }
    int rate() const override { return rate_; }
    int channels() const override { return channels_; }
    // av_read_frame returns within one period (tens of ms); the flag is
    // read after it.
    void close() override { closed_ = true; }

private:
    AVFormatContext* fmt_;
    int stream_;
    std::string name_;
    int rate_;
    int channels_;
    AVPacket* packet_;
    std::int64_t samples_ = 0;
    std::atomic<bool> closed_{false};
};

}  // namespace

std::unique_ptr<AudioSource> openMicrophone(const std::string& device) {
    registerAvDevices();
    constexpr int kRate = 48000;
    constexpr int kChannels = 1;
    std::string tried;
    for (const char* format : {"pulse", "alsa"}) {
        const AVInputFormat* input = av_find_input_format(format);
        if (input == nullptr)
            continue;
        AVDictionary* opts = nullptr;
        av_dict_set_int(&opts, "sample_rate", kRate, 0);
        av_dict_set_int(&opts, "channels", kChannels, 0);
        av_dict_set(&opts, "fragment_size", "1920", 0);  // 20 ms of 48 kHz mono s16
        AVFormatContext* fmt = nullptr;
        const std::string url = device.empty() ? "default" : device;
        const int rc = avformat_open_input(&fmt, url.c_str(), input, &opts);
        av_dict_free(&opts);
        if (rc < 0) {
            tried += std::string(tried.empty() ? "" : "; ") + format + ": " + avText(rc);
            continue;
        }
        if (avformat_find_stream_info(fmt, nullptr) < 0 || fmt->nb_streams < 1 ||
            fmt->streams[0]->codecpar->codec_id != AV_CODEC_ID_PCM_S16LE) {
            avformat_close_input(&fmt);
            tried += std::string(tried.empty() ? "" : "; ") + format + ": not 16-bit sound";
            continue;
        }
        const AVCodecParameters* par = fmt->streams[0]->codecpar;
        return std::make_unique<DeviceAudio>(fmt, 0, std::string("microphone ") + format + ":" + url, par->sample_rate,
                                             par->ch_layout.nb_channels);
    }
    throw Error(Error::Code::NotFound, "there is no microphone Custodia can record from (" + tried + ")",
                "connect a microphone, or record without --audio");
}

}  // namespace custodia::vault::capture
