// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sha256.h"

#include <cstdint>
#include <span>
#include <vector>

// The Merkle tree of RFC 6962 section 2.1 (Certificate Transparency), with
// the verification algorithms of RFC 9162 section 2.1.3 and 2.1.4. The custody
// log's entry hashes are its leaves: an inclusion proof shows that an entry is
// in the log a tree head commits to; a consistency proof shows that a later
// log only appended to an earlier one.
namespace custodia::crypto::merkle {

// SHA-256(0x00 || data)
[[nodiscard]] Digest leafHash(std::span<const std::uint8_t> data);
// SHA-256(0x01 || left || right)
[[nodiscard]] Digest nodeHash(const Digest& left, const Digest& right);

// MTH of the leaves whose leaf hashes are given; SHA-256("") for none.
[[nodiscard]] Digest root(std::span<const Digest> leafHashes);

// MTH at each of `sizes` (ascending, each <= leafHashes.size()) in one pass
// over the leaves, keeping only the O(log n) roots of complete subtrees.
[[nodiscard]] std::vector<Digest> rootsAt(std::span<const Digest> leafHashes, std::span<const std::uint64_t> sizes);

// The audit path of leaf `index` in the tree of all `leafHashes` (bottom-up).
[[nodiscard]] std::vector<Digest> inclusionProof(std::span<const Digest> leafHashes, std::uint64_t index);
// The proof that the tree of the first `oldSize` leaves is a prefix of the
// tree of all `leafHashes`. Requires 0 < oldSize <= leafHashes.size().
[[nodiscard]] std::vector<Digest> consistencyProof(std::span<const Digest> leafHashes, std::uint64_t oldSize);

// The whole tree kept in memory, level by level (2n digests), for many
// inclusion proofs over the same tree in O(log n) each: a level's odd last
// node is carried up unchanged, which gives exactly RFC 6962's tree.
class Tree {
public:
    explicit Tree(std::vector<Digest> leafHashes);
    [[nodiscard]] std::uint64_t size() const noexcept { return levels_.front().size(); }
    [[nodiscard]] std::span<const Digest> leaves() const noexcept { return levels_.front(); }
    [[nodiscard]] Digest root() const;
    // The same path as inclusionProof(leafHashes, index).
    [[nodiscard]] std::vector<Digest> inclusionProof(std::uint64_t index) const;

private:
    std::vector<std::vector<Digest>> levels_;  // levels_[0]: the leaves
};

[[nodiscard]] bool verifyInclusion(const Digest& leaf, std::uint64_t index, std::uint64_t treeSize,
                                   std::span<const Digest> proof, const Digest& root) noexcept;
[[nodiscard]] bool verifyConsistency(std::uint64_t oldSize, std::uint64_t newSize, const Digest& oldRoot,
                                     const Digest& newRoot, std::span<const Digest> proof) noexcept;

}  // namespace custodia::crypto::merkle
