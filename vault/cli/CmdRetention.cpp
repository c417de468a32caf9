// SPDX-License-Identifier: GPL-3.0-or-later
// R11: custodia hold | purge | certificate | config retention | physical destroyed
#include "Context.h"

#include "vault/Certificates.h"
#include "vault/Error.h"
#include "vault/Holds.h"
#include "vault/Retention.h"
#include "vault/RetentionIndex.h"
#include "vault/Time.h"

#include <iostream>

namespace custodia::cli {

namespace {

vault::Seconds dateArg(const std::string& text, const std::string& what) {
    return *vault::time::parseUtc(parseTimeArg(text, what));
}

void printHold(const vault::Hold& h) {
    std::cout << "Hold " << h.id << " on " << (h.itemId ? "item " + *h.itemId : "case " + std::to_string(*h.caseId))
              << (h.active() ? "" : " (released " + rome(h.releasedAt) + ")") << "\n"
              << "  reason:    " << h.reason << "\n"
              << "  reference: " << h.reference << "\n"
              << "  review by: " << rome(h.reviewBy)
              << (h.renewals > 0 ? ", renewed " + std::to_string(h.renewals) + (h.renewals == 1 ? " time" : " times")
                                 : "")
              << "\n  placed:    " << rome(h.placedAt) << " by " << h.placedBy << "\n";
    if (!h.active()) {
        std::cout << "  released:  " << rome(h.releasedAt) << " by " << h.releasedBy.value_or("-")
                  << (h.releaseReason ? " (" + *h.releaseReason + ")" : "") << "\n";
    }
}

void printPurge(const vault::retention::PurgeResult& r, bool dryRun, const std::string& dir) {
    if (r.destroyed.empty()) {
        std::cout << "R11: no file is due for destruction" << (r.certificateId ? " now" : "") << ".\n";
        if (r.certificateId) {
            std::cout << "R11: destruction certificate " << *r.certificateId
                      << " completes what the scheduler (or an interrupted purge) had begun.\n";
        }
    } else {
        std::cout << "R11: " << (dryRun ? "would destroy " : "destroyed ") << r.destroyed.size() << " item(s)";
        if (r.certificateId) {
            std::cout << "; destruction certificate " << *r.certificateId << " (custodia certificate export " << dir
                      << " " << *r.certificateId << " --to verbale.pdf)";
        }
        std::cout << "\n";
        for (const auto& t : r.destroyed) {
            std::cout << "  " << t.itemId << "  case " << t.caseId << "  " << t.kind << "  " << t.sha256.value_or("-")
                      << "  due " << rome(t.destroyAfter) << "\n";
        }
    }
    for (const auto& i : r.held) {
        std::cout << "  kept by a legal hold: " << i.id << " (due " << rome(i.destroyAfter) << ")\n";
    }
    for (const auto& i : r.physicalToDestroy) {
        std::cout << "  R9: destroy the sealed envelope " << i.sealNumber.value_or("?") << " kept at "
                  << i.keptAt.value_or("?") << " (item " << i.id << "), then confirm with:\n"
                  << "      custodia physical destroyed " << dir << " " << i.id << "\n";
    }
}

nlohmann::json purgeJson(const vault::retention::PurgeResult& r) {
    nlohmann::json d = nlohmann::json::array();
    for (const auto& t : r.destroyed) {
        d.push_back(t.toJson());
    }
    nlohmann::json held = nlohmann::json::array(), physical = nlohmann::json::array();
    for (const auto& i : r.held) {
        held.push_back(i.id);
    }
    for (const auto& i : r.physicalToDestroy) {
        physical.push_back(i.id);
    }
    return {{"destroyed", d},
            {"held", held},
            {"physical_to_destroy", physical},
            {"certificate", r.certificateId ? nlohmann::json(*r.certificateId) : nlohmann::json(nullptr)}};
}

int unattended(const std::string& dir, Globals& g, bool dryRun) {
    const auto r = vault::retention_index::purgeUnattended(dir, g.clock.now(), dryRun);
    if (g.json) {
        printJson({{"vault", dir},
                   {"vault_id", r.vaultId},
                   {"destroyed", r.destroyed},
                   {"held", r.held},
                   {"checked_against_known_keys", r.pinned},
                   {"dry_run", dryRun}});
        return vault::kExitOk;
    }
    std::cout << dir << ": " << (dryRun ? "would remove " : "removed ") << r.destroyed.size()
              << " due blob(s) without a passphrase"
              << (r.pinned ? "" : " (index checked against custodia.json only: this computer had not seen the vault)")
              << "; the catalog side completes at the next unlock.\n";
    for (const auto& id : r.destroyed) {
        std::cout << "  " << id << "\n";
    }
    for (const auto& id : r.held) {
        std::cout << "  kept by a legal hold: " << id << "\n";
    }
    return vault::kExitOk;
}

}  // namespace

void addRetentionCommands(CLI::App& app, Globals& g) {
    struct Options {
        std::string dir, kase, item, reason, reference, reviewBy, note, id, to, json;
        bool all = false, due = false, dryRun = false, unattended = false, scan = false;
        std::vector<std::string> media;
        int months = 0;
    };
    auto o = std::make_shared<Options>();

    // ---- hold ----
    auto* hold = app.add_subcommand("hold",
                                    "R11: legal holds that pause destruction (dirigente): place, list, "
                                    "renew, release");
    hold->add_option("VAULT", o->dir, "Vault folder");
    hold->add_option("--case", o->kase, "Hold every item of this case");
    hold->add_option("--item", o->item, "Hold this item");
    hold->add_option("--reason", o->reason, "Why, e.g. \"materiale consegnato alla Polizia Postale\"");
    hold->add_option("--reference", o->reference, "Protocol of the report, proceeding number...");
    hold->add_option("--review-by", o->reviewBy, "When to review it, at most 6 months ahead (DD/MM/YYYY)");
    hold->require_subcommand(0, 1);
    hold->callback([&g, o, hold] {
        if (!hold->get_subcommands().empty()) {
            return;
        }
        if (o->dir.empty() || o->reviewBy.empty() || (o->kase.empty() == o->item.empty())) {
            throw vault::Error(vault::Error::Code::InvalidInput, "incomplete hold",
                               "custodia hold VAULT (--case ID | --item ID) --reason TEXT --reference TEXT "
                               "--review-by DATE");
        }
        SecretSource s(g.passphraseFd);
        // No purge at this unlock: an item just past its date must still be
        // there to be held (the next unlock purges what is left).
        auto v = openVault(g, o->dir, s, false);
        const auto h = vault::holds::place(v, o->kase.empty() ? std::nullopt : std::optional(parseId(o->kase, "case")),
                                           o->item.empty() ? std::nullopt : std::optional(o->item), o->reason,
                                           o->reference, dateArg(o->reviewBy, "review date"));
        g.json ? printJson(h.toJson()) : printHold(h);
    });
    auto* hlist = hold->add_subcommand("list", "List the legal holds");
    hlist->add_option("VAULT", o->dir, "Vault folder")->required();
    hlist->add_flag("--all", o->all, "Also the released ones");
    hlist->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto hs = vault::holds::listForUser(v, o->all);
        if (g.json) {
            nlohmann::json a = nlohmann::json::array();
            for (const auto& h : hs) {
                a.push_back(h.toJson());
            }
            printJson(a);
            return;
        }
        for (const auto& h : hs) {
            printHold(h);
        }
        if (hs.empty()) {
            std::cout << "No legal holds.\n";
        }
    });
    auto* hrenew = hold->add_subcommand("renew", "Renew a hold with a new review date (dirigente)");
    hrenew->add_option("VAULT", o->dir, "Vault folder")->required();
    hrenew->add_option("HOLD", o->id, "Hold number")->required();
    hrenew->add_option("--review-by", o->reviewBy, "New review date, at most 6 months ahead")->required();
    hrenew->add_option("--note", o->note, "Why it is still needed");
    hrenew->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s, false);  // as for placing a hold
        const auto h = vault::holds::renew(v, parseId(o->id, "hold"), dateArg(o->reviewBy, "review date"),
                                           o->note.empty() ? std::nullopt : std::optional(o->note));
        g.json ? printJson(h.toJson()) : printHold(h);
    });
    auto* hrelease = hold->add_subcommand("release", "Release a hold: overdue items become due at once (dirigente)");
    hrelease->add_option("VAULT", o->dir, "Vault folder")->required();
    hrelease->add_option("HOLD", o->id, "Hold number")->required();
    hrelease->add_option("--reason", o->reason, "Why it is released");
    hrelease->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        vault::holds::release(v, parseId(o->id, "hold"), o->reason.empty() ? std::nullopt : std::optional(o->reason));
        if (!g.json) {
            std::cout << "Hold " << o->id
                      << " released; items past their date are destroyed at the next purge "
                         "(the next unlock).\n";
        }
    });

    // ---- purge ----
    auto* purge = app.add_subcommand("purge", "R11: destroy what is due (also done at every unlock)");
    purge->add_option("VAULT", o->dir, "Vault folder");
    purge->add_flag("--due", o->due, "Destroy every due item not under a legal hold");
    purge->add_flag("--dry-run", o->dryRun, "Only say what would be destroyed");
    purge->add_flag("--unattended", o->unattended,
                    "No passphrase: remove due blobs by the signed retention index (for the scheduler)");
    purge->add_flag("--scan", o->scan, "Every vault on the mounted removable media");
    purge->add_option("--media", o->media, "With --scan: look in this folder instead of the removable media")
        ->group("Advanced");
    purge->callback([&g, o] {
        if (o->scan) {
            const auto vaults = vault::retention_index::findVaults(
                std::vector<std::filesystem::path>(o->media.begin(), o->media.end()));
            if (vaults.empty() && !g.json) {
                std::cout << "No Custodia vault on the mounted removable media.\n";
            }
            int worst = vault::kExitOk;
            for (const auto& dir : vaults) {
                try {
                    if (o->unattended) {
                        (void)unattended(dir.string(), g, o->dryRun);
                    } else {
                        SecretSource s(g.passphraseFd);
                        auto v = openVault(g, dir.string(), s, !o->dryRun);
                        const auto r = o->dryRun ? vault::retention::purgeDue(v, vault::retention::How::Manual, true)
                                                 : v.purgedAtUnlock();
                        g.json ? printJson(purgeJson(r)) : printPurge(r, o->dryRun, dir.string());
                    }
                } catch (const vault::Error& e) {
                    std::cerr << "custodia: error: " << dir.string() << ": " << e.what() << "\n";
                    if (!e.hint().empty()) {
                        std::cerr << "custodia: hint: " << e.hint() << "\n";
                    }
                    worst = std::max(worst, vault::exitCodeFor(e.code()));
                }
            }
            throw Exit{worst};
        }
        if (o->dir.empty() || !o->due) {
            throw vault::Error(vault::Error::Code::InvalidInput, "say what to purge",
                               "custodia purge VAULT --due [--dry-run | --unattended], or custodia purge --scan");
        }
        if (o->unattended) {
            throw Exit{unattended(o->dir, g, o->dryRun)};
        }
        SecretSource s(g.passphraseFd);
        // The unlock itself purges (automatic); a dry run must not.
        auto v = openVault(g, o->dir, s, false);
        const auto r = vault::retention::purgeDue(v, vault::retention::How::Manual, o->dryRun);
        g.json ? printJson(purgeJson(r)) : printPurge(r, o->dryRun, o->dir);
    });

    // ---- certificate ----
    auto* cert = app.add_subcommand("certificate", "R11: destruction certificates (verbali di distruzione)");
    cert->require_subcommand(1);
    auto* clist = cert->add_subcommand("list", "List the destruction certificates");
    clist->add_option("VAULT", o->dir, "Vault folder")->required();
    clist->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto cs = vault::certificates::list(v);
        if (g.json) {
            nlohmann::json a = nlohmann::json::array();
            for (const auto& c : cs) {
                a.push_back({{"id", c.id},
                             {"created_at", c.createdAt},
                             {"created_by", c.createdBy},
                             {"how", c.how},
                             {"items", c.content.value("items", nlohmann::json::array()).size()},
                             {"json_sha256", c.jsonSha256},
                             {"has_pdf", c.hasPdf}});
            }
            printJson(a);
            return;
        }
        for (const auto& c : cs) {
            std::cout << c.id << "\t" << rome(c.createdAt) << "\t" << c.how << "\t"
                      << c.content.value("items", nlohmann::json::array()).size() << " item(s)\tby " << c.createdBy
                      << "\n";
        }
        if (cs.empty()) {
            std::cout << "No destruction certificates yet.\n";
        }
    });
    auto* cexport = cert->add_subcommand("export", "Write a certificate as PDF (and JSON)");
    cexport->add_option("VAULT", o->dir, "Vault folder")->required();
    cexport->add_option("ID", o->id, "Certificate number")->required();
    cexport->add_option("--to", o->to, "The PDF file to write")->required();
    cexport->add_option("--json", o->json, "Also write the certificate as JSON to this file");
    cexport->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        vault::certificates::exportTo(v, parseId(o->id, "certificate"), o->to,
                                      o->json.empty() ? std::nullopt : std::optional<std::filesystem::path>(o->json));
        if (!g.json) {
            std::cout << "Certificate " << o->id << " written to " << o->to
                      << (o->json.empty() ? "" : " and " + o->json) << ".\n";
        }
    });

    // ---- config retention ----
    auto* config = app.add_subcommand("config", "Vault settings");
    config->require_subcommand(1);
    auto* cret = config->add_subcommand("retention", "R11: the retention period, 1 to 6 months (dirigente)");
    cret->add_option("VAULT", o->dir, "Vault folder")->required();
    cret->add_option("--months", o->months, "Months from acquisition to destruction (6 at most)")->required();
    cret->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        vault::retention::setMonths(v, o->months);
        if (!g.json) {
            std::cout << "Retention period: " << o->months << " months; every item's destruction date was updated.\n";
        }
    });
}

}  // namespace custodia::cli
