// SPDX-License-Identifier: GPL-3.0-or-later
// vault::passphrase: the one rule for new passphrases (the CLI refuses with
// it, the desktop app draws its strength bar from it).
#include "vault/Passphrase.h"

#include <catch2/catch.hpp>

using namespace custodia::vault;

TEST_CASE("passphrase: too short, counted in characters, not bytes") {
    REQUIRE(passphrase::assess("abc").reason == passphrase::Problem::TooShort);
    REQUIRE_FALSE(passphrase::assess("abc").acceptable);
    // Seven accented letters are 14 bytes but still 7 characters.
    REQUIRE(passphrase::assess("àèìòùéç").reason == passphrase::Problem::TooShort);
    REQUIRE(passphrase::assess("").level == 0);
}

TEST_CASE("passphrase: long but common is refused as guessable") {
    for (const char* weak : {"password1", "qwertyuiop", "aaaaaaaaaaaa", "12345678", "iloveyou1"}) {
        INFO(weak);
        const auto a = passphrase::assess(weak);
        REQUIRE(a.reason == passphrase::Problem::Guessable);
        REQUIRE_FALSE(a.acceptable);
        REQUIRE(a.level < 2);
    }
}

TEST_CASE("passphrase: unrelated words are strong, and the vault's own names weaken it") {
    const auto strong = passphrase::assess("tavolo nuvola quaderno salto");
    REQUIRE(strong.acceptable);
    REQUIRE(strong.reason == passphrase::Problem::None);
    REQUIRE(strong.level == 4);
    REQUIRE(strong.advice.empty());
    const auto alone = passphrase::assess("brambillasca montefiore");
    const auto known = passphrase::assess("brambillasca montefiore", {"istituto", "brambillasca", "montefiore"});
    REQUIRE(known.bits < alone.bits);
    REQUIRE_FALSE(known.acceptable);
    // Levels never go down as the estimate grows.
    int last = 0;
    for (const char* p : {"a", "abcdefgh", "Tr0ub4dour", "tavolo nuvola", "tavolo nuvola quaderno salto"}) {
        const int level = passphrase::assess(p).level;
        REQUIRE(level >= last);
        last = level;
    }
}
