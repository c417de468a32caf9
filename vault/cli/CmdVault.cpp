// SPDX-License-Identifier: GPL-3.0-or-later
// custodia init | user add|passwd|list | status | demo
#include "Context.h"

#include "vault/Cases.h"
#include "vault/Demo.h"
#include "vault/Error.h"
#include "vault/Items.h"
#include "vault/Retention.h"
#include "vault/RetentionIndex.h"
#include "vault/Storage.h"
#include "vault/Time.h"

#include <iostream>

namespace custodia::cli {

namespace {

nlohmann::json userJson(const vault::UserInfo& u) {
    return {{"id", u.id},
            {"display_name", u.displayName},
            {"role", vault::roleName(u.role)},
            {"ed25519_public_key", crypto::toHex(u.publicKey)},
            {"created_at", u.createdAt}};
}

vault::Role roleArg(const std::string& text) {
    const auto r = vault::parseRole(text);
    if (!r) {
        throw vault::Error(vault::Error::Code::InvalidInput, "'" + text + "' is not a role",
                           "use dirigente, referente or docente");
    }
    return *r;
}

void printRecoveryCode(const crypto::SecureBuffer& code) {
    std::cout << "\nCODICE DI RECUPERO / RECOVERY CODE (shown only now):\n\n    ";
    std::cout.write(code.view().data(), static_cast<std::streamsize>(code.size()));
    std::cout << "\n\n"
              << "Stampatelo e consegnatelo al Dirigente Scolastico, in busta chiusa in un luogo sicuro.\n"
              << "Print it and give it to the head teacher (DS), sealed, in a safe place. With it the vault can\n"
              << "be opened if every passphrase is lost; without it and without a passphrase, nobody can.\n";
}

void cmdInit(Globals& g, const std::string& dir, const std::string& school, const std::string& role,
             const std::string& name) {
    if (g.user.empty()) {
        throw vault::Error(vault::Error::Code::InvalidInput, "the first user's name is missing",
                           "give it with --user, e.g. --user mrossi");
    }
    SecretSource secrets(g.passphraseFd);
    crypto::SecureBuffer pass =
        secrets.readNew("Nuova passphrase di " + g.user + " / new passphrase for " + g.user + ": ");
    auto created =
        vault::Vault::create({dir, school, g.user, name, roleArg(role), std::move(pass), g.kdfWorkFactor}, g.clock);
    warnIfInternal(dir);
    if (g.json) {
        // Built by hand so that the recovery code goes from guarded memory to stdout only.
        std::cout << "{\"vault\": " << nlohmann::json(dir).dump() << ", \"vault_id\": \""
                  << created.vault.header().vaultId << "\", \"user\": " << nlohmann::json(g.user).dump()
                  << ", \"recovery_code\": \"";
        std::cout.write(created.recoveryCode.view().data(), static_cast<std::streamsize>(created.recoveryCode.size()));
        std::cout << "\"}\n";
        return;
    }
    std::cout << "Vault created in " << dir << " (id " << created.vault.header().vaultId << ") for " << school
              << ".\nUser " << g.user << " (" << role << ") can open it with the passphrase just typed.\n";
    printRecoveryCode(created.recoveryCode);
    bool hasDs = created.vault.header().users.front().role == vault::Role::Dirigente;
    if (!hasDs) {
        std::cout << "\nNext (R12): add the head teacher as a user:\n"
                  << "    custodia user add " << dir << " --new-user NAME --role dirigente\n";
    }
}

void cmdUserAdd(Globals& g, const std::string& dir, const std::string& id, const std::string& role,
                const std::string& name) {
    SecretSource secrets(g.passphraseFd);
    vault::Vault v = openVault(g, dir, secrets);
    v.requireRole({vault::Role::Dirigente, vault::Role::Referente}, "add users");  // before asking anything more
    crypto::SecureBuffer pass = secrets.readNew("Passphrase del nuovo utente " + id + " / new user's passphrase: ");
    v.addUser(id, name, roleArg(role), pass, g.kdfWorkFactor);
    if (g.json) {
        printJson(userJson(*v.header().findUser(id)));
    } else {
        std::cout << "User " << id << " (" << role << ") added to the vault.\n";
    }
}

void cmdUserPasswd(Globals& g, const std::string& dir) {
    SecretSource secrets(g.passphraseFd);
    vault::Vault v = openVault(g, dir, secrets);
    crypto::SecureBuffer pass = secrets.readNew("Nuova passphrase di " + v.actor().id + " / new passphrase: ");
    v.changePassphrase(pass, g.kdfWorkFactor);
    if (!g.json) {
        std::cout << "Passphrase of " << v.actor().id << " changed.\n";
    }
}

void cmdRecoveryCode(Globals& g, const std::string& dir) {
    SecretSource secrets(g.passphraseFd);
    vault::Vault v = openVault(g, dir, secrets);
    const crypto::SecureBuffer code = v.renewRecoveryCode(g.kdfWorkFactor);
    if (g.json) {
        std::cout << "{\"recovery_code\": \"";
        std::cout.write(code.view().data(), static_cast<std::streamsize>(code.size()));
        std::cout << "\"}\n";
        return;
    }
    std::cout << "The old recovery code no longer opens the vault (copies of the old keys/recovery.age, e.g. in\n"
                 "backups, still open it with the old code: destroy them).\n";
    printRecoveryCode(code);
}

void cmdUserList(Globals& g, const std::string& dir) {
    const auto h = vault::VaultHeader::read(dir);
    if (g.json) {
        nlohmann::json a = nlohmann::json::array();
        for (const auto& u : h.users) {
            a.push_back(userJson(u));
        }
        printJson(a);
        return;
    }
    for (const auto& u : h.users) {
        std::cout << u.id << "\t" << vault::roleName(u.role) << "\t" << u.displayName << "\n";
    }
}

nlohmann::json itemDue(const vault::Item& i) {
    return {{"item", i.id}, {"case", i.caseId}, {"kind", i.kind}, {"destroy_after", i.destroyAfter.value_or("")}};
}

// R11: what falls due within 30 days, what is overdue (destroyed at the next
// purge), envelopes to destroy, holds past their review date.
nlohmann::json retentionJson(vault::Vault& v, bool& attention) {
    const auto o = vault::retention::outlook(v);
    auto items = [](const std::vector<vault::Item>& is) {
        nlohmann::json a = nlohmann::json::array();
        for (const auto& i : is) {
            a.push_back(itemDue(i));
        }
        return a;
    };
    nlohmann::json holds = nlohmann::json::array();
    for (const auto& h : o.holdsToReview) {
        holds.push_back(h.toJson());
    }
    attention = !o.dueSoon.empty() || !o.overdue.empty() || !o.physicalToDestroy.empty() || !o.holdsToReview.empty();
    return {{"months", vault::retention::months(v)},
            {"due_within_30_days", items(o.dueSoon)},
            {"overdue", items(o.overdue)},
            {"physical_to_destroy", items(o.physicalToDestroy)},
            {"holds_to_review", holds},
            {"active_holds", vault::holds::list(v, false).size()},
            {"destroyed", vault::retention::tombstones(v).size()}};
}

// R11 without a passphrase: what the signed retention index says is due.
nlohmann::json publicRetentionJson(const std::string& dir, Globals& g, bool& attention,
                                   std::vector<std::string>& warnings) {
    try {
        const auto verified = vault::retention_index::readVerified(dir);
        const auto now = g.clock.now();
        const std::string nowText = vault::time::formatUtc(now);
        const std::string horizon = vault::time::formatUtc(now + std::chrono::days{30});
        nlohmann::json overdue = nlohmann::json::array(), soon = nlohmann::json::array(),
                       held = nlohmann::json::array();
        for (const auto& e : verified.index.items) {
            if (e.destroyAfter > horizon) {
                continue;
            }
            if (e.held) {
                held.push_back(e.itemId);
            } else {
                (e.destroyAfter <= nowText ? overdue : soon)
                    .push_back({{"item", e.itemId}, {"destroy_after", e.destroyAfter}});
            }
        }
        attention = !overdue.empty() || !soon.empty();
        return {{"source", "retention.json"},
                {"checked_against_known_keys", verified.pinned},
                {"generated_at", verified.index.generatedAt},
                {"overdue", overdue},
                {"due_within_30_days", soon},
                {"held", held}};
    } catch (const vault::Error& e) {
        warnings.push_back(std::string("R11: ") + e.what());
        return nullptr;
    }
}

void printRetention(const nlohmann::json& r) {
    std::cout << "Retention: " << r["months"].get<int>() << " months from acquisition (R11); "
              << r["destroyed"].get<std::size_t>() << " item(s) destroyed so far, "
              << r["active_holds"].get<std::size_t>() << " legal hold(s) in force\n";
    auto line = [](const nlohmann::json& i) {
        const auto t = vault::time::parseUtc(i["destroy_after"].get<std::string>());
        std::cout << "    " << i["item"].get<std::string>() << "  case " << i["case"].get<std::int64_t>() << "  "
                  << i["kind"].get<std::string>() << "  " << (t ? vault::time::formatRome(*t) : "?") << "\n";
    };
    if (!r["overdue"].empty()) {
        std::cout << "  Due now (destroyed at the next purge or unlock):\n";
        for (const auto& i : r["overdue"]) {
            line(i);
        }
    }
    if (!r["due_within_30_days"].empty()) {
        std::cout << "  Due within 30 days (files are destroyed automatically, sealed envelopes by a person):\n";
        for (const auto& i : r["due_within_30_days"]) {
            line(i);
        }
    }
    if (!r["physical_to_destroy"].empty()) {
        std::cout << "  R9 sealed envelopes to destroy, then confirm with 'custodia physical destroyed':\n";
        for (const auto& i : r["physical_to_destroy"]) {
            line(i);
        }
    }
    for (const auto& h : r["holds_to_review"]) {
        const auto t = vault::time::parseUtc(h["review_by"].get<std::string>());
        std::cout << "  Legal hold " << h["id"].get<std::int64_t>() << " was to be reviewed by "
                  << (t ? vault::time::formatRome(*t) : "?") << ": the dirigente should renew or release it\n";
    }
}

void cmdStatus(Globals& g, const std::string& dir, bool noUnlock) {
    vault::VaultHeader h = vault::VaultHeader::read(dir);
    const auto medium = vault::storage::mediumOf(dir);
    nlohmann::json j;
    std::vector<std::string> warnings;
    bool attention = false;
    if (!noUnlock) {
        SecretSource secrets(g.passphraseFd);
        g.quietMedium = true;  // the R10 warning is part of this report
        vault::Vault v = openVault(g, dir, secrets);
        h = v.header();  // users and roles as the catalog has them
        const auto cs = vault::cases::listForUser(v);
        std::int64_t open = 0;
        for (const auto& c : cs) {
            open += c.status == "open" ? 1 : 0;
            const std::string r13 = vault::cases::deadlineStatus(c, g.clock.now());
            if (!r13.empty() && c.status == "open" && !c.reportedAt) {
                warnings.push_back("case " + std::to_string(c.id) + ": " + r13);
            }
        }
        std::int64_t bytes = 0;
        const auto its = vault::items::list(v, std::nullopt);
        for (const auto& i : its) {
            bytes += i.size.value_or(0);
        }
        const auto head = v.log().latestTreeHead();
        j["cases"] = {{"total", cs.size()}, {"open", open}};
        j["items"] = {{"total", its.size()}, {"bytes", bytes}};
        j["log"] = {{"entries", v.log().size()}, {"latest_tree_head", head ? head->toJson() : nlohmann::json(nullptr)}};
        j["retention"] = retentionJson(v, attention);
    } else {
        j["retention"] = publicRetentionJson(dir, g, attention, warnings);
    }
    j["vault"] = dir;
    j["vault_id"] = h.vaultId;
    j["school"] = h.school;
    j["created_at"] = h.createdAt;
    j["medium"] = {{"removable", medium.removable}, {"description", medium.description}};
    nlohmann::json users = nlohmann::json::array();
    bool hasDs = false;
    for (const auto& u : h.users) {
        users.push_back(userJson(u));
        hasDs = hasDs || u.role == vault::Role::Dirigente;
    }
    j["users"] = users;
    if (!medium.removable) {
        warnings.insert(warnings.begin(), "R10: the vault is on " + medium.description + ", not on a removable medium");
    }
    if (!hasDs) {
        warnings.push_back(
            "R12: the head teacher (dirigente) is not a user of this vault; add them with 'custodia user add'");
    }
    j["warnings"] = warnings;
    if (g.json) {
        printJson(j);
        if (attention) {
            throw Exit{vault::kExitAttention};
        }
        return;
    }
    std::cout << "Vault:   " << dir << " (id " << h.vaultId << ")\n"
              << "School:  " << h.school << "\n"
              << "Created: " << vault::time::formatRome(*vault::time::parseUtc(h.createdAt)) << "\n"
              << "Medium:  " << medium.description << "\n"
              << "Users:   ";
    for (std::size_t i = 0; i < h.users.size(); ++i) {
        std::cout << (i ? ", " : "") << h.users[i].id << " (" << vault::roleName(h.users[i].role) << ")";
    }
    std::cout << "\n";
    if (!noUnlock) {
        std::cout << "Cases:   " << j["cases"]["total"] << " (" << j["cases"]["open"] << " open)\n"
                  << "Items:   " << j["items"]["total"] << " (" << humanBytes(j["items"]["bytes"].get<std::uint64_t>())
                  << ")\n"
                  << "Log:     " << j["log"]["entries"] << " entries\n";
        printRetention(j["retention"]);
    } else {
        std::cout << "(public header only: users as listed in custodia.json, not checked against the catalog)\n";
        if (!j["retention"].is_null()) {
            const auto& r = j["retention"];
            std::cout << "Retention (signed index retention.json, no passphrase): " << r["overdue"].size()
                      << " item(s) due now, " << r["due_within_30_days"].size() << " within 30 days, "
                      << r["held"].size() << " due but held\n";
        }
    }
    for (const auto& w : warnings) {
        std::cout << "WARNING: " << w << "\n";
    }
    if (attention) {
        throw Exit{vault::kExitAttention};
    }
}

}  // namespace

void addVaultCommands(CLI::App& app, Globals& g) {
    struct Options {
        std::string dir, school, role = "referente", name, newUser, newRole, newName;
        bool noUnlock = false;
    };
    auto o = std::make_shared<Options>();

    auto* init = app.add_subcommand("init", "Create a vault (on a USB stick) with its first user (--user)");
    init->add_option("VAULT", o->dir, "Folder of the new vault, e.g. the USB stick")->required();
    init->add_option("--school", o->school, "Name of the school")->required();
    init->add_option("--role", o->role, "Role of the first user: referente (default), dirigente, docente");
    init->add_option("--name", o->name, "Full name of the first user, e.g. \"Maria Rossi\"");
    init->callback([&g, o] { cmdInit(g, o->dir, o->school, o->role, o->name); });

    auto* user = app.add_subcommand("user", "Users of a vault: add, passwd, recovery-code, list");
    user->require_subcommand(1);
    auto* add = user->add_subcommand("add", "Add a user (dirigente or referente only)");
    add->add_option("VAULT", o->dir, "Vault folder")->required();
    add->add_option("--new-user", o->newUser, "User name of the new user, e.g. dsbianchi")->required();
    add->add_option("--role", o->newRole, "dirigente, referente or docente")->required();
    add->add_option("--name", o->newName, "Full name");
    add->callback([&g, o] { cmdUserAdd(g, o->dir, o->newUser, o->newRole, o->newName); });
    auto* passwd = user->add_subcommand("passwd", "Change your passphrase (with --recovery: reset it)");
    passwd->add_option("VAULT", o->dir, "Vault folder")->required();
    passwd->callback([&g, o] { cmdUserPasswd(g, o->dir); });
    auto* recovery = user->add_subcommand("recovery-code", "Replace the recovery code (dirigente only)");
    recovery->add_option("VAULT", o->dir, "Vault folder")->required();
    recovery->callback([&g, o] { cmdRecoveryCode(g, o->dir); });
    auto* list = user->add_subcommand("list", "List the users (no passphrase needed)");
    list->add_option("VAULT", o->dir, "Vault folder")->required();
    list->callback([&g, o] { cmdUserList(g, o->dir); });

    auto* status = app.add_subcommand(
        "status", "Summary of a vault, with warnings (R10, R11, R12, R13); exit code 5 when something is due");
    status->add_option("VAULT", o->dir, "Vault folder")->required();
    status->add_flag("--no-unlock", o->noUnlock, "Show only the public header; no passphrase");
    status->callback([&g, o] { cmdStatus(g, o->dir, o->noUnlock); });

    auto* demo = app.add_subcommand("demo", "Create a demo vault with sample data and walk through it");
    demo->add_option("DIR", o->dir, "Where to create it (default: a new temporary folder)");
    demo->callback([&g, o] { runDemo(g, o->dir); });
}

}  // namespace custodia::cli
