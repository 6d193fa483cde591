// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SortitionSumTree} from "./SortitionSumTree.sol";

/// @title Auditor reputation (REP)
/// @notice Non-transferable, decaying reputation of the DAO's auditors. The AuditRegistry raises it for results
/// coherent with an audit's final result and lowers it for distance from that result and for missed reveals; the
/// DAO (owner, the timelock) can mint and burn it. Every balance halves at the end of each epoch, so reputation
/// reflects recent work. Registered auditors (set by the registry) are kept in a sortition sum tree weighted by
/// reputation, from which the registry draws audit panels in O(log n). Community reviews (the AuditReviews contract
/// set by the owner) award or withdraw bounded amounts through {review}.
/// @dev ERC-20 read interface (18 decimals) so that wallets can show it; every transfer path reverts with
/// {ReputationNonTransferable}. Decay is lazy: a balance is stored with the epoch it was written in and read as
/// `value >> (currentEpoch - epoch)`. Because all balances decay at the same rate, the draw weights can stay exact
/// without touching every auditor each epoch: the tree holds `value << epoch` (the balance scaled to epoch 0),
/// whose ratios equal the ratios of the current decayed balances. With values capped at 2^96 and at most
/// {MAX_EPOCHS} epochs, the scaled weights and their sums stay far below 2^256; after {MAX_EPOCHS} epochs
/// (e.g. 32 years with 90-day epochs) the DAO must migrate to a new reputation contract.
contract AuditorReputation is IERC20, IERC20Metadata, Ownable {
    using SortitionSumTree for SortitionSumTree.Tree;

    /// @notice Epochs after deployment for which balances can still change (see the contract notes).
    uint256 public constant MAX_EPOCHS = 128;
    /// @notice Largest balance one account can hold (2^96 - 1 base units).
    uint256 public constant MAX_REPUTATION = type(uint96).max;

    /// @dev One slot: the balance, its epoch, the auditor flag and the position in the sum tree (0 = none). The
    /// tree leaf of a positioned account is its weight `auditor ? value << epoch : 0`, kept here, not in the tree.
    struct Balance {
        uint128 value;
        uint64 epoch;
        bool auditor;
        uint56 position;
    }

    uint256 private immutable _genesis;
    uint256 private immutable _epochDuration;
    /// @dev Scaled balances of accounts that are not registered auditors; the auditors' scaled balances are the sum
    /// tree's total (so a registry adjustment of an auditor writes its balance and the tree, not a supply counter).
    uint256 private _otherScaledSupply;
    mapping(address account => Balance) private _balances;
    SortitionSumTree.Tree private _auditors;
    address private _reviews;

    /// @notice Reputation cannot be transferred or approved.
    error ReputationNonTransferable();
    /// @notice Only the AuditRegistry may call this function.
    error NotRegistry(address caller);
    /// @notice The epoch duration must be positive.
    error InvalidEpochDuration();
    /// @notice The account would hold more than {MAX_REPUTATION}.
    error ReputationLimitExceeded(address account, uint256 value);
    /// @notice Burning more than the account holds.
    error InsufficientReputation(address account, uint256 balance, uint256 amount);
    /// @notice Balances cannot change any more: {MAX_EPOCHS} epochs have passed since deployment.
    error EpochLimitReached(uint256 epoch);
    /// @notice Fewer auditors with positive reputation (other than the excluded account) than the panel needs.
    error NotEnoughAuditors(uint256 available, uint256 wanted);
    /// @notice `accounts` and `deltas` differ in length.
    error LengthMismatch(uint256 accounts, uint256 deltas);
    /// @notice Only the AuditReviews contract may call this function.
    error NotReviews(address caller);

    /// @notice `account`'s reputation changed to `value` (in epoch `epoch`) by `delta`.
    event ReputationChanged(address indexed account, int256 delta, uint256 value, uint256 epoch);
    /// @notice `account` was registered (`auditor` true) or deregistered as an auditor eligible for draws.
    event AuditorStatusChanged(address indexed account, bool auditor);
    /// @notice The registry allowed to adjust reputation and register auditors changed.
    event RegistryChanged(address indexed registry);
    /// @notice The community-reviews contract allowed to apply review awards and withdrawals changed.
    event ReviewsChanged(address indexed reviews);

    /// @param _initialOwner Owner (the DAO timelock; the deployer during setup) allowed to mint, burn and set the registry.
    /// @param _epochLength Seconds per decay epoch (every balance halves at the end of each epoch).
    constructor(address _initialOwner, uint256 _epochLength) Ownable(_initialOwner) {
        if (_epochLength == 0) revert InvalidEpochDuration();
        _genesis = block.timestamp;
        _epochDuration = _epochLength;
    }

    modifier onlyRegistry() {
        if (msg.sender != _auditors.tag) revert NotRegistry(msg.sender);
        _;
    }

    // ---- DAO ----

    /// @notice Sets the AuditRegistry that adjusts reputation and registers auditors. Only the owner.
    /// @param newRegistry The registry contract.
    function setRegistry(address newRegistry) external onlyOwner {
        _auditors.tag = newRegistry;
        emit RegistryChanged(newRegistry);
    }

    /// @notice Adds `amount` reputation to `account`. Only the owner (the DAO).
    /// @param account Receiver.
    /// @param amount Amount in base units (18 decimals).
    function mint(address account, uint256 amount) external onlyOwner {
        _change(account, int256(amount));
    }

    /// @notice Removes `amount` reputation from `account`. Only the owner (the DAO).
    /// @param account Holder.
    /// @param amount Amount in base units; must not exceed the current (decayed) balance.
    function burn(address account, uint256 amount) external onlyOwner {
        uint256 balance = balanceOf(account);
        if (amount > balance) revert InsufficientReputation(account, balance, amount);
        _change(account, -int256(amount));
    }

    // ---- Registry ----

    /// @notice Registers or deregisters `account` as an auditor that can be drawn. Only the registry.
    /// @param account The auditor.
    /// @param auditor True to register, false to deregister.
    function setAuditor(address account, bool auditor) external onlyRegistry {
        Balance memory balance = _balances[account];
        if (balance.auditor != auditor) {
            uint256 scaled = uint256(balance.value) << balance.epoch;
            if (auditor) _otherScaledSupply -= scaled;
            else _otherScaledSupply += scaled;
            uint256 oldWeight = _weightOf(balance);
            balance.auditor = auditor;
            _setWeight(account, balance, oldWeight, _weightOf(balance));
            _balances[account] = balance;
        }
        emit AuditorStatusChanged(account, auditor);
    }

    /// @notice Raises (positive delta) or lowers (negative delta, floored at zero) reputations. Only the registry.
    /// @param accounts The accounts.
    /// @param deltas Signed changes in base units, one per account.
    function adjust(address[] calldata accounts, int256[] calldata deltas) external onlyRegistry {
        if (accounts.length != deltas.length) revert LengthMismatch(accounts.length, deltas.length);
        for (uint256 i = 0; i < accounts.length; ++i) {
            if (deltas[i] != 0) _change(accounts[i], deltas[i]);
        }
    }

    // ---- Community reviews ----

    /// @notice Sets the AuditReviews contract whose reviews award or withdraw reputation. Only the owner.
    /// @param newReviews The reviews contract (zero disables reviews).
    function setReviews(address newReviews) external onlyOwner {
        _reviews = newReviews;
        emit ReviewsChanged(newReviews);
    }

    /// @notice Applies one review's award (positive delta) or withdrawal (negative, floored at zero) to `account`.
    /// Only the reviews contract, which bounds the amounts. Decay and non-transferability are unchanged.
    /// @param account The reviewed auditor.
    /// @param delta Signed change in base units.
    /// @return applied The change actually applied (a withdrawal stops at a zero balance).
    function review(address account, int256 delta) external returns (int256 applied) {
        if (msg.sender != _reviews) revert NotReviews(msg.sender);
        uint256 before = balanceOf(account);
        if (delta != 0) _change(account, delta);
        applied = int256(balanceOf(account)) - int256(before);
    }

    /// @notice The community-reviews contract allowed to apply reviews.
    /// @return The reviews contract address.
    function reviews() external view returns (address) {
        return _reviews;
    }

    // ---- Draw ----

    /// @notice Draws `size` distinct registered auditors, each with a chance proportional to its reputation,
    /// never `excluded`.
    /// @dev O(size^2 * log n) storage reads, no writes. The caller supplies the randomness.
    /// @param seed Randomness for this draw.
    /// @param size Number of auditors.
    /// @param excluded Account that must not be drawn (the requester).
    /// @return panel The drawn auditors in draw order.
    function drawPanel(bytes32 seed, uint256 size, address excluded) external view returns (address[] memory panel) {
        uint256 remaining = _auditors.total();
        uint256[] memory positions = new uint256[](size + 1);
        uint256[] memory weights = new uint256[](size + 1);
        uint256 excludedCount;
        Balance memory excludedBalance = _balances[excluded];
        uint256 excludedWeight = _weightOf(excludedBalance);
        if (excludedBalance.position != 0 && excludedWeight != 0) {
            positions[0] = excludedBalance.position;
            weights[0] = excludedWeight;
            remaining -= weights[0];
            excludedCount = 1;
        }
        panel = new address[](size);
        for (uint256 k = 0; k < size; ++k) {
            if (remaining == 0) revert NotEnoughAuditors(k, size);
            uint256 target = uint256(keccak256(abi.encode(seed, k))) % remaining;
            uint256 position = _auditors.find(target, positions, weights, excludedCount);
            address member = _auditors.members[position];
            uint256 weight = _weightOf(_balances[member]);
            panel[k] = member;
            positions[excludedCount] = position;
            weights[excludedCount] = weight;
            ++excludedCount;
            remaining -= weight;
        }
    }

    // ---- Views ----

    /// @notice The registry allowed to adjust reputation.
    /// @return The registry address.
    function registry() external view returns (address) {
        return _auditors.tag;
    }

    /// @notice Current decay epoch (0 at deployment).
    /// @return The epoch number.
    function currentEpoch() public view returns (uint256) {
        return (block.timestamp - _genesis) / _epochDuration;
    }

    /// @notice Seconds per decay epoch.
    /// @return The epoch duration.
    function epochDuration() external view returns (uint256) {
        return _epochDuration;
    }

    /// @notice Whether `account` is a registered auditor.
    /// @param account The account.
    /// @return True if registered.
    function isAuditor(address account) external view returns (bool) {
        return _balances[account].auditor;
    }

    /// @notice Number of accounts ever registered as auditors (positions in the sum tree).
    /// @return The count.
    function auditorSlots() external view returns (uint256) {
        return _auditors.size;
    }

    /// @notice Current (decayed) reputations of `accounts`.
    /// @param accounts The accounts.
    /// @return values One balance per account.
    function reputationsOf(address[] calldata accounts) external view returns (uint256[] memory values) {
        values = new uint256[](accounts.length);
        for (uint256 i = 0; i < accounts.length; ++i) {
            values[i] = balanceOf(accounts[i]);
        }
    }

    /// @notice Current (decayed) reputation of `account`.
    /// @param account The account.
    /// @return The balance in base units.
    function balanceOf(address account) public view returns (uint256) {
        Balance memory balance = _balances[account];
        uint256 age = currentEpoch() - balance.epoch;
        return age >= 128 ? 0 : uint256(balance.value) >> age;
    }

    /// @notice Current (decayed) total reputation.
    /// @return The total in base units.
    function totalSupply() external view returns (uint256) {
        uint256 epoch = currentEpoch();
        return epoch >= 256 ? 0 : (_auditors.total() + _otherScaledSupply) >> epoch;
    }

    /// @notice Token name.
    /// @return "EmissionsDao Auditor Reputation".
    function name() external pure returns (string memory) {
        return "EmissionsDao Auditor Reputation";
    }

    /// @notice Token symbol.
    /// @return "REP".
    function symbol() external pure returns (string memory) {
        return "REP";
    }

    /// @notice Decimals of the balances.
    /// @return 18.
    function decimals() external pure returns (uint8) {
        return 18;
    }

    /// @notice Reputation has no allowances.
    /// @param owner Any account.
    /// @param spender Any account.
    /// @return Always 0.
    function allowance(address owner, address spender) external pure returns (uint256) {
        (owner, spender);
        return 0;
    }

    /// @notice Always reverts: reputation is not transferable.
    /// @param to Ignored.
    /// @param value Ignored.
    /// @return Never returns.
    function transfer(address to, uint256 value) external pure returns (bool) {
        (to, value);
        revert ReputationNonTransferable();
    }

    /// @notice Always reverts: reputation is not transferable.
    /// @param from Ignored.
    /// @param to Ignored.
    /// @param value Ignored.
    /// @return Never returns.
    function transferFrom(address from, address to, uint256 value) external pure returns (bool) {
        (from, to, value);
        revert ReputationNonTransferable();
    }

    /// @notice Always reverts: reputation cannot be approved for transfer.
    /// @param spender Ignored.
    /// @param value Ignored.
    /// @return Never returns.
    function approve(address spender, uint256 value) external pure returns (bool) {
        (spender, value);
        revert ReputationNonTransferable();
    }

    // ---- Internals ----

    function _change(address account, int256 delta) private {
        uint256 epoch = currentEpoch();
        if (epoch >= MAX_EPOCHS) revert EpochLimitReached(epoch);
        Balance memory balance = _balances[account];
        uint256 age = epoch - balance.epoch;
        uint256 current = age >= 128 ? 0 : uint256(balance.value) >> age;
        uint256 value;
        if (delta >= 0) {
            value = current + uint256(delta);
            if (value > MAX_REPUTATION) revert ReputationLimitExceeded(account, value);
        } else {
            uint256 decrease = uint256(-delta);
            value = decrease >= current ? 0 : current - decrease;
        }
        uint256 oldScaled = uint256(balance.value) << balance.epoch;
        uint256 newScaled = value << epoch;
        Balance memory updated = Balance(uint128(value), uint64(epoch), balance.auditor, balance.position);
        if (balance.auditor) _setWeight(account, updated, oldScaled, newScaled);
        else _otherScaledSupply = _otherScaledSupply - oldScaled + newScaled;
        _balances[account] = updated;
        emit ReputationChanged(account, int256(value) - int256(current), value, epoch);
        if (value > current) emit Transfer(address(0), account, value - current);
        else if (value < current) emit Transfer(account, address(0), current - value);
    }

    function _weightOf(Balance memory balance) private pure returns (uint256) {
        return balance.auditor ? uint256(balance.value) << balance.epoch : 0;
    }

    /// @dev Moves `account`'s tree weight from `oldWeight` to `newWeight`, giving it a position on its first
    /// non-zero weight (stored in `balance`, which the caller writes back).
    function _setWeight(address account, Balance memory balance, uint256 oldWeight, uint256 newWeight) private {
        if (balance.position == 0) {
            if (newWeight != 0) balance.position = uint56(_auditors.add(account, newWeight));
        } else {
            _auditors.update(balance.position, oldWeight, newWeight);
        }
    }
}
