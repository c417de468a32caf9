// SPDX-License-Identifier: GPL-3.0-or-later
// custodia log [CASE] | log verify | log head | log proof | log consistency
#include "Context.h"

#include "crypto/Encoding.h"
#include "crypto/MerkleTree.h"
#include "vault/Error.h"
#include "vault/Time.h"
#include "vault/Verify.h"

#include <iostream>

namespace custodia::cli {

namespace {

nlohmann::json hexList(const std::vector<crypto::Digest>& ds) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& d : ds) {
        a.push_back(crypto::toHex(d));
    }
    return a;
}

void printEntry(const vault::LogEntry& e) {
    const auto t = vault::time::parseUtc(e.time);
    std::cout << e.seq << "\t" << (t ? vault::time::formatRome(*t) : e.time) << "\t" << e.actor << "\t" << e.action
              << "\t" << (e.caseId ? "case " + std::to_string(*e.caseId) : "-") << "\t" << (e.itemId ? *e.itemId : "-")
              << "\t" << e.details.dump() << "\n";
}

void printReport(const vault::VerifyReport& r) {
    std::cout << "Custody log: " << r.entries << " entries, " << r.treeHeads << " signed tree heads\n"
              << "Root hash:   " << r.rootHash << "\n"
              << "Blobs:       " << r.blobsChecked << " checked (" << humanBytes(r.bytesChecked) << ")\n";
    for (const auto& w : r.warnings) {
        std::cout << "warning: " << w << "\n";
    }
    if (r.ok()) {
        std::cout << (r.decrypted ? "VERIFIED: the log is intact and every item is as acquired.\n"
                                  : "VERIFIED (quick): the log is intact and every blob is present with its signed "
                                    "size; blobs were not decrypted (run without --quick for the full check).\n");
        return;
    }
    std::cout << "FAILED: " << r.problems.size() << " problem(s). First: " << r.problems.front().message << "\n";
    for (const auto& p : r.problems) {
        std::cout << "  [" << vault::kindName(p.kind) << "] " << p.message << "\n";
    }
}

}  // namespace

void addLogCommands(CLI::App& app, Globals& g) {
    struct Options {
        std::string dir, kase, seq;
        bool quick = false;
        std::int64_t size = 0, from = 0, to = 0;
    };
    auto o = std::make_shared<Options>();

    auto* log = app.add_subcommand("log", "The custody log: show it, verify it, prove entries");
    log->add_option("VAULT", o->dir, "Vault folder");
    log->add_option("CASE", o->kase, "Only the entries of this case");
    log->require_subcommand(0, 1);
    log->callback([&g, o, log] {
        if (!log->get_subcommands().empty()) {
            return;
        }
        if (o->dir.empty()) {
            throw vault::Error(vault::Error::Code::InvalidInput, "the vault folder is missing",
                               "custodia log VAULT [CASE], or custodia log verify VAULT");
        }
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto caseId = o->kase.empty() ? std::nullopt : std::optional(parseId(o->kase, "case"));
        const auto entries = v.viewLog(caseId);
        if (g.json) {
            nlohmann::json a = nlohmann::json::array();
            for (const auto& e : entries) {
                a.push_back(e.toJson());
            }
            printJson(a);
            return;
        }
        for (const auto& e : entries) {
            printEntry(e);
        }
    });

    auto* verify = log->add_subcommand("verify", "Verify the log and every item: report the first bad entry");
    verify->add_option("VAULT", o->dir, "Vault folder")->required();
    verify->add_flag("--quick", o->quick,
                     "Only check that each blob exists with its signed size; do not decrypt (faster, weaker)");
    verify->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        ProgressLine progress("verifying");
        const auto r = vault::verify(v, {!o->quick, &progress});
        progress.clear();
        g.json ? printJson(r.toJson()) : printReport(r);
        if (!r.ok()) {
            throw Exit{vault::kExitIntegrity};
        }
    });

    auto* head = log->add_subcommand("head", "Sign and print the current tree head (give it to third parties)");
    head->add_option("VAULT", o->dir, "Vault folder")->required();
    head->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const vault::TreeHead th = v.signTreeHead();
        auto j = th.toJson();
        j["vault_id"] = v.header().vaultId;
        j["signed_message"] = vault::treeHeadMessage(th, v.header().vaultId);
        printJson(j);
    });

    auto* proof = log->add_subcommand("proof", "RFC 6962 inclusion proof of one entry");
    proof->add_option("VAULT", o->dir, "Vault folder")->required();
    proof->add_option("SEQ", o->seq, "Entry number")->required();
    proof->add_option("--size", o->size, "Tree size to prove against (default: the whole log)");
    proof->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto seq = parseId(o->seq, "log entry");
        const auto leaves = v.log().leafHashes(o->size > 0 ? std::optional(o->size) : std::nullopt);
        if (seq > static_cast<std::int64_t>(leaves.size())) {
            throw vault::Error(vault::Error::Code::NotFound, "there is no entry " + o->seq + " in that tree");
        }
        const auto e = v.log().entry(seq);
        const auto index = static_cast<std::uint64_t>(seq - 1);
        printJson({{"seq", seq},
                   {"leaf_index", index},
                   {"entry_hash", crypto::toHex(e->entryHash)},
                   {"leaf_hash", crypto::toHex(leaves[index])},
                   {"tree_size", leaves.size()},
                   {"root_hash", crypto::toHex(crypto::merkle::root(leaves))},
                   {"inclusion_proof", hexList(crypto::merkle::inclusionProof(leaves, index))}});
    });

    auto* cons = log->add_subcommand("consistency", "RFC 6962 consistency proof between two tree sizes");
    cons->add_option("VAULT", o->dir, "Vault folder")->required();
    cons->add_option("--from", o->from, "The earlier tree size (e.g. from a printed receipt)")->required();
    cons->add_option("--to", o->to, "The later tree size (default: the whole log)");
    cons->callback([&g, o] {
        SecretSource s(g.passphraseFd);
        auto v = openVault(g, o->dir, s);
        const auto leaves = v.log().leafHashes(o->to > 0 ? std::optional(o->to) : std::nullopt);
        if (o->from <= 0 || o->from > static_cast<std::int64_t>(leaves.size())) {
            throw vault::Error(vault::Error::Code::InvalidInput,
                               "--from must be between 1 and the log size (" + std::to_string(leaves.size()) + ")");
        }
        const auto from = static_cast<std::uint64_t>(o->from);
        printJson({{"old_size", from},
                   {"old_root", crypto::toHex(crypto::merkle::root(std::span(leaves).first(from)))},
                   {"new_size", leaves.size()},
                   {"new_root", crypto::toHex(crypto::merkle::root(leaves))},
                   {"consistency_proof", hexList(crypto::merkle::consistencyProof(leaves, from))}});
    });
}

}  // namespace custodia::cli
