// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 6962 known answers from ../shared/testdata/rfc6962, and the negative
// cases the reference tests use.
#include "crypto/Encoding.h"
#include "crypto/MerkleTree.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace custodia::crypto;

namespace {

nlohmann::json vectors() {
    std::ifstream in(std::filesystem::path(CUSTODIA_SHARED_DIR) / "testdata" / "rfc6962" / "vectors.json");
    REQUIRE(in.good());
    return nlohmann::json::parse(in);
}

Digest digest(const std::string& hex) {
    const auto b = fromHex(hex);
    REQUIRE(b);
    REQUIRE(b->size() == 32);
    Digest d{};
    std::copy(b->begin(), b->end(), d.begin());
    return d;
}

std::vector<Digest> digests(const nlohmann::json& a) {
    std::vector<Digest> out;
    for (const auto& h : a) {
        out.push_back(digest(h.get<std::string>()));
    }
    return out;
}

std::vector<Digest> leafHashes(const nlohmann::json& v) {
    std::vector<Digest> out;
    for (const auto& l : v["leaves_hex"]) {
        out.push_back(merkle::leafHash(*fromHex(l.get<std::string>())));
    }
    return out;
}

}  // namespace

TEST_CASE("Merkle roots match RFC 6962 for every tree size 0..8", "[merkle][conformance]") {
    const auto v = vectors();
    const auto leaves = leafHashes(v);
    const auto roots = digests(v["roots_by_tree_size_hex"]);
    for (std::size_t n = 0; n < roots.size(); ++n) {
        INFO("tree size " << n);
        CHECK(merkle::root(std::span(leaves).first(n)) == roots[n]);
    }
}

TEST_CASE("inclusion proofs match the vectors and verify, every alteration fails", "[merkle][conformance]") {
    const auto v = vectors();
    const auto leaves = leafHashes(v);
    const auto roots = digests(v["roots_by_tree_size_hex"]);
    for (const auto& p : v["inclusion_proofs"]) {
        const auto index = p["leaf_index"].get<std::uint64_t>();
        const auto size = p["tree_size"].get<std::uint64_t>();
        const auto proof = digests(p["proof_hex"]);
        INFO("leaf " << index << " of " << size);
        CHECK(merkle::inclusionProof(std::span(leaves).first(size), index) == proof);
        CHECK(merkle::verifyInclusion(leaves[index], index, size, proof, roots[size]));

        SECTION("wrong index, size or root") {
            CHECK_FALSE(merkle::verifyInclusion(leaves[index], index + 1, size, proof, roots[size]));
            CHECK_FALSE(merkle::verifyInclusion(leaves[index], index, size + 1, proof, roots[size]));
            CHECK_FALSE(merkle::verifyInclusion(leaves[index], index, size * 2, proof, roots[size]));
            CHECK_FALSE(merkle::verifyInclusion(leaves[index], index, size, proof, roots[size - 1]));
            CHECK_FALSE(merkle::verifyInclusion(leaves[(index + 1) % 8], index, size, proof, roots[size]));
        }
        SECTION("a flipped bit in any proof element") {
            for (std::size_t i = 0; i < proof.size(); ++i) {
                auto bad = proof;
                bad[i][7] ^= 0x10;
                CHECK_FALSE(merkle::verifyInclusion(leaves[index], index, size, bad, roots[size]));
            }
        }
        SECTION("a truncated or extended proof") {
            if (!proof.empty()) {
                CHECK_FALSE(merkle::verifyInclusion(leaves[index], index, size,
                                                    std::span(proof).first(proof.size() - 1), roots[size]));
            }
            auto longer = proof;
            longer.push_back(roots[1]);
            CHECK_FALSE(merkle::verifyInclusion(leaves[index], index, size, longer, roots[size]));
        }
    }
}

