// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title DataContract
 * @author Mamori
 * @notice Stores bytes as the code of a new contract (the SSTORE2 idea): ~200 gas per byte to write instead of
 * ~20,000 gas per 32-byte storage slot, and cheap to read with EXTCODECOPY. The data contract is created with
 * CREATE2 from one constant init code, salted with a key (the token id), so its address follows from the key
 * and no pointer needs to be stored (saves a 22,100-gas SSTORE per token).
 * @dev The constant init code cannot contain the data, so the creator stages the data in transient storage and
 * the init code fetches it with a STATICCALL back to the creator's `stagedCode()` (selector 0xc8105a28), which
 * must call `returnStaged`. The runtime code is 0x00 (STOP) followed by the data, so calling a data contract
 * does nothing.
 */
library DataContract {
    /**
     * @notice The init code: mstore(0, 0xc8105a28); if iszero(staticcall(gas(), caller(), 28, 4, 0, 0))
     * { revert(0, 0) }; returndatacopy(0, 0, returndatasize()); return(0, returndatasize()).
     */
    bytes internal constant INIT_CODE = hex"63c8105a285f525f5f6004601c335afa15601b573d5f5f3e3d5ff35b5f5ffd";
    /** @notice keccak256(INIT_CODE), for CREATE2 address derivation. */
    bytes32 internal constant INIT_CODE_HASH = keccak256(INIT_CODE);

    /** @notice CREATE2 returned no contract (key already used, or out of gas). */
    error DataContract__CreateFailed(uint256 key);
    /** @notice The pointer holds no data contract. */
    error DataContract__NoData(address pointer);

    /**
     * @notice Deploys `data` as the code of the data contract of `key`.
     * @param key The CREATE2 salt (one data contract per key).
     * @param data The bytes to store (at most 24,575 bytes).
     * @param slot The transient slot used for staging (the creator's `stagedCode()` must read the same one).
     * @return pointer The data contract's address.
     */
    function writeAt(uint256 key, bytes memory data, uint256 slot) internal returns (address pointer) {
        bytes memory init = INIT_CODE;
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            // Stage 0x00 || data: the length (plus the STOP byte) at `slot`, the bytes from slot + 1 on.
            let len := add(mload(data), 1)
            tstore(slot, len)
            // Shift data right by one byte so it follows the STOP byte: write word by word from data - 1.
            let src := add(data, 0x1f)
            mstore8(src, 0) // the byte before data's first byte is the last byte of its length word
            for { let i := 0 } lt(i, len) { i := add(i, 0x20) } {
                tstore(add(add(slot, 1), shr(5, i)), mload(add(src, i)))
            }
            mstore(data, sub(len, 1)) // restore the length word touched by mstore8
            pointer := create2(0, add(init, 0x20), mload(init), key)
            tstore(slot, 0)
        }
        if (pointer == address(0)) revert DataContract__CreateFailed(key);
    }

    /**
     * @notice Ends the current call returning the staged bytes raw (for the creator's `stagedCode()`).
     * @param slot The transient staging slot.
     */
    function returnStaged(uint256 slot) internal view {
        // solhint-disable-next-line no-inline-assembly
        assembly {
            let len := tload(slot)
            let ptr := mload(0x40)
            for { let i := 0 } lt(i, len) { i := add(i, 0x20) } {
                mstore(add(ptr, i), tload(add(add(slot, 1), shr(5, i))))
            }
            return(ptr, len)
        }
    }

    /**
     * @notice The address of the data contract of `key` created by `deployer`.
     * @param deployer The creator.
     * @param key The CREATE2 salt.
     * @return The address (it may hold no code yet).
     */
    function pointerOf(address deployer, uint256 key) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), deployer, key, INIT_CODE_HASH)))));
    }

    /**
     * @notice Reads `length` bytes of stored data starting at `offset`.
     * @param pointer The data contract.
     * @param offset First byte, counted from the start of the data (after the STOP byte).
     * @param length Number of bytes; the part past the end of the code reads as zeros.
     * @return data The bytes.
     */
    function read(address pointer, uint256 offset, uint256 length) internal view returns (bytes memory data) {
        if (pointer.code.length == 0) revert DataContract__NoData(pointer);
        data = new bytes(length);
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            extcodecopy(pointer, add(data, 0x20), add(offset, 1), length)
        }
    }

    /**
     * @notice Returns the number of stored bytes.
     * @param pointer The data contract.
     * @return The data length (code size minus the STOP byte).
     */
    function size(address pointer) internal view returns (uint256) {
        uint256 codeSize = pointer.code.length;
        if (codeSize == 0) revert DataContract__NoData(pointer);
        return codeSize - 1;
    }
}
