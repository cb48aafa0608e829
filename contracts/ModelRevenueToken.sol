// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {IERC7641} from "./interfaces/IERC7641.sol";

/**
 * @title ModelRevenueToken
 * @author Mamori
 * @notice The ERC-7641 revenue token of one registered art model, launched from the registry by the model's
 * registrant, who receives the whole fixed supply. Mint fees and royalties arrive as plain native-coin transfers.
 * Each `snapshot` allocates what arrived since the previous one: CLAIM_SHARE_BPS of it to the holders of that
 * snapshot (`claim`), the rest to the burn pool (`burn` redeems a pro-rata share of it at any time).
 *
 * Balances at a snapshot are the balances at the END OF THE PREVIOUS BLOCK: tokens borrowed, bought or moved in the
 * snapshot's own block (a flash loan, a sandwich around `snapshot`) count for nothing. Shares are rounded down, so
 * claims never exceed what was allocated; the dust (under 1 wei per holder and snapshot) stays in the contract.
 */
contract ModelRevenueToken is ERC20, IERC7641, ReentrancyGuardTransient {
    using Checkpoints for Checkpoints.Trace208;

    /** @notice Basis points in 100 %. */
    uint256 public constant BPS = 10_000;

    /** @notice The model this token shares the revenue of. */
    uint256 public immutable MODEL;
    /** @notice Part of each snapshot's new revenue that holders claim (basis points); the rest goes to the burn pool. */
    uint256 public immutable CLAIM_SHARE_BPS;
    /** @notice Blocks between two snapshots (the standard asks for a guard against snapshot spam). */
    uint256 public immutable SNAPSHOT_INTERVAL;

    /** @dev One snapshot, one slot: claimable revenue, its block and the supply at the end of the block before. */
    struct Snapshot {
        uint96 revenue;
        uint64 blockNumber;
        uint96 supply;
    }

    /** @notice The latest snapshot id (0 before the first). */
    uint256 public currentSnapshotId;
    /** @notice Block of the latest snapshot (the launch block before the first). */
    uint256 public lastSnapshotBlock;
    /** @notice Wei allocated to snapshots and not claimed yet. */
    uint256 public claimReserve;
    /** @notice Wei redeemable by burning. */
    uint256 public burnPool;

    mapping(uint256 snapshotId => Snapshot) private _snapshots;
    mapping(uint256 snapshotId => mapping(address account => bool)) private _claimed;
    mapping(address account => Checkpoints.Trace208) private _balanceHistory;
    Checkpoints.Trace208 private _supplyHistory;

    /**
     * @notice Emitted by `snapshot`.
     * @param snapshotId The new snapshot id.
     * @param claimable Wei allocated to the holders of this snapshot.
     * @param toBurnPool Wei added to the burn pool.
     * @param supply The supply the claims divide by.
     */
    event RevenueSnapshot(uint256 indexed snapshotId, uint256 claimable, uint256 toBurnPool, uint256 supply);
    /**
     * @notice Emitted by `claim`.
     * @param account The holder.
     * @param snapshotId The snapshot.
     * @param amount Wei paid.
     */
    event RevenueClaimed(address indexed account, uint256 indexed snapshotId, uint256 amount);
    /**
     * @notice Emitted by `burn`.
     * @param account The holder.
     * @param amount Tokens burnt.
     * @param redeemed Wei paid.
     */
    event Redeemed(address indexed account, uint256 amount, uint256 redeemed);

    /** @notice The claim share is above 100 %, the interval zero or the supply zero or above 2^96 - 1. */
    error ModelRevenueToken__InvalidParameters();
    /** @notice The previous snapshot is younger than SNAPSHOT_INTERVAL blocks. */
    error ModelRevenueToken__SnapshotTooSoon(uint256 nextAt);
    /** @notice No such snapshot. */
    error ModelRevenueToken__UnknownSnapshot(uint256 snapshotId);
    /** @notice Nothing to claim: no balance at the snapshot, or already claimed. */
    error ModelRevenueToken__NothingToClaim(uint256 snapshotId);
    /** @notice Burning zero tokens. */
    error ModelRevenueToken__ZeroAmount();
    /** @notice The native-coin payment to the caller failed. */
    error ModelRevenueToken__PaymentFailed(address to);

    /**
     * @notice Creates the token and mints the whole supply to `holder`.
     * @param name_ ERC-20 name.
     * @param symbol_ ERC-20 symbol.
     * @param model The model commitment.
     * @param holder Receives the supply (the registrant).
     * @param supply The fixed supply (18 decimals), at most 2^96 - 1.
     * @param claimShareBps Part of new revenue claimable by holders, in basis points.
     * @param snapshotInterval Minimum blocks between snapshots (at least 1).
     */
    constructor(
        string memory name_,
        string memory symbol_,
        uint256 model,
        address holder,
        uint256 supply,
        uint256 claimShareBps,
        uint256 snapshotInterval
    ) ERC20(name_, symbol_) {
        if (claimShareBps > BPS || snapshotInterval == 0 || supply == 0 || supply > type(uint96).max) {
            revert ModelRevenueToken__InvalidParameters();
        }
        MODEL = model;
        CLAIM_SHARE_BPS = claimShareBps;
        SNAPSHOT_INTERVAL = snapshotInterval;
        lastSnapshotBlock = block.number;
        _mint(holder, supply);
    }

    /** @notice Accepts mint fees, royalties and any other revenue; allocated at the next snapshot. */
    receive() external payable {}

    /// @inheritdoc IERC7641
    function snapshot() external nonReentrant returns (uint256 snapshotId) {
        uint256 nextAt = lastSnapshotBlock + SNAPSHOT_INTERVAL;
        if (block.number < nextAt) revert ModelRevenueToken__SnapshotTooSoon(nextAt);
        uint256 supply = _supplyHistory.upperLookupRecent(uint48(block.number - 1));
        uint256 inflow = address(this).balance - claimReserve - burnPool;
        // With no supply at the end of the previous block nobody could claim: everything goes to the burn pool.
        uint256 claimable = supply == 0 ? 0 : (inflow * CLAIM_SHARE_BPS) / BPS;
        claimReserve += claimable;
        burnPool += inflow - claimable;
        snapshotId = ++currentSnapshotId;
        lastSnapshotBlock = block.number;
        _snapshots[snapshotId] = Snapshot(uint96(claimable), uint64(block.number), uint96(supply));
        emit RevenueSnapshot(snapshotId, claimable, inflow - claimable, supply);
    }

    /// @inheritdoc IERC7641
    function claimableRevenue(address account, uint256 snapshotId) public view returns (uint256) {
        Snapshot memory s = _snapshots[snapshotId];
        if (s.blockNumber == 0 || s.supply == 0 || _claimed[snapshotId][account]) return 0;
        return (uint256(s.revenue) * _balanceHistory[account].upperLookupRecent(uint48(s.blockNumber - 1))) / s.supply;
    }

    /// @inheritdoc IERC7641
    function claim(uint256 snapshotId) external nonReentrant {
        if (_snapshots[snapshotId].blockNumber == 0) revert ModelRevenueToken__UnknownSnapshot(snapshotId);
        uint256 amount = claimableRevenue(msg.sender, snapshotId);
        if (amount == 0) revert ModelRevenueToken__NothingToClaim(snapshotId);
        _claimed[snapshotId][msg.sender] = true;
        claimReserve -= amount;
        emit RevenueClaimed(msg.sender, snapshotId, amount);
        _pay(msg.sender, amount);
    }

    /// @inheritdoc IERC7641
    function redeemableOnBurn(uint256 amount) public view returns (uint256) {
        uint256 supply = totalSupply();
        return supply == 0 ? 0 : (burnPool * amount) / supply;
    }

    /// @inheritdoc IERC7641
    function burn(uint256 amount) external nonReentrant {
        if (amount == 0) revert ModelRevenueToken__ZeroAmount();
        uint256 redeemed = redeemableOnBurn(amount);
        _burn(msg.sender, amount);
        burnPool -= redeemed;
        emit Redeemed(msg.sender, amount, redeemed);
        _pay(msg.sender, redeemed);
    }

    /**
     * @notice Returns whether `account` claimed snapshot `snapshotId`.
     * @param account The holder.
     * @param snapshotId The snapshot.
     * @return True when claimed.
     */
    function claimed(address account, uint256 snapshotId) external view returns (bool) {
        return _claimed[snapshotId][account];
    }

    /**
     * @notice Returns a snapshot: the wei allocated to its holders, its block and the supply it divides by.
     * @param snapshotId The snapshot.
     * @return revenue Wei allocated to claims.
     * @return blockNumber The snapshot block (balances are read at the end of the block before).
     * @return supply The supply at the end of the block before.
     */
    function snapshotOf(uint256 snapshotId) external view returns (uint256 revenue, uint256 blockNumber, uint256 supply) {
        Snapshot memory s = _snapshots[snapshotId];
        return (s.revenue, s.blockNumber, s.supply);
    }

    /**
     * @notice Returns the balance `account` held for snapshot `snapshotId` (end of the block before it).
     * @param account The holder.
     * @param snapshotId The snapshot.
     * @return The balance.
     */
    function balanceOfAt(address account, uint256 snapshotId) external view returns (uint256) {
        uint256 b = _snapshots[snapshotId].blockNumber;
        if (b == 0) revert ModelRevenueToken__UnknownSnapshot(snapshotId);
        return _balanceHistory[account].upperLookupRecent(uint48(b - 1));
    }

    /** @notice Wei received and not yet allocated by a snapshot. */
    function pendingRevenue() external view returns (uint256) {
        return address(this).balance - claimReserve - burnPool;
    }

    /** @dev Records every balance change by block, so a snapshot reads the balances before its block. */
    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        uint48 blockNumber = uint48(block.number);
        if (from == address(0) || to == address(0)) _supplyHistory.push(blockNumber, uint208(totalSupply()));
        if (from != address(0)) _balanceHistory[from].push(blockNumber, uint208(balanceOf(from)));
        if (to != address(0)) _balanceHistory[to].push(blockNumber, uint208(balanceOf(to)));
    }

    /** @dev Sends native coin (state is final before this call; claim and burn are also nonReentrant). */
    function _pay(address to, uint256 amount) private {
        if (amount == 0) return;
        // solhint-disable-next-line avoid-low-level-calls
        (bool ok,) = payable(to).call{value: amount}("");
        if (!ok) revert ModelRevenueToken__PaymentFailed(to);
    }
}
