// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/RecoveryCode.h"

#include <catch2/catch.hpp>

#include <set>

using namespace custodia::vault;

TEST_CASE("a recovery code is 8 groups of 4 Crockford characters, different every time", "[recovery]") {
    std::set<std::string> seen;
    for (int i = 0; i < 50; ++i) {
        const auto code = recovery::generate();
        const std::string s(code.view());
        REQUIRE(s.size() == 39);
        for (std::size_t j = 0; j < s.size(); ++j) {
            if (j % 5 == 4) {
                CHECK(s[j] == '-');
            } else {
                CHECK(std::string("0123456789ABCDEFGHJKMNPQRSTVWXYZ").find(s[j]) != std::string::npos);
            }
        }
        seen.insert(s);
    }
    CHECK(seen.size() == 50);
}

TEST_CASE("what a person types is normalised to the canonical code", "[recovery]") {
    const auto code = recovery::generate();
    const std::string canonical(code.view());
    std::string typed;
    for (char c : canonical) {
        if (c != '-') {
            typed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (typed.size() % 3 == 0) {
                typed += ' ';
            }
        }
    }
    CHECK(recovery::normalize(typed)->view() == canonical);
    CHECK(recovery::normalize("oooo-iiii-llll-0000-1111-2222-3333-4444")->view() ==
          "0000-1111-1111-0000-1111-2222-3333-4444");
    CHECK_FALSE(recovery::normalize("too short"));
    CHECK_FALSE(recovery::normalize(canonical + "A"));
    CHECK_FALSE(recovery::normalize("UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU"));  // U is not Crockford
}
