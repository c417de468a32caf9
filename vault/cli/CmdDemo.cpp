// SPDX-License-Identifier: GPL-3.0-or-later
// custodia demo [DIR]: a vault with made-up data, to try Custodia safely.
#include "Context.h"

#include "vault/Cases.h"
#include "vault/Demo.h"
#include "vault/Error.h"
#include "vault/Items.h"
#include "vault/Time.h"
#include "vault/Verify.h"

#include <cstdlib>
#include <iostream>

namespace custodia::cli {

void runDemo(Globals& g, const std::string& dirArg) {
    std::string dir = dirArg;
    if (dir.empty()) {
        std::string tmpl = (std::filesystem::temp_directory_path() / "custodia-demo-XXXXXX").string();
        if (::mkdtemp(tmpl.data()) == nullptr) {
            throw vault::Error(vault::Error::Code::Io, "cannot create a temporary folder for the demo vault");
        }
        dir = tmpl;
    }
    const vault::DemoVault d = vault::createDemoVault(dir, g.clock);
    auto v = vault::Vault::unlock(dir, d.referente, crypto::SecureBuffer::copyOf(d.referentePassphrase),
                                  vault::Vault::Secret::Passphrase, g.clock);
    const auto c = vault::cases::get(v, d.caseId);
    const auto its = vault::items::list(v, d.caseId);
    const auto report = vault::verify(v, {true, nullptr});
    if (g.json) {
        printJson({{"vault", dir},
                   {"users",
                    {{{"id", d.referente}, {"passphrase", d.referentePassphrase}},
                     {{"id", d.dirigente}, {"passphrase", d.dirigentePassphrase}}}},
                   {"case", c.toJson()},
                   {"items", its.size()},
                   {"verify", report.toJson()}});
        return;
    }
    std::cout << "Custodia demo vault (made-up data) created in:\n    " << dir << "\n\n"
              << "Users: '" << d.referente << "' (referente), passphrase '" << d.referentePassphrase << "'\n"
              << "       '" << d.dirigente << "' (dirigente), passphrase '" << d.dirigentePassphrase << "'\n\n"
              << "Case " << c.id << ": " << c.title << " - " << c.persons << " people, " << c.interviews
              << " interview, " << c.items << " items:\n";
    for (const auto& i : its) {
        std::cout << "    " << i.id << "  " << i.kind << "  " << i.sha256.value_or("") << "  "
                  << i.originalName.value_or("") << "\n";
    }
    std::cout << "\nCustody log: " << report.entries << " signed entries, root " << report.rootHash << "\n"
              << (report.ok() ? "Verification: OK, every item decrypts to the SHA-256 signed at import.\n"
                              : "Verification: FAILED\n")
              << "R11: these items will be destroyed automatically from "
              << (its.front().destroyAfter ? vault::time::formatRome(*vault::time::parseUtc(*its.front().destroyAfter))
                                           : std::string("-"))
              << " (6 months after import), unless the dirigente places a legal hold.\n"
              << "\nTry (passphrase " << d.referentePassphrase << "):\n"
              << "    custodia --user demo list " << dir << "\n"
              << "    custodia --user demo status " << dir << "\n"
              << "    custodia --user demo purge " << dir << " --due --dry-run\n"
              << "    custodia --user demo show " << dir << " " << its.front().id.substr(0, 8) << "\n"
              << "    custodia --user demo log " << dir << "\n"
              << "    custodia --user demo log verify " << dir << "\n";
}

}  // namespace custodia::cli
