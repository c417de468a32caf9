// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/redaction/Ocr.h"

#include "vault/Error.h"

#include <dlfcn.h>

#include <future>

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>
#include <opencv2/imgproc.hpp>

namespace custodia::vault::redaction {

namespace {

// Tesseract's LSTM opens OpenMP teams of four threads, which on two cores
// only spin against each other and the pool's engines (measured: 3 million
// context switches for four screenshots). Its library reads OMP_THREAD_LIMIT
// before main(), so instead make every parallel region inactive: with no
// active level allowed, each runs on the calling thread. Looked up at run
// time, because libgomp comes with libtesseract, not with Custodia. The
// setting belongs to the calling thread (OpenMP 5 data environment): call it
// on the thread that recognises.
void serialiseOpenMp() {
    using SetLevels = void (*)(int);
    static auto* const set = reinterpret_cast<SetLevels>(::dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
    if (set != nullptr)
        set(0);
}

// Longest side Tesseract is given after upscaling: more costs time and finds
// nothing new on phone screens.
constexpr int kMaxPreparedSide = 3000;

}  // namespace

struct OcrEngine::Impl {
    tesseract::TessBaseAPI api;
};

OcrEngine::OcrEngine() : impl_(std::make_unique<Impl>()) {
    // Italian alone: the LSTM reads Latin letters, digits and symbols
    // whatever the language; adding English ("ita+eng") runs a second model
    // over uncertain words and cost a quarter more time (measured on the
    // evaluation set, stop 16) while the patterns take the one thing it read
    // better ("2^G" read "2/G" is a class too).
    if (impl_->api.Init(nullptr, "ita", tesseract::OEM_LSTM_ONLY) != 0) {
        throw Error(Error::Code::Io,
                    "cannot start the OCR: the Tesseract language data 'ita' is missing "
                    "(Debian package tesseract-ocr-ita)");
    }
    // Sparse text: a chat screen is bubbles, headers and labels, not a page.
    impl_->api.SetPageSegMode(tesseract::PSM_SPARSE_TEXT);
    impl_->api.SetVariable("debug_file", "/dev/null");
    impl_->api.SetVariable("user_defined_dpi", "300");
}

OcrEngine::~OcrEngine() {
    impl_->api.End();
}

cv::Mat prepare(const cv::Mat& gray, Preparation prep, double* scale) {
    *scale = 1.0;
    cv::Mat out;
    switch (prep) {
        case Preparation::Gray:
            return gray;
        case Preparation::Inverted:
            cv::bitwise_not(gray, out);
            return out;
        case Preparation::Photo: {
            // Local contrast: the uneven light of a photographed screen.
            const auto clahe = cv::createCLAHE(2.0, cv::Size(8, 8));
            clahe->apply(gray, out);
            return out;
        }
        case Preparation::PhotoInverted: {
            // Inverted and 1.5x: the small, light-on-dark text of a photo.
            const double s = std::min(1.5, static_cast<double>(kMaxPreparedSide) / std::max(gray.cols, gray.rows));
            cv::bitwise_not(gray, out);
            if (s > 1.05) {
                cv::resize(out, out, cv::Size(), s, s, cv::INTER_CUBIC);
                *scale = s;
            }
            return out;
        }
    }
    return gray;
}

std::vector<Word> OcrEngine::read(const cv::Mat& gray, Preparation prep) {
    CV_Assert(gray.type() == CV_8UC1);
    // One thread per engine: the pool runs engines side by side, which beats
    // Tesseract's own OpenMP threads on two cores.
    serialiseOpenMp();
    double scale = 1.0;
    const cv::Mat img = prepare(gray, prep, &scale);
    auto& api = impl_->api;
    // The inverted pass reads light text on dark or colour: a global
    // threshold (Otsu, Tesseract's default) puts a coloured bubble on the
    // text's side of a dark-mode page and the bubble's words are lost;
    // Sauvola's local threshold keeps them. Its window, 0.12 inch at the
    // 300 dpi we declare (36 px), is about a line of chat text: the default
    // (0.33 inch) read fewer of those words on the measured screenshots.
    api.SetVariable("thresholding_method", prep == Preparation::Inverted ? "2" : "0");
    api.SetVariable("thresholding_window_size", "0.12");
    api.SetImage(img.data, img.cols, img.rows, 1, static_cast<int>(img.step));
    std::vector<Word> words;
    if (api.Recognize(nullptr) != 0) {
        api.Clear();
        return words;
    }
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    int line = -1;
    if (it) {
        do {
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE))
                ++line;
            std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
            if (!text || text[0] == '\0')
                continue;
            int l = 0;
            int t = 0;
            int r = 0;
            int b = 0;
            if (!it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b))
                continue;
            Word w;
            w.text = text.get();
            w.box = {static_cast<int>(l / scale), static_cast<int>(t / scale), static_cast<int>((r - l) / scale + 1.0),
                     static_cast<int>((b - t) / scale + 1.0)};
            w.confidence = it->Confidence(tesseract::RIL_WORD);
            w.line = std::max(line, 0);
            words.push_back(std::move(w));
        } while (it->Next(tesseract::RIL_WORD));
    }
    api.Clear();
    return words;
}

OcrPool::OcrPool(int engines) {
    for (int i = 0; i < std::max(1, engines); ++i)
        idle_.push_back(std::make_unique<OcrEngine>());
}

OcrPool::~OcrPool() = default;

std::unique_ptr<OcrEngine> OcrPool::take() {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [this] { return !idle_.empty(); });
    auto engine = std::move(idle_.back());
    idle_.pop_back();
    return engine;
}

void OcrPool::give(std::unique_ptr<OcrEngine> engine) {
    {
        std::lock_guard lock(mutex_);
        idle_.push_back(std::move(engine));
    }
    available_.notify_one();
}

std::vector<std::vector<Word>> OcrPool::read(const cv::Mat& gray, const std::vector<Preparation>& preps) {
    std::vector<std::future<std::vector<Word>>> jobs;
    jobs.reserve(preps.size());
    for (const Preparation prep : preps) {
        jobs.push_back(std::async(std::launch::async, [this, &gray, prep] {
            auto engine = take();
            try {
                auto words = engine->read(gray, prep);
                give(std::move(engine));
                return words;
            } catch (...) {
                give(std::move(engine));
                throw;
            }
        }));
    }
    std::vector<std::vector<Word>> out;
    out.reserve(jobs.size());
    for (auto& job : jobs)
        out.push_back(job.get());
    return out;
}

}  // namespace custodia::vault::redaction
