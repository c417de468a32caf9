// SPDX-License-Identifier: GPL-3.0-or-later
// custodia ingest | physical add|destroyed | list | show | extract | key
#include "Context.h"

#include "vault/Blob.h"
#include "vault/Error.h"
#include "vault/Ingest.h"
#include "vault/Items.h"
#include "vault/Retention.h"
#include "vault/Time.h"

#include <unistd.h>
#include <iostream>

namespace custodia::cli {

namespace {

// How a live capture was made (issue 8), and why it stopped early if it did.
void printCapture(const vault::Item& i) {
    const nlohmann::json& c = i.capture;
    if (!c.is_object()) {
        return;
    }
    const auto text = [&](const char* key) { return c.contains(key) ? c[key].dump() : std::string("-"); };
    std::cout << "  captured:      " << c.value("resolution", "-");
    if (c.contains("frames") && c.value("frames", 0) > 1) {
        char line[160];
        std::snprintf(line, sizeof line, ", %.2f s, %lld frames at %s fps, %lld dropped",
                      c.value("duration_seconds", 0.0), static_cast<long long>(c.value("frames", 0LL)),
                      text("fps").c_str(), static_cast<long long>(c.value("dropped_frames", 0LL)));
        std::cout << line << ", " << c.value("video", "") << ", " << c.value("container", "");
    }
    std::cout << "\n";
    if (i.interrupted) {
        const nlohmann::json in = c.value("interrupted", nlohmann::json::object());
        const std::string reason = in.value("reason", "");
        std::cout << "  INTERRUPTED:   "
                  << (reason == "unfinished"
                          ? "the recording never finished (Custodia stopped, the computer lost power or the "
                            "medium was pulled); what was written was recovered when the vault was next opened"
                      : reason == "medium" ? "writing to the vault's medium failed; what was written was kept"
                      : reason == "source" ? "the camera or the screen stopped giving pictures"
                                           : reason)
                  << (in.contains("recovered_bytes") ? " (" + text("recovered_bytes") + " bytes)" : "")
                  << (in.contains("error") ? ": " + in.value("error", "") : "") << "\n";
    }
}

void printItem(const vault::Item& i) {
    std::cout << "Item " << i.id << " (case " << i.caseId << ")\n"
              << "  kind:          " << i.kind << "\n";
    if (i.hasBlob()) {
        std::cout << "  original name: " << orDash(i.originalName) << "\n"
                  << "  type:          " << orDash(i.mime) << ", "
                  << humanBytes(static_cast<std::uint64_t>(i.size.value_or(0))) << " (" << i.size.value_or(0)
                  << " bytes)\n"
                  << "  SHA-256:       " << orDash(i.sha256) << "\n";
    }
    std::cout << "  acquired:      " << rome(i.acquiredAt) << " by " << i.acquiredBy << ", method " << i.method
              << ", device " << orDash(i.device) << "\n"
              << "  interview:     " << (i.interviewId ? std::to_string(*i.interviewId) : "-") << "\n"
              << "  consent (R3):  " << i.consent << "\n"
              << "  destroyed (R11): " << (i.hasBlob() ? "from " : "envelope due ") << rome(i.destroyAfter)
              << " unless a legal hold keeps it\n";
    if (i.hasBlob()) {
        std::cout << "  source removed (R5): "
                  << (i.sourceRemoved ? "yes, " + rome(i.sourceRemovedAt) : std::string("no")) << "\n";
    }
    std::cout << "  posted at:     " << rome(i.postedAt) << "\n"
              << "  platform:      " << orDash(i.platform) << "\n"
              << "  place:         " << orDash(i.place) << "\n";
    for (const auto& p : i.participants) {
        std::cout << "  participant:   " << p.name << (p.phone.empty() ? "" : ", " + p.phone)
                  << (p.handle.empty() ? "" : ", " + p.handle) << "\n";
    }
    for (const auto& p : i.profiles) {
        std::cout << "  profile:       " << p << "\n";
    }
    std::cout << "  description:   " << orDash(i.description) << "\n";
    if (!i.hasBlob()) {
        std::cout << "  seal number:   " << orDash(i.sealNumber) << "\n"
                  << "  kept at:       " << orDash(i.keptAt) << "\n"
                  << "  authorised by: " << orDash(i.authorizedBy) << " (R9)\n";
    }
    printCapture(i);
}

}  // namespace

void addItemCommands(CLI::App& app, Globals& g) {
    struct Options {
        std::string dir, kase, item, to, interview;
        std::vector<std::string> files, participants;
        vault::Acquisition a;
        std::string consent, postedAt;
        bool removeSource = false, r6 = false, stdoutOut = false, ageIdentity = false;
        vault::PhysicalItem physical;
        std::string authorizedBy;
    };
    auto o = std::make_shared<Options>();

    auto* ingest = app.add_subcommand("ingest", "Import photos, videos or documents as evidence (encrypted at once)");
    ingest->add_option("VAULT", o->dir, "Vault folder")->required();
    ingest->add_option("CASE", o->kase, "Case number")->required();
    ingest->add_option("FILE", o->files, "Files to import")->required();
    ingest->add_option("--interview", o->interview, "R1: the interview during which it was acquired");
    ingest->add_option("--kind", o->a.kind, "photo, video, screenshot, screen-recording, document, audio");
    ingest->add_option("--method", o->a.method, "How it was acquired (default: import)");
    ingest->add_option("--device", o->a.device, "Device used to take it, e.g. \"tablet della scuola\"");
    ingest->add_option("--posted-at", o->postedAt, "R4: when the content was posted, e.g. \"2026-11-20 21:04\"");
    ingest->add_option("--platform", o->a.platform, "R4: platform, e.g. WhatsApp, Instagram");
    ingest->add_option("--place", o->a.place, "R4: URL, or chat / page name");
    ingest->add_option("--participant", o->participants, "R4: \"NAME|PHONE|HANDLE\" (repeatable)");
    ingest->add_option("--profile", o->a.profiles, "R4: a visible profile name (repeatable)");
    ingest->add_option("--description", o->a.description, "What it shows");
    ingest->add_option("--consent", o->consent, "R3: yes, no or device-withheld")->required();
    ingest->add_flag("--remove-source", o->removeSource,
                     "R5: after verifying the stored copy, delete the original file");
    ingest->add_flag("--no-sexual-content-of-minors", o->r6,
                     "R6: I state the content is not sexual material involving minors");
    ingest->callback([&g, o] {
        const auto caseId = parseId(o->kase, "case");
        vault::Acquisition a = o->a;
        a.consent = o->consent;
        if (!o->interview.empty()) {
            a.interviewId = parseId(o->interview, "interview");
        }
        if (!o->postedAt.empty()) {
            a.postedAt = parseTimeArg(o->postedAt, "posting time");
        }
        for (const auto& p : o->participants) {
            const auto f = splitFields(p, 3);
            a.participants.push_back({f[0], f[1], f[2]});
        }
        SecretSource s(g.passphraseFd);
        const vault::R6Answer r6 = askR6(o->r6);
        auto v = openVault(g, o->dir, s);
        if (r6 == vault::R6Answer::SexualContentOfMinors) {
            vault::stopUnderR6(v, caseId, a.interviewId);
        }
        nlohmann::json out = nlohmann::json::array();
        for (const auto& f : o->files) {
            const auto item = [&] {
                ProgressLine progress("importing " + f);  // cleared before the result line
                return vault::ingestFile(v, caseId, f, a, r6, {o->removeSource, &progress});
            }();
            out.push_back(item.toJson());
            if (!g.json) {
                std::cout << item.id << "  " << item.sha256.value_or("") << "  " << f
                          << (item.sourceRemoved ? "  (source removed, R5)" : "") << "\n";
            }
        }
        if (g.json) {
            printJson(out);
        } else if (!o->removeSource) {
            note(
                "R5: if these files are on your own device, remove them now that they are archived "
                "(or import with --remove-source)");
        }
    });

    auto* stop = app.add_subcommand(
        "r6-stop", "R6: record that an acquisition was stopped (sexual content involving minors); no file needed");
    stop->add_option("VAULT", o->dir, "Vault folder")->required();
    stop->add_option("CASE", o->kase, "Case number")->required();
    stop->add_option("--interview", o->interview, "The interview during which it happened");
    stop->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        vault::stopUnderR6(v, parseId(o->kase, "case"),
                           o->interview.empty() ? std::nullopt : std::optional(parseId(o->interview, "interview")));
    });

    auto* physical = app.add_subcommand("physical", "R9: physical items (notes, objects) in sealed envelopes");
    physical->require_subcommand(1);
    auto* padd = physical->add_subcommand("add", "Record a physical item kept in a sealed envelope (R9)");
    padd->add_option("VAULT", o->dir, "Vault folder")->required();
    padd->add_option("CASE", o->kase, "Case number")->required();
    padd->add_option("--description", o->physical.description, "What it is and what it says")->required();
    padd->add_option("--seal", o->physical.sealNumber, "Number of the sealed envelope")->required();
    padd->add_option("--kept-at", o->physical.keptAt, "Where the envelope is locked away")->required();
    padd->add_option("--authorized-by", o->physical.authorizedBy, "The DS (dirigente user) who authorised it")
        ->required();
    padd->add_option("--interview", o->interview, "The interview it relates to");
    padd->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        vault::PhysicalItem p = o->physical;
        if (!o->interview.empty()) {
            p.interviewId = parseId(o->interview, "interview");
        }
        const auto item = vault::items::addPhysical(v, parseId(o->kase, "case"), p);
        g.json ? printJson(item.toJson()) : (void)(std::cout << item.id << "  physical item recorded\n");
    });

    auto* pdestroyed = physical->add_subcommand(
        "destroyed", "R9/R11: confirm that a due sealed envelope was destroyed (tombstone, log, certificate)");
    pdestroyed->add_option("VAULT", o->dir, "Vault folder")->required();
    pdestroyed->add_option("ITEM", o->item, "Item id of the physical item")->required();
    pdestroyed->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto t = vault::retention::confirmPhysicalDestroyed(v, o->item);
        if (g.json) {
            printJson(t.toJson());
            return;
        }
        std::cout << t.itemId << "  envelope " << t.sealNumber.value_or("-") << " recorded as destroyed";
        if (t.certificateId) {
            std::cout << "; destruction certificate " << *t.certificateId;
        }
        std::cout << "\n";
    });

    auto* list = app.add_subcommand("list", "List evidence items (of one case, or all)");
    list->add_option("VAULT", o->dir, "Vault folder")->required();
    list->add_option("CASE", o->kase, "Case number");
    list->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto caseId = o->kase.empty() ? std::nullopt : std::optional(parseId(o->kase, "case"));
        const auto its = vault::items::listForUser(v, caseId);
        if (g.json) {
            nlohmann::json a = nlohmann::json::array();
            for (const auto& i : its) {
                a.push_back(i.toJson());
            }
            printJson(a);
            return;
        }
        for (const auto& i : its) {
            std::cout << i.id << "  case " << i.caseId << "  " << i.kind << "  "
                      << (i.hasBlob() ? humanBytes(static_cast<std::uint64_t>(i.size.value_or(0))) : "-") << "  "
                      << rome(i.acquiredAt) << "  " << orDash(i.hasBlob() ? i.originalName : i.description) << "\n";
        }
        if (its.empty()) {
            std::cout << "No evidence yet" << (caseId ? " in case " + std::to_string(*caseId) : std::string()) << ".\n";
        }
    });

    auto* show = app.add_subcommand("show", "Show an item's details (R4) and hash");
    show->add_option("VAULT", o->dir, "Vault folder")->required();
    show->add_option("ITEM", o->item, "Item id (or its first characters)")->required();
    show->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto item = vault::items::view(v, o->item);
        g.json ? printJson(item.toJson()) : printItem(item);
    });

    auto* extract = app.add_subcommand("extract", "Decrypt an item to a file you choose, or to stdout");
    extract->add_option("VAULT", o->dir, "Vault folder")->required();
    extract->add_option("ITEM", o->item, "Item id (or its first characters)")->required();
    auto* to = extract->add_option("--to", o->to, "New file to write (never overwritten)");
    auto* so = extract->add_flag("--stdout", o->stdoutOut, "Write the content to standard output");
    to->excludes(so);
    extract->callback([&g, o] {
        if (o->to.empty() && !o->stdoutOut) {
            throw vault::Error(vault::Error::Code::InvalidInput, "say where to write the content",
                               "give --to FILE or --stdout");
        }
        if (o->stdoutOut && ::isatty(STDOUT_FILENO) == 1) {
            throw vault::Error(vault::Error::Code::InvalidInput, "refusing to write evidence to the terminal",
                               "redirect standard output, or use --to FILE");
        }
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        ProgressLine progress("extracting");
        if (o->stdoutOut) {
            crypto::FdSink sink(STDOUT_FILENO, "standard output");
            (void)vault::extract(v, o->item, sink, "stdout", &progress);
            return;
        }
        const auto r = vault::extractToFile(v, o->item, o->to, &progress);
        if (g.json) {
            printJson({{"path", o->to}, {"bytes", r.bytes}, {"sha256", r.sha256}});
        } else {
            std::cout << r.sha256 << "  " << o->to << "\n";
            note("plaintext evidence is now in " + o->to + ": keep it safe and delete it when no longer needed");
        }
    });

    auto* key = app.add_subcommand("key", "Print an item's age identity, to open its blob with `age -d`");
    key->add_option("VAULT", o->dir, "Vault folder")->required();
    key->add_option("ITEM", o->item, "Item id (or its first characters)")->required();
    key->add_flag("--age-identity", o->ageIdentity, "Print the AGE-SECRET-KEY-1... identity")->required();
    key->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto item = vault::items::get(v, o->item);
        const crypto::SecureBuffer id = vault::items::exportIdentity(v, item.id);
        const std::string blob = v.blobPath(item.id).string();
        // Written straight from guarded memory: the key never becomes a std::string.
        if (g.json) {
            std::cout << "{\"item\": " << nlohmann::json(item.id).dump()
                      << ", \"blob\": " << nlohmann::json(blob).dump() << ", \"age_identity\": \"";
        }
        std::cout.write(id.view().data(), static_cast<std::streamsize>(id.size()));
        std::cout << (g.json ? "\"}\n" : "\n");
        std::cout.flush();
        if (!g.json) {
            note("this key opens " + blob +
                 "; it is a secret. Give it to age without saving it, e.g.\n"
                 "    age -d -i <(custodia key VAULT ITEM --age-identity) -o FILE " +
                 blob);
        }
    });
}

}  // namespace custodia::cli
