// SPDX-License-Identifier: GPL-3.0-or-later
// docs/formats.md, "Opening a vault with standard tools only", done exactly
// as written: age, openssl and sqlcipher, no Custodia code.
#include "support/CliFixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>

using namespace custodia::test;

TEST_CASE("a vault opens with age, openssl and sqlcipher alone", "[formats][interop]") {
    CliVault v;
    const Media m = makeMedia(v.tmp);
    v.openCase();
    const std::string id = v.ingest(m.jpeg);
    const std::string work = (v.tmp / "work").string();
    shell("mkdir -m 700 " + work);

    // 1. The master key: age -d of the user's keyslot, with the passphrase.
    const auto age = withTerminal({{"passphrase", kPassphrase}},
                                  {"/usr/bin/age", "-d", "-o", work + "/master.bin", v.dir + "/keys/ref.age"});
    INFO(age.out);
    REQUIRE(age.exitCode == 0);
    // 2. The catalog key: HKDF-SHA-256 of the master key, info "custodia/v1/catalog".
    std::string key = shell("openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt hexkey:$(xxd -p -c 64 " + work +
                            "/master.bin) -kdfopt info:custodia/v1/catalog HKDF");
    key.erase(std::remove_if(key.begin(), key.end(), [](char c) { return c == ':' || c == '\n'; }), key.end());
    std::transform(key.begin(), key.end(), key.begin(), [](char c) { return static_cast<char>(std::tolower(c)); });
    REQUIRE(key.size() == 64);
    // 3. The item's identity from the catalog, with the sqlcipher shell.
    const auto sql =
        run({"/usr/bin/sqlcipher", v.dir + "/catalog.db"},
            {"PRAGMA key = \"x'" + key + "'\";\nSELECT age_identity FROM items WHERE id = '" + id + "';\n", {}, {}});
    INFO(sql.err);
    REQUIRE(sql.exitCode == 0);
    const auto at = sql.out.find("AGE-SECRET-KEY-1");
    REQUIRE(at != std::string::npos);
    writeFile(work + "/identity.txt", sql.out.substr(at, sql.out.find('\n', at) - at) + "\n");
    // 4. The evidence: age -d of the blob; its SHA-256 is the one Custodia recorded.
    shell("age -d -i " + work + "/identity.txt -o " + work + "/evidence.jpg " + v.dir + "/blobs/" + id.substr(0, 2) +
          "/" + id + ".age");
    CHECK(shell("cmp " + work + "/evidence.jpg " + m.jpeg).empty());
    CHECK(shell("sha256sum " + work + "/evidence.jpg").substr(0, 64) ==
          v.json({"show", v.dir, id})["sha256"].get<std::string>());

    // The recovery code opens keys/recovery.age the same way.
    const auto rec = withTerminal({{"passphrase", v.recoveryCode}},
                                  {"/usr/bin/age", "-d", "-o", work + "/master2.bin", v.dir + "/keys/recovery.age"});
    REQUIRE(rec.exitCode == 0);
    CHECK(readAll(work + "/master2.bin") == readAll(work + "/master.bin"));
}
