// SPDX-License-Identifier: GPL-3.0-or-later
#include "Context.h"

#include "vault/Error.h"
#include "vault/Retention.h"
#include "vault/Storage.h"
#include "vault/Time.h"

#include <cstdio>
#include <iostream>

namespace custodia::cli {

void warn(const std::string& message) {
    std::cerr << "custodia: warning: " << message << "\n";
}

void note(const std::string& message) {
    std::cerr << "custodia: " << message << "\n";
}

void printJson(const nlohmann::json& j) {
    std::cout << j.dump(2) << "\n";
}

bool warnIfInternal(const std::string& dir) {
    const auto m = vault::storage::mediumOf(dir);
    if (m.removable) {
        return false;
    }
    warn("R10: this vault is on " + m.description +
         ", not on a removable medium. The school's rules ask to keep acquired material on an external medium "
         "(USB stick or external disk) kept in a safe place.");
    return true;
}

std::string rome(const std::optional<std::string>& utc) {
    if (!utc) {
        return "-";
    }
    const auto t = vault::time::parseUtc(*utc);
    return t ? vault::time::formatRome(*t) : *utc;
}

std::string orDash(const std::optional<std::string>& s) {
    return s && !s->empty() ? *s : "-";
}

vault::Vault openVault(Globals& g, const std::string& dir, SecretSource& secrets, bool purge) {
    const vault::VaultHeader header = vault::VaultHeader::read(dir);
    std::string user = g.user;
    if (user.empty()) {
        if (header.users.size() != 1) {
            std::string names;
            for (const auto& u : header.users) {
                names += (names.empty() ? "" : ", ") + u.id;
            }
            throw vault::Error(vault::Error::Code::InvalidInput, "this vault has several users: say who you are",
                               "add --user NAME (one of: " + names + ")");
        }
        user = header.users.front().id;
    }
    const crypto::SecureBuffer secret =
        g.recovery ? secrets.read("Codice di recupero / recovery code: ")
                   : secrets.read("Passphrase di " + user + " / passphrase for " + user + ": ");
    vault::Vault v = vault::Vault::unlock(
        dir, user, secret, g.recovery ? vault::Vault::Secret::RecoveryCode : vault::Vault::Secret::Passphrase, g.clock,
        purge);
    const auto& purged = v.purgedAtUnlock();
    if (purged.error) {
        warn("R11: the destruction of due items failed and will be tried again at the next unlock: " + *purged.error);
    }
    if (!purged.destroyed.empty()) {
        note("R11: " + std::to_string(purged.destroyed.size()) +
             " item(s) were due and have been destroyed now (destruction certificate " +
             (purged.certificateId ? std::to_string(*purged.certificateId) : std::string("-")) + ")");
    } else if (purged.certificateId) {
        note(
            "R11: the destruction begun by the scheduler (or by an interrupted purge) was completed "
            "(destruction certificate " +
            std::to_string(*purged.certificateId) + ")");
    }
    if (!g.quietMedium) {
        warnIfInternal(dir);
        const auto o = vault::retention::outlook(v);
        // The first few by name, all of them in 'custodia status'.
        constexpr std::size_t kListed = 5;
        auto list = [](const std::vector<vault::Item>& items) {
            std::string text;
            for (std::size_t i = 0; i < items.size() && i < kListed; ++i) {
                text += "\n    " + items[i].id + "  case " + std::to_string(items[i].caseId) + "  " + items[i].kind +
                        "  " + rome(items[i].destroyAfter);
            }
            if (items.size() > kListed) {
                text += "\n    ...";
            }
            return text;
        };
        if (!o.dueSoon.empty()) {
            warn("R11: " + std::to_string(o.dueSoon.size()) +
                 " item(s) will be destroyed within 30 days; 'custodia status' lists them" + list(o.dueSoon));
        }
        for (const auto& h : o.holdsToReview) {
            warn("R11: legal hold " + std::to_string(h.id) + " (" + h.reference + ") was to be reviewed by " +
                 rome(h.reviewBy) + "; the dirigente should renew or release it");
        }
        if (!o.physicalToDestroy.empty()) {
            warn("R9/R11: " + std::to_string(o.physicalToDestroy.size()) +
                 " sealed envelope(s) are due for destruction; 'custodia status' lists them" +
                 list(o.physicalToDestroy));
        }
    }
    return v;
}

std::int64_t parseId(const std::string& text, const std::string& what) {
    std::int64_t v = 0;
    std::size_t used = 0;
    try {
        v = std::stoll(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || v <= 0) {
        throw vault::Error(vault::Error::Code::InvalidInput, "'" + text + "' is not a " + what + " number");
    }
    return v;
}

std::string parseTimeArg(const std::string& text, const std::string& what) {
    const auto t = vault::time::parseUserTime(text);
    if (!t) {
        throw vault::Error(vault::Error::Code::InvalidInput, "'" + text + "' is not a valid " + what,
                           "write it as DD/MM/YYYY HH:MM (Italian time), or DD/MM/YYYY");
    }
    return vault::time::formatUtc(*t);
}

std::vector<std::string> splitFields(const std::string& text, std::size_t count) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (out.size() + 1 < count) {
        const auto bar = text.find('|', start);
        if (bar == std::string::npos) {
            break;
        }
        out.push_back(text.substr(start, bar - start));
        start = bar + 1;
    }
    out.push_back(text.substr(start));
    out.resize(count);
    return out;
}

// R6, asked before anything is read. Returns the answer; without a terminal
// and without --no-sexual-content-of-minors there is no answer: refuse.
vault::R6Answer askR6(bool declared) {
    if (declared) {
        return vault::R6Answer::NotSexualContentOfMinors;
    }
    const std::string a =
        ask("R6: il materiale contiene immagini o video a contenuto sessuale che coinvolgono minori?\n"
            "    Does the material contain sexual content involving minors? [si/no] ");
    if (a == "no" || a == "n") {
        return vault::R6Answer::NotSexualContentOfMinors;
    }
    if (a == "si" || a == "sì" || a == "s" || a == "yes" || a == "y") {
        return vault::R6Answer::SexualContentOfMinors;
    }
    throw vault::Error(vault::Error::Code::InvalidInput,
                       "R6: the acquisition needs an explicit statement that the content is not sexual material "
                       "involving minors",
                       a.empty() ? "run the command in a terminal to answer the question, or add "
                                   "--no-sexual-content-of-minors if that is true"
                                 : "answer 'si' or 'no'");
}

}  // namespace custodia::cli
