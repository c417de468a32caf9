// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark helper for tests/bench/run.sh:
//   custodia_bench items DIR N    create a vault with N ingested items (one case)
//   custodia_bench log DIR N      create a vault whose custody log has N entries
//   custodia_bench open-list DIR  time unlock (KDF apart) and listing the items
//   custodia_bench due-items DIR N  N items acquired 7 months ago: all due (R11)
//   custodia_bench record DIR SECONDS WIDTH HEIGHT FPS PRESET
//                                 a live (paced) synthetic recording into a new vault;
//                                 prints frames, dropped frames, seconds, MP4 bytes (issue 8)
//   custodia_bench photo DIR N    N synthetic 1280x720 JPEG photos, each timed from the
//                                 shutter (asking the source) to the committed item
// The vaults use user "bench" with passphrase "bench passphrase" and a low
// scrypt work factor, so the KDF does not hide what is measured.
#include "crypto/Age.h"
#include "crypto/Random.h"
#include "vault/Cases.h"
#include "vault/Ingest.h"
#include "vault/Items.h"
#include "vault/Vault.h"
#include "vault/capture/Capture.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

using namespace custodia;
using Clock = std::chrono::steady_clock;

namespace {

constexpr const char* kPass = "bench passphrase";
vault::SystemClock systemClock;

double since(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

vault::Vault createVault(const std::string& dir, const vault::Clock& clock = systemClock) {
    auto created = vault::Vault::create(
        {dir, "Bench school", "bench", "Bench", vault::Role::Referente, crypto::SecureBuffer::copyOf(kPass), 10},
        clock);
    return std::move(created.vault);
}

int items(const std::string& dir, int n, const vault::Clock& clock = systemClock) {
    auto v = createVault(dir, clock);
    const auto c = vault::cases::create(v, {"Bench case", std::nullopt, std::nullopt, false, std::nullopt});
    const std::string src = dir + "/../bench-item.bin";
    {
        std::ofstream out(src, std::ios::binary);
        std::string data(2048, 'x');
        out << data;
    }
    vault::Acquisition a;
    a.consent = "yes";
    a.platform = "WhatsApp";
    const auto t = Clock::now();
    for (int i = 0; i < n; ++i) {
        (void)vault::ingestFile(v, c.id, src, a, vault::R6Answer::NotSexualContentOfMinors, {});
    }
    std::printf("ingested %d items in %.1f s\n", n, since(t) / 1000);
    std::remove(src.c_str());
    return 0;
}

int log(const std::string& dir, int n) {
    auto v = createVault(dir);
    const auto t = Clock::now();
    for (int done = 0; done < n;) {
        vault::Transaction tx(v.db());
        for (int k = 0; k < 1000 && done < n; ++k, ++done) {
            (void)v.record({"bench.entry", 1, std::nullopt, {{"n", done}}});
        }
        tx.commit();
    }
    std::printf("appended %d entries in %.1f s\n", n, since(t) / 1000);
    return 0;
}

int openList(const std::string& dir) {
    const auto t0 = Clock::now();
    auto v = vault::Vault::unlock(dir, "bench", crypto::SecureBuffer::copyOf(kPass), vault::Vault::Secret::Passphrase,
                                  systemClock);
    const double unlockMs = since(t0);
    const auto t1 = Clock::now();
    const auto its = vault::items::listForUser(v, std::nullopt);
    const double listMs = since(t1);
    // The KDF alone: scrypt at the keyslot's work factor, measured apart.
    const auto t2 = Clock::now();
    (void)crypto::age::decryptSecret(
        std::vector<std::uint8_t>(
            std::istreambuf_iterator<char>(std::ifstream(dir + "/keys/bench.age", std::ios::binary).rdbuf()),
            std::istreambuf_iterator<char>()),
        crypto::age::ScryptIdentity(crypto::SecureBuffer::copyOf(kPass)), 32);
    const double kdfMs = since(t2);
    std::printf("items=%zu unlock_ms=%.1f kdf_ms=%.1f unlock_without_kdf_ms=%.1f list_ms=%.1f open_and_list_ms=%.1f\n",
                its.size(), unlockMs, kdfMs, unlockMs - kdfMs, listMs, unlockMs - kdfMs + listMs);
    return 0;
}

}  // namespace

vault::Acquisition captured(const char* method) {
    vault::Acquisition a;
    a.method = method;
    a.consent = "yes";
    return a;
}

int record(const std::string& dir, double seconds, int width, int height, double fps, const std::string& preset) {
    auto v = createVault(dir);
    const auto caseId = vault::cases::create(v, {"Bench", std::nullopt, std::nullopt, false, std::nullopt}).id;
    vault::capture::SyntheticSource source(width, height, fps, static_cast<int>(seconds * fps), true);
    vault::capture::RecordOptions options;
    options.video.preset = preset;
    const auto t = Clock::now();
    const auto r = vault::capture::recordVideo(v, caseId, source, captured("camera-video"),
                                               vault::R6Answer::NotSexualContentOfMinors, options);
    std::printf("{\"frames\": %lld, \"dropped\": %lld, \"seconds\": %.3f, \"bytes\": %lld, \"wall\": %.3f}\n",
                static_cast<long long>(r.frames), static_cast<long long>(r.dropped), r.seconds,
                static_cast<long long>(r.item.size.value_or(0)), since(t) / 1000);
    return 0;
}

int photo(const std::string& dir, int n) {
    auto v = createVault(dir);
    const auto caseId = vault::cases::create(v, {"Bench", std::nullopt, std::nullopt, false, std::nullopt}).id;
    double worst = 0;
    double total = 0;
    for (int i = 0; i < n; ++i) {
        vault::capture::SyntheticSource source(1280, 720, 30, 1);
        const auto t = Clock::now();
        (void)vault::capture::captureStill(v, caseId, source, "jpg", captured("camera-photo"),
                                           vault::R6Answer::NotSexualContentOfMinors);
        const double ms = since(t);
        worst = std::max(worst, ms);
        total += ms;
    }
    std::printf("{\"photos\": %d, \"mean_ms\": %.1f, \"max_ms\": %.1f}\n", n, total / n, worst);
    return 0;
}

int main(int argc, char** argv) {
    crypto::initialize();
    if (argc < 3) {
        std::cerr << "usage: custodia_bench items|log DIR N | open-list DIR\n";
        return 1;
    }
    const std::string cmd = argv[1], dir = argv[2];
    if (cmd == "items" && argc == 4) {
        return items(dir, std::stoi(argv[3]));
    }
    if (cmd == "due-items" && argc == 4) {
        // Seven months ago: every item is past its destruction date.
        const vault::ManualClock past(systemClock.now() - std::chrono::days{213});
        return items(dir, std::stoi(argv[3]), past);
    }
    if (cmd == "log" && argc == 4) {
        return log(dir, std::stoi(argv[3]));
    }
    if (cmd == "open-list") {
        return openList(dir);
    }
    if (cmd == "record" && argc == 8) {
        return record(dir, std::stod(argv[3]), std::stoi(argv[4]), std::stoi(argv[5]), std::stod(argv[6]), argv[7]);
    }
    if (cmd == "photo" && argc == 4) {
        return photo(dir, std::stoi(argv[3]));
    }
    std::cerr << "unknown command\n";
    return 1;
}
