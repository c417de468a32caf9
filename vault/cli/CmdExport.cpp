// SPDX-License-Identifier: GPL-3.0-or-later
// R8, R13: custodia export police | export timestamp | verify-export | config signing-cert
#include "Context.h"

#include "vault/ConsultExport.h"
#include "vault/Error.h"
#include "vault/Export.h"
#include "vault/ExportVerify.h"
#include "vault/SigningCertificate.h"

#include <csignal>
#include <iostream>

namespace custodia::cli {

namespace {

volatile std::sig_atomic_t interrupted = 0;

extern "C" void onInterrupt(int /*signal*/) {
    interrupted = 1;
}

// Ctrl-C (or a SIGTERM) during an export cancels it cleanly: the partial
// folder, which may hold plaintext evidence, is removed and nothing is recorded.
class InterruptibleProgress final : public vault::Progress {
public:
    explicit InterruptibleProgress(ProgressLine& line) : line_(line) {
        struct sigaction sa {};
        sa.sa_handler = onInterrupt;
        sigemptyset(&sa.sa_mask);
        ::sigaction(SIGINT, &sa, &oldInt_);
        ::sigaction(SIGTERM, &sa, &oldTerm_);
    }
    ~InterruptibleProgress() override {
        ::sigaction(SIGINT, &oldInt_, nullptr);
        ::sigaction(SIGTERM, &oldTerm_, nullptr);
    }
    InterruptibleProgress(const InterruptibleProgress&) = delete;
    InterruptibleProgress& operator=(const InterruptibleProgress&) = delete;
    void update(std::uint64_t done, std::uint64_t total) override { line_.update(done, total); }
    [[nodiscard]] bool cancelled() const override { return interrupted != 0; }

private:
    ProgressLine& line_;
    struct sigaction oldInt_ {};
    struct sigaction oldTerm_ {};
};

struct ExportOptions {
    std::string dir;
    std::string caseId;
    std::string to;
    vault::exports::Officer officer;
    std::string medium;
    bool zip = false;
    std::string recipient;
    bool passphraseProtect = false;
    std::string tsr;
    std::string ca;
    std::string tsaCa;
    std::string manifestSha256;
    std::string p12;
    bool remove = false;
};

std::optional<std::filesystem::path> optPath(const std::string& s) {
    return s.empty() ? std::nullopt : std::optional<std::filesystem::path>(s);
}

nlohmann::json certificateJson(const crypto::x509::CertificateInfo& c) {
    return {{"subject", c.subject},      {"issuer", c.issuer},
            {"serial", c.serial},        {"fingerprint_sha256", c.fingerprintSha256},
            {"not_before", c.notBefore}, {"not_after", c.notAfter}};
}

void printExport(const vault::exports::PoliceExportResult& r) {
    std::cout << "Police export " << r.exportId << " written to " << r.dir.string() << "\n"
              << "  evidence:   " << r.evidenceFiles << " file(s), " << humanBytes(r.evidenceBytes)
              << (r.plaintext ? ", original bytes (plaintext)" : ", as age files") << "\n";
    if (r.physicalItems > 0) {
        std::cout << "  physical:   " << r.physicalItems << " sealed item(s), handed over separately\n";
    }
    std::cout << "  files:      " << r.files << " listed in SHA256SUMS\n"
              << "  manifest:   SHA-256 " << r.manifestSha256 << "\n"
              << "  signature:  "
              << (r.cms ? "CMS by the school's certificate (" + r.certificate->subject + ") and Ed25519 of the exporter"
                        : "Ed25519 of the exporter only (no school certificate: custodia config signing-cert)")
              << "\n"
              << "  custody:    log of " << r.treeSize << " entries; handover recorded as entry " << r.handoverSeq
              << "\n              entry hash " << r.handoverHash << "\n"
              << "  consistency: "
              << (r.previousExport ? "proof from the previous export " + *r.previousExport
                                   : std::string("first export of this vault"))
              << "\n"
              << "  timestamp:  request manifest.json.tsq; attach the reply with: custodia export timestamp "
              << r.dir.string() << " FILE.tsr\n"
              << "  print:      " << (r.dir / vault::exports::kVerbale).string() << " and "
              << (r.dir / "documenti" / "segnalazione.pdf").string() << "\n";
    if (r.zip) {
        std::cout << "  zip:        " << r.zip->string() << " (SHA-256 " << r.zipSha256 << ")\n";
    }
}

nlohmann::json exportJson(const vault::exports::PoliceExportResult& r) {
    return {{"export_id", r.exportId},
            {"dir", r.dir.string()},
            {"zip", r.zip ? nlohmann::json(r.zip->string()) : nullptr},
            {"zip_sha256", r.zip ? nlohmann::json(r.zipSha256) : nullptr},
            {"manifest_sha256", r.manifestSha256},
            {"signature", r.cms ? "cms+ed25519" : "ed25519"},
            {"certificate", r.certificate ? certificateJson(*r.certificate) : nlohmann::json(nullptr)},
            {"plaintext", r.plaintext},
            {"evidence_files", r.evidenceFiles},
            {"physical_items", r.physicalItems},
            {"evidence_bytes", r.evidenceBytes},
            {"files", r.files},
            {"handover_seq", r.handoverSeq},
            {"handover_hash", r.handoverHash},
            {"tree_size", r.treeSize},
            {"previous_export", r.previousExport ? nlohmann::json(*r.previousExport) : nullptr},
            {"deadline_status", r.deadlineStatus}};
}

int printReport(const vault::exports::VerifyReport& r, const std::string& dir, bool json) {
    if (json) {
        nlohmann::json checks = nlohmann::json::array();
        for (const auto& c : r.checks) {
            checks.push_back({{"ok", c.ok}, {"what", c.what}, {"detail", c.detail}});
        }
        printJson({{"passed", r.passed()},
                   {"authenticated", r.authenticated},
                   {"checks", checks},
                   {"missing", r.missing},
                   {"extra", r.extra},
                   {"altered", r.altered},
                   {"notes", r.notes}});
    } else {
        std::cout << "Verifying the export " << dir << "\n";
        for (const auto& c : r.checks) {
            std::cout << (c.ok ? "  OK    " : "  FAIL  ") << c.what << (c.detail.empty() ? "" : ": " + c.detail)
                      << "\n";
        }
        auto names = [](const char* label, const std::vector<std::string>& v) {
            for (const auto& p : v) {
                std::cout << "  " << label << p << "\n";
            }
        };
        names("MISSING  ", r.missing);
        names("EXTRA    ", r.extra);
        names("ALTERED  ", r.altered);
        for (const auto& n : r.notes) {
            std::cout << "  note: " << n << "\n";
        }
        if (!r.passed()) {
            std::cout << (r.missing.empty() && r.extra.empty() && r.altered.empty()
                              ? "FAILED: see the lines above.\n"
                              : "FAILED: the export is not as it was made (see the lines above).\n");
        } else if (r.authenticated) {
            std::cout << "PASSED: the export is complete and unaltered.\n";
        } else {
            std::cout << "PASSED, NOT AUTHENTICATED: the export is complete and consistent, but nothing outside the "
                         "folder vouches for it.\n"
                         "  Compare the manifest SHA-256 with the signed paper verbale di consegna "
                         "(--manifest-sha256 HASH),\n"
                         "  or check the school's certificate with --ca CA.pem.\n";
        }
    }
    return r.passed() ? vault::kExitOk : vault::kExitIntegrity;
}

struct ConsultOptions {
    std::string dir;
    std::string caseId;
    std::string to;
    std::vector<std::string> items;
    bool acceptDetected = false;
    std::optional<std::string> recipient;
    std::optional<std::string> purpose;
    bool zip = false;
    bool keepAudio = false;
};

}  // namespace

void addExportCommands(CLI::App& app, Globals& g) {
    auto o = std::make_shared<ExportOptions>();

    auto* exp = app.add_subcommand(
        "export", "Exports of a case: police (R8, complete and sealed), consult (R7, identity hidden)");
    exp->require_subcommand(1);
    auto* police = exp->add_subcommand(
        "police",
        "Write the complete export of a case for the police or the judicial authority: evidence, metadata, custody "
        "log with proofs, signed manifest, Segnalazione and verbale di consegna (PDF)");
    police->add_option("VAULT", o->dir, "Vault folder")->required();
    police->add_option("CASE", o->caseId, "Case number")->required();
    police->add_option("--to", o->to, "The new folder to write (on the medium you hand over)")->required();
    police->add_option("--officer", o->officer.name, "Name of the officer who receives it");
    police->add_option("--rank", o->officer.rank, "The officer's rank or title (qualifica/grado)");
    police->add_option("--badge", o->officer.badge, "The officer's badge or ID number (matricola)");
    police->add_option("--office", o->officer.office, "The officer's office, e.g. \"Polizia Postale di Udine\"");
    police->add_option("--medium", o->medium, "The medium handed over, e.g. \"chiavetta USB Kingston 32 GB\"");
    police->add_flag("--zip", o->zip, "Also pack the folder as FOLDER.zip");
    police->add_option("--recipient", o->recipient, "Encrypt each evidence file with age for this recipient (age1...)");
    police->add_flag("--passphrase-protect", o->passphraseProtect,
                     "Encrypt each evidence file with age under a passphrase you type");
    police->callback([&g, o] {
        vault::exports::PoliceExportOptions opt;
        opt.caseId = parseId(o->caseId, "case");
        opt.to = o->to;
        opt.officer = o->officer;
        opt.medium = o->medium;
        opt.zip = o->zip;
        opt.kdfWorkFactor = g.kdfWorkFactor;
        if (!o->recipient.empty()) {
            opt.recipient = o->recipient;
        }
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        if (o->passphraseProtect) {
            opt.passphrase = s.readNew("Passphrase for the exported evidence (tell it to the officer separately): ");
        }
        if (!opt.recipient && !opt.passphrase) {
            warn("the evidence is written in its original bytes (plaintext) to " + o->to +
                 ": keep the medium in a safe place until the handover; the export is recorded in the custody log");
        }
        ProgressLine line("exporting");
        InterruptibleProgress progress(line);
        const auto r = vault::exports::exportForPolice(v, std::move(opt), &progress);
        line.clear();
        for (const auto& w : r.warnings) {
            warn(w);
        }
        if (g.json) {
            printJson(exportJson(r));
        } else {
            printExport(r);
        }
        if (!r.deadlineStatus.empty()) {
            note(r.deadlineStatus + (r.deadlineStatus.rfind("R13: reported", 0) == 0
                                         ? ""
                                         : "; after sending, record it: custodia case reported " + o->dir + " " +
                                               o->caseId + " --to ..."));
        }
    });

    auto co = std::make_shared<ConsultOptions>();
    auto* consult = exp->add_subcommand(
        "consult",
        "R7: write a copy for an external consult (psychologist, helpline, lawyer) in which the minors cannot be "
        "recognised: redacted pictures and videos (elemento-01.png...), a pseudonymised consult sheet (PDF), "
        "manifest.json, "
        "SHA256SUMS");
    consult->add_option("VAULT", co->dir, "Vault folder")->required();
    consult->add_option("CASE", co->caseId, "Case number")->required();
    consult->add_option("--to", co->to, "The new folder to write")->required();
    consult->add_option("--item", co->items, "Only this item (repeatable; default: every picture of the case)");
    consult->add_flag("--accept-detected", co->acceptDetected,
                      "Also share pictures whose redaction nobody has reviewed (planning them if needed)");
    consult->add_option("--recipient", co->recipient, "Who receives the copy (recorded in the custody log)");
    consult->add_option("--purpose", co->purpose, "What the consult is for (recorded in the custody log)");
    consult->add_flag("--zip", co->zip, "Also pack the folder as FOLDER.zip");
    consult->add_flag("--keep-audio", co->keepAudio, "Keep the audio of videos (voices identify: dropped by default)");
    consult->callback([&g, co] {
        vault::exports::ConsultExportOptions opt;
        opt.caseId = parseId(co->caseId, "case");
        opt.to = co->to;
        opt.itemIds = co->items;
        opt.acceptDetected = co->acceptDetected;
        opt.recipient = co->recipient;
        opt.purpose = co->purpose;
        opt.zip = co->zip;
        opt.keepAudio = co->keepAudio;
        if (!opt.recipient || !opt.purpose)
            warn("say whom the copy is for and why (--recipient, --purpose): the custody log records both");
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, co->dir, s);
        ProgressLine line("redacting");
        InterruptibleProgress progress(line);
        const auto r = vault::exports::exportForConsult(v, std::move(opt), &progress);
        line.clear();
        for (const auto& w : r.warnings)
            warn(w);
        std::size_t skipped = 0;
        nlohmann::json items = nlohmann::json::array();
        for (const auto& i : r.items) {
            skipped += i.file.empty() ? 1 : 0;
            items.push_back({{"item", i.itemId},
                             {"file", i.file.empty() ? nlohmann::json() : nlohmann::json(i.file)},
                             {"sha256", i.sha256.empty() ? nlohmann::json() : nlohmann::json(i.sha256)},
                             {"regions", i.regions},
                             {"leak_check_added", i.leaksFixed},
                             {"skipped", i.skipped.empty() ? nlohmann::json() : nlohmann::json(i.skipped)}});
        }
        if (g.json) {
            printJson({{"export_id", r.exportId},
                       {"dir", r.dir.string()},
                       {"zip", r.zip ? nlohmann::json(r.zip->string()) : nlohmann::json()},
                       {"manifest_sha256", r.manifestSha256},
                       {"log_seq", r.logSeq},
                       {"items", items}});
        } else {
            std::cout << "Consult copy written to " << r.dir.string() << " (" << r.exported() << " items)\n";
            for (const auto& i : r.items) {
                if (i.file.empty())
                    std::cout << "  item " << i.itemId << ": NOT included — " << i.skipped << "\n";
                else
                    std::cout << "  " << i.file << " <- item " << i.itemId << ": " << i.regions << " regions hidden"
                              << (i.leaksFixed > 0 ? " (" + std::to_string(i.leaksFixed) + " added by the leak check)"
                                                   : std::string())
                              << "\n";
            }
            std::cout << "  manifest.json SHA-256 " << r.manifestSha256 << "; custody log entry " << r.logSeq << "\n";
            if (r.zip)
                std::cout << "  also packed as " << r.zip->string() << "\n";
        }
        if (skipped > 0) {
            warn(std::to_string(skipped) + " pictures of the case are not in the copy (see above)");
            throw Exit{vault::kExitAttention};
        }
    });