TEST_CASE("consistency proofs match the vectors and verify, every alteration fails", "[merkle][conformance]") {
    const auto v = vectors();
    const auto leaves = leafHashes(v);
    const auto roots = digests(v["roots_by_tree_size_hex"]);
    for (const auto& p : v["consistency_proofs"]) {
        const auto m = p["size1"].get<std::uint64_t>();
        const auto n = p["size2"].get<std::uint64_t>();
        const auto proof = digests(p["proof_hex"]);
        INFO("from " << m << " to " << n);
        CHECK(merkle::consistencyProof(std::span(leaves).first(n), m) == proof);
        CHECK(merkle::verifyConsistency(m, n, roots[m], roots[n], proof));
        if (m == n) {
            CHECK_FALSE(merkle::verifyConsistency(m, n, roots[m], roots[m == 8 ? 7 : m + 1], proof));
            continue;
        }
        CHECK_FALSE(merkle::verifyConsistency(m, n, roots[n], roots[m], proof));  // swapped roots
        CHECK_FALSE(merkle::verifyConsistency(m, n * 2, roots[m], roots[n], proof));
        CHECK_FALSE(merkle::verifyConsistency(m + 1, n, roots[m], roots[n], proof));
        for (std::size_t i = 0; i < proof.size(); ++i) {
            auto bad = proof;
            bad[i][0] ^= 0x01;
            CHECK_FALSE(merkle::verifyConsistency(m, n, roots[m], roots[n], bad));
        }
        if (!proof.empty()) {
            CHECK_FALSE(merkle::verifyConsistency(m, n, roots[m], roots[n], std::span(proof).first(proof.size() - 1)));
        }
        auto longer = proof;
        longer.push_back(roots[1]);
        CHECK_FALSE(merkle::verifyConsistency(m, n, roots[m], roots[n], longer));
    }
}

TEST_CASE("proofs of every leaf and every prefix of a larger tree verify", "[merkle]") {
    std::vector<Digest> leaves;
    for (int i = 0; i < 70; ++i) {
        const std::string data = "entry " + std::to_string(i);
        leaves.push_back(merkle::leafHash(asBytes(data)));
    }
    for (std::uint64_t n = 1; n <= leaves.size(); ++n) {
        const auto tree = std::span(leaves).first(n);
        const Digest root = merkle::root(tree);
        for (std::uint64_t i = 0; i < n; ++i) {
            REQUIRE(merkle::verifyInclusion(leaves[i], i, n, merkle::inclusionProof(tree, i), root));
        }
        for (std::uint64_t m = 1; m <= n; ++m) {
            REQUIRE(
                merkle::verifyConsistency(m, n, merkle::root(tree.first(m)), root, merkle::consistencyProof(tree, m)));
        }
    }
}

TEST_CASE("roots at many tree sizes in one pass equal the roots computed one by one", "[merkle]") {
    std::vector<Digest> leaves;
    for (int i = 0; i < 300; ++i) {
        leaves.push_back(merkle::leafHash(asBytes(std::to_string(i))));
    }
    const std::vector<std::uint64_t> sizes{0, 1, 2, 3, 7, 8, 9, 64, 65, 100, 255, 256, 299, 300, 300};
    const auto roots = merkle::rootsAt(leaves, sizes);
    REQUIRE(roots.size() == sizes.size());
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        CHECK(roots[i] == merkle::root(std::span(leaves).first(sizes[i])));
    }
    const std::vector<std::uint64_t> tooBig{301};
    CHECK_THROWS(merkle::rootsAt(leaves, tooBig));
}

TEST_CASE("a tree kept in memory gives the same roots and inclusion proofs as RFC 6962", "[merkle]") {
    std::vector<Digest> leaves;
    for (int i = 0; i < 70; ++i) {
        leaves.push_back(merkle::leafHash(asBytes("leaf " + std::to_string(i))));
    }
    CHECK(merkle::Tree({}).root() == merkle::root({}));
    for (std::uint64_t n = 1; n <= leaves.size(); ++n) {
        const auto prefix = std::span(leaves).first(n);
        const merkle::Tree tree({prefix.begin(), prefix.end()});
        REQUIRE(tree.size() == n);
        REQUIRE(tree.root() == merkle::root(prefix));
        for (std::uint64_t i = 0; i < n; ++i) {
            REQUIRE(tree.inclusionProof(i) == merkle::inclusionProof(prefix, i));
        }
        CHECK_THROWS(tree.inclusionProof(n));
    }
}
