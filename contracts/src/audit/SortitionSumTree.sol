// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title Weighted sortition sum tree
/// @notice Stores one non-negative weight per member and draws members with a chance proportional to their weight,
/// in O(log n) storage reads per draw and O(log n) writes per weight change, however many members there are.
/// @dev The role of Kleros' SortitionSumTree, built as a Fenwick (binary indexed) tree: position p holds the sum of
/// the leaf weights in (p - lowbit(p), p], so prefix sums and the "first position whose prefix sum exceeds r" search
/// (binary lifting) each visit at most log2(n) nodes. A new member appends a position (its node is the sum of its
/// Fenwick children plus its own weight); a member whose weight drops to zero keeps its position with weight zero
/// and can never be drawn. Draws can exclude members (already drawn, the requester) without writing storage: the
/// search subtracts the excluded leaves' weights from every node whose range contains them.
library SortitionSumTree {
    /// @dev Leaf weights are not stored here: the caller keeps each member's weight (e.g. in its own balance slot)
    /// and passes the old weight on every change, which saves a storage write per change.
    /// `tag` is 160 bits of the caller's own data sharing the slot with `size` (read together, e.g. an access check
    /// and a tree update in one cold read).
    struct Tree {
        address tag;
        uint96 size;
        mapping(uint256 position => uint256) nodes;
        mapping(uint256 position => address) members;
    }

    /// @dev Appends `member` with a non-zero `weight` at the next position and returns that position.
    function add(Tree storage tree, address member, uint256 weight) internal returns (uint256 position) {
        position = ++tree.size;
        tree.size = uint96(position);
        tree.members[position] = member;
        uint256 node = weight;
        uint256 lowbit = position & (~position + 1);
        for (uint256 step = 1; step < lowbit; step <<= 1) {
            node += tree.nodes[position - step];
        }
        tree.nodes[position] = node;
    }

    /// @dev Changes the weight at `position` from `old` (its current weight) to `weight`.
    function update(Tree storage tree, uint256 position, uint256 old, uint256 weight) internal {
        if (old == weight) return;
        uint256 size = tree.size;
        if (weight > old) {
            uint256 increase = weight - old;
            for (uint256 i = position; i <= size; i += i & (~i + 1)) {
                tree.nodes[i] += increase;
            }
        } else {
            uint256 decrease = old - weight;
            for (uint256 i = position; i <= size; i += i & (~i + 1)) {
                tree.nodes[i] -= decrease;
            }
        }
    }

    /// @dev Sum of all weights.
    function total(Tree storage tree) internal view returns (uint256 sum) {
        for (uint256 i = tree.size; i > 0; i &= i - 1) {
            sum += tree.nodes[i];
        }
    }

    /// @dev The first position whose prefix sum of (non-excluded) weights exceeds `target`. `target` must be below
    /// the total minus the excluded weights. The first `excludedCount` entries of `excludedPositions` and
    /// `excludedWeights` describe leaves treated as weight zero.
    function find(
        Tree storage tree,
        uint256 target,
        uint256[] memory excludedPositions,
        uint256[] memory excludedWeights,
        uint256 excludedCount
    ) internal view returns (uint256 position) {
        uint256 size = tree.size;
        uint256 step = 1;
        while (step <= size >> 1) {
            step <<= 1;
        }
        for (; step > 0; step >>= 1) {
            uint256 next = position + step;
            if (next > size) continue;
            uint256 weight = tree.nodes[next];
            for (uint256 j = 0; j < excludedCount; ++j) {
                uint256 excluded = excludedPositions[j];
                if (excluded > position && excluded <= next) weight -= excludedWeights[j];
            }
            if (weight <= target) {
                target -= weight;
                position = next;
            }
        }
        return position + 1;
    }
}