    auto* ts = exp->add_subcommand(
        "timestamp", "Attach an RFC 3161 time-stamp reply (.tsr) for the export's manifest.json.tsq (no vault needed)");
    ts->add_option("DIR", o->to, "The export folder")->required();
    ts->add_option("FILE", o->tsr, "The authority's reply (.tsr)")->required();
    ts->add_option("--tsa-ca", o->tsaCa, "Also check the authority's certificate chain against this CA (PEM)");
    ts->callback([&g, o] {
        const auto check = vault::exports::attachTimestamp(o->to, o->tsr, optPath(o->tsaCa));
        if (g.json) {
            printJson({{"gen_time", check.genTime},
                       {"tsa", check.tsa ? nlohmann::json(check.tsa->subject) : nullptr},
                       {"chain_checked", check.chainChecked}});
            return;
        }
        std::cout << "Time stamp attached as "
                  << (std::filesystem::path(o->to) / vault::exports::kTimestampReply).string()
                  << ": manifest.json existed at " << check.genTime << " (UTC) according to "
                  << (check.tsa ? check.tsa->subject : std::string("?")) << ".\n";
        if (!check.chainChecked) {
            note("the authority's certificate chain was not checked; give its CA with --tsa-ca");
        }
    });

    auto* verify = app.add_subcommand(
        "verify-export",
        "Check a police export offline, as an examiner: every file, the signatures, the time stamp, the custody log "
        "proofs (no vault needed)");
    verify->add_option("DIR", o->to, "The export folder")->required();
    verify->add_option("--ca", o->ca, "CA certificate(s) (PEM) to check the school's signing certificate against");
    verify->add_option("--tsa-ca", o->tsaCa, "CA certificate(s) (PEM) of the time-stamping authority");
    verify->add_option("--manifest-sha256", o->manifestSha256,
                       "The manifest SHA-256 printed on the signed paper verbale di consegna (the trust anchor)");
    verify->callback([&g, o] {
        vault::exports::VerifyOptions opt;
        opt.ca = optPath(o->ca);
        opt.tsaCa = optPath(o->tsaCa);
        if (!o->manifestSha256.empty()) {
            opt.manifestSha256 = o->manifestSha256;
        }
        const auto report = vault::exports::verifyExport(o->to, opt);
        throw Exit{printReport(report, o->to, g.json)};
    });

