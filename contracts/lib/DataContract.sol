// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title DataContract
 * @author Mamori
 * @notice Stores bytes as the code of a new contract (the SSTORE2 idea): ~200 gas per byte to write instead of
 * ~20,000 gas per 32-byte storage slot, and cheap to read with EXTCODECOPY.
 * @dev The runtime code is 0x00 (STOP) followed by the data, so calling the data contract does nothing.
 */
library DataContract {
    /** @notice CREATE returned no contract (out of gas, or data longer than the code size limit). */
    error DataContract__CreateFailed();
    /** @notice The pointer holds no data contract. */
    error DataContract__NoData(address pointer);

    /**
     * @notice Deploys `data` as contract code.
     * @param data The bytes to store (at most 24,575 bytes).
     * @return pointer The data contract's address.
     */
    function write(bytes memory data) internal returns (address pointer) {
        // Init code (12 bytes): PUSH2 <runtime size> DUP1 PUSH1 0x0c PUSH1 0 CODECOPY PUSH1 0 RETURN,
        // which returns everything after itself as the runtime code.
        bytes memory init = abi.encodePacked(hex"61", uint16(data.length + 1), hex"80600c6000396000f300", data);
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            pointer := create(0, add(init, 0x20), mload(init))
        }
        if (pointer == address(0)) revert DataContract__CreateFailed();
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
