// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Encoding.h"
#include "crypto/MerkleTree.h"
#include "support/TestVault.h"
#include "vault/CustodyLog.h"
#include "vault/Time.h"

#include <catch2/catch.hpp>

using namespace custodia;
using namespace custodia::vault;

TEST_CASE("entries chain by hash, are signed by the actor and numbered without gaps", "[log]") {
    test::TestVault tv;
    auto v = tv.unlock();
    const auto before = v.log().size();
    const auto a = v.record({"test.one", std::nullopt, std::nullopt, {{"n", 1}}});
    const auto b = v.record({"test.two", 5, "abcdef", {{"n", 2}}});
    CHECK(a.seq == before + 1);
    CHECK(b.seq == a.seq + 1);
    CHECK(b.prevHash == a.entryHash);
    CHECK(computeEntryHash(b) == b.entryHash);
    CHECK(crypto::ed25519Verify(v.actor().publicKey, b.entryHash, b.signature));
    const auto first = v.log().entry(1);
    CHECK(first->prevHash == crypto::Digest{});
    CHECK(first->action == "vault.create");
}

TEST_CASE("the canonical encoding is sorted JSON without whitespace", "[log]") {
    LogEntry e;
    e.seq = 7;
    e.time = "2026-01-15T09:00:00Z";
    e.actor = "ref";
    e.action = "item.view";
    e.caseId = 3;
    e.itemId = "00ff";
    e.details = {{"z", 1}, {"a", "x"}};
    CHECK(canonicalEntry(e) ==
          R"({"action":"item.view","actor":"ref","case":3,"details":{"a":"x","z":1},"item":"00ff",)"
          R"("prev_hash":"0000000000000000000000000000000000000000000000000000000000000000","seq":7,)"
          R"("time":"2026-01-15T09:00:00Z"})");
}

TEST_CASE("a clock behind the last entry is recorded, never accepted silently", "[log]") {
    test::TestVault tv;
    auto v = tv.unlock();
    tv.clock.advance(std::chrono::hours{5});
    const auto a = v.record({"test.late", std::nullopt, std::nullopt, {}});
    tv.clock.advance(-std::chrono::hours{2});
    const auto b = v.record({"test.early", std::nullopt, std::nullopt, {}});
    CHECK(b.time == a.time);
    CHECK(b.details["clock_behind"] == time::formatUtc(tv.clock.now()));
}

TEST_CASE("closing a session signs a tree head over the whole log", "[log]") {
    test::TestVault tv;
    {
        auto v = tv.unlock();
        (void)v.record({"test.x", std::nullopt, std::nullopt, {}});
    }
    auto v = tv.unlock();
    const auto head = v.log().latestTreeHead();
    REQUIRE(head);
    CHECK(head->treeSize == static_cast<std::uint64_t>(v.log().size()));
    CHECK(head->rootHash == crypto::merkle::root(v.log().leafHashes()));
    CHECK(crypto::ed25519Verify(v.actor().publicKey, crypto::asBytes(treeHeadMessage(*head, v.header().vaultId)),
                                head->signature));
    // Heads only grow: every earlier head is consistent with the log now.
    const auto leaves = v.log().leafHashes();
    for (const auto& th : v.log().treeHeads()) {
        CHECK(crypto::merkle::verifyConsistency(th.treeSize, leaves.size(), th.rootHash, crypto::merkle::root(leaves),
                                                crypto::merkle::consistencyProof(leaves, th.treeSize)));
    }
}

TEST_CASE("entries of a case can be listed apart", "[log]") {
    test::TestVault tv;
    auto v = tv.unlock();
    (void)v.record({"test.a", 1, std::nullopt, {}});
    (void)v.record({"test.b", 2, std::nullopt, {}});
    (void)v.record({"test.c", 1, std::nullopt, {}});
    const auto one = v.log().entries(1);
    REQUIRE(one.size() == 2);
    CHECK(one[0].action == "test.a");
    CHECK(one[1].action == "test.c");
}