    CLI::App* config = app.get_subcommand("config");
    auto* cert = config->add_subcommand(
        "signing-cert", "R8: the school's X.509 certificate (PKCS#12 .p12) that signs police exports (dirigente)");
    cert->add_option("VAULT", o->dir, "Vault folder")->required();
    cert->add_option("FILE", o->p12, "The .p12/.pfx file with the certificate and its private key");
    cert->add_flag("--remove", o->remove, "Forget the configured certificate");
    cert->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        if (o->remove) {
            vault::signing::remove(v);
            if (!g.json) {
                std::cout << "Signing certificate removed: exports will be signed with Ed25519 only.\n";
            }
            return;
        }
        if (o->p12.empty()) {
            const auto c = vault::signing::current(v);
            if (g.json) {
                printJson(c ? certificateJson(c->certificate) : nlohmann::json(nullptr));
            } else if (c) {
                std::cout << "Signing certificate: " << c->certificate.subject
                          << "\n  issuer:      " << c->certificate.issuer
                          << "\n  valid until: " << c->certificate.notAfter
                          << "\n  SHA-256:     " << c->certificate.fingerprintSha256
                          << "\n  configured:  " << rome(c->configuredAt) << " by " << c->configuredBy << "\n";
            } else {
                std::cout << "No signing certificate: exports are signed with the exporter's Ed25519 key only.\n";
            }
            return;
        }
        const auto password = s.read("Password of " + o->p12 + ": ");
        const auto info = vault::signing::configure(v, o->p12, password);
        if (g.json) {
            printJson(certificateJson(info));
        } else {
            std::cout << "Signing certificate configured: " << info.subject << " (valid until " << info.notAfter
                      << ")\n  SHA-256: " << info.fingerprintSha256 << "\n";
        }
    });
}

}  // namespace custodia::cli
