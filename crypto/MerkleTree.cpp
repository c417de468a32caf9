// SPDX-License-Identifier: GPL-3.0-or-later
#include "MerkleTree.h"

#include "Error.h"

#include <bit>

namespace custodia::crypto::merkle {

namespace {

// The largest power of two smaller than n (n > 1).
std::uint64_t split(std::uint64_t n) {
    return std::bit_floor(n - 1);
}

void subProof(std::span<const Digest> d, std::uint64_t m, bool whole, std::vector<Digest>& out) {
    const std::uint64_t n = d.size();
    if (m == n) {
        if (!whole) {
            out.push_back(root(d));
        }
        return;
    }
    const std::uint64_t k = split(n);
    if (m <= k) {
        subProof(d.first(k), m, whole, out);
        out.push_back(root(d.subspan(k)));
    } else {
        subProof(d.subspan(k), m - k, false, out);
        out.push_back(root(d.first(k)));
    }
}

}  // namespace

Digest leafHash(std::span<const std::uint8_t> data) {
    Sha256 h;
    const std::uint8_t prefix = 0x00;
    h.update(std::span(&prefix, 1));
    h.update(data);
    return h.finish();
}

Digest nodeHash(const Digest& left, const Digest& right) {
    std::array<std::uint8_t, 65> buf{};
    buf[0] = 0x01;
    std::copy(left.begin(), left.end(), buf.begin() + 1);
    std::copy(right.begin(), right.end(), buf.begin() + 33);
    return Sha256::of(buf);
}

Digest root(std::span<const Digest> leaves) {
    if (leaves.empty()) {
        return Sha256::of(std::span<const std::uint8_t>());
    }
    if (leaves.size() == 1) {
        return leaves[0];
    }
    const std::uint64_t k = split(leaves.size());
    return nodeHash(root(leaves.first(k)), root(leaves.subspan(k)));
}

std::vector<Digest> rootsAt(std::span<const Digest> leaves, std::span<const std::uint64_t> sizes) {
    // The tree of n leaves is the complete subtrees of the binary digits of n,
    // left to right; its root folds them from the right (RFC 6962's split).
    struct Subtree {
        int height;
        Digest hash;
    };
    std::vector<Subtree> frontier;
    std::vector<Digest> out;
    std::size_t next = 0;
    for (std::uint64_t n = 0; n <= leaves.size() && next < sizes.size(); ++n) {
        while (next < sizes.size() && sizes[next] == n) {
            if (frontier.empty()) {
                out.push_back(root({}));
            } else {
                Digest r = frontier.back().hash;
                for (auto it = frontier.rbegin() + 1; it != frontier.rend(); ++it) {
                    r = nodeHash(it->hash, r);
                }
                out.push_back(r);
            }
            ++next;
        }
        if (n == leaves.size()) {
            break;
        }
        frontier.push_back({0, leaves[n]});
        while (frontier.size() >= 2 && frontier[frontier.size() - 2].height == frontier.back().height) {
            const Subtree right = frontier.back();
            frontier.pop_back();
            frontier.back() = {right.height + 1, nodeHash(frontier.back().hash, right.hash)};
        }
    }
    if (out.size() != sizes.size()) {
        throw Error(Error::Code::InvalidArgument, "tree sizes must be ascending and within the tree");
    }
    return out;
}

std::vector<Digest> inclusionProof(std::span<const Digest> leaves, std::uint64_t index) {
    if (index >= leaves.size()) {
        throw Error(Error::Code::InvalidArgument, "inclusion proof for a leaf outside the tree");
    }
    std::vector<Digest> path;
    // Walk down from the root, collecting siblings top-down, then reverse.
    std::span<const Digest> d = leaves;
    std::uint64_t m = index;
    while (d.size() > 1) {
        const std::uint64_t k = split(d.size());
        if (m < k) {
            path.push_back(root(d.subspan(k)));
            d = d.first(k);
        } else {
            path.push_back(root(d.first(k)));
            d = d.subspan(k);
            m -= k;
        }
    }
    return {path.rbegin(), path.rend()};
}

Tree::Tree(std::vector<Digest> leafHashes) {
    levels_.push_back(std::move(leafHashes));
    while (levels_.back().size() > 1) {
        const std::vector<Digest>& below = levels_.back();
        std::vector<Digest> up;
        up.reserve((below.size() + 1) / 2);
        for (std::size_t i = 0; i + 1 < below.size(); i += 2) {
            up.push_back(nodeHash(below[i], below[i + 1]));
        }
        if (below.size() % 2 == 1) {
            up.push_back(below.back());
        }
        levels_.push_back(std::move(up));
    }
}

Digest Tree::root() const {
    return levels_.front().empty() ? merkle::root({}) : levels_.back().front();
}

std::vector<Digest> Tree::inclusionProof(std::uint64_t index) const {
    if (index >= size()) {
        throw Error(Error::Code::InvalidArgument, "inclusion proof for a leaf outside the tree");
    }
    std::vector<Digest> path;
    for (std::size_t level = 0; level + 1 < levels_.size(); ++level) {
        const std::uint64_t sibling = index ^ 1U;
        if (sibling < levels_[level].size()) {
            path.push_back(levels_[level][sibling]);
        }
        index /= 2;
    }
    return path;
}

std::vector<Digest> consistencyProof(std::span<const Digest> leaves, std::uint64_t oldSize) {
    if (oldSize == 0 || oldSize > leaves.size()) {
        throw Error(Error::Code::InvalidArgument, "consistency proof from an impossible tree size");
    }
    std::vector<Digest> out;
    subProof(leaves, oldSize, true, out);
    return out;
}

bool verifyInclusion(const Digest& leaf, std::uint64_t index, std::uint64_t treeSize, std::span<const Digest> proof,
                     const Digest& expectedRoot) noexcept {
    if (index >= treeSize) {
        return false;
    }
    std::uint64_t fn = index;
    std::uint64_t sn = treeSize - 1;
    Digest r = leaf;
    for (const Digest& p : proof) {
        if (sn == 0) {
            return false;
        }
        if ((fn & 1U) != 0 || fn == sn) {
            r = nodeHash(p, r);
            while ((fn & 1U) == 0 && fn != 0) {
                fn >>= 1U;
                sn >>= 1U;
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1U;
        sn >>= 1U;
    }
    return sn == 0 && r == expectedRoot;
}

bool verifyConsistency(std::uint64_t oldSize, std::uint64_t newSize, const Digest& oldRoot, const Digest& newRoot,
                       std::span<const Digest> proof) noexcept {
    if (oldSize > newSize) {
        return false;
    }
    if (oldSize == newSize) {
        return proof.empty() && oldRoot == newRoot;
    }
    if (oldSize == 0) {
        return proof.empty();  // the empty tree is a prefix of every tree
    }
    std::vector<Digest> path;
    if (std::has_single_bit(oldSize)) {
        path.push_back(oldRoot);
    }
    path.insert(path.end(), proof.begin(), proof.end());
    if (path.empty()) {
        return false;
    }
    std::uint64_t fn = oldSize - 1;
    std::uint64_t sn = newSize - 1;
    while ((fn & 1U) != 0) {
        fn >>= 1U;
        sn >>= 1U;
    }
    Digest fr = path[0];
    Digest sr = path[0];
    for (std::size_t i = 1; i < path.size(); ++i) {
        const Digest& c = path[i];
        if (sn == 0) {
            return false;
        }
        if ((fn & 1U) != 0 || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            while ((fn & 1U) == 0 && fn != 0) {
                fn >>= 1U;
                sn >>= 1U;
            }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1U;
        sn >>= 1U;
    }
    return sn == 0 && fr == oldRoot && sr == newRoot;
}

}  // namespace custodia::crypto::merkle
