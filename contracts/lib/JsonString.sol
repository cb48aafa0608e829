// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title JsonString
 * @author Mamori
 * @notice Escapes bytes for use inside a JSON string literal (RFC 8259): quote, backslash and control
 * characters are escaped, everything else (including UTF-8 multi-byte sequences) is copied as is.
 */
library JsonString {
    bytes16 private constant _HEX = "0123456789abcdef";

    /**
     * @notice Returns `raw` escaped for a JSON string (without the surrounding quotes).
     * @param raw The untrusted bytes.
     * @return out The escaped bytes.
     */
    function escape(bytes memory raw) internal pure returns (bytes memory out) {
        uint256 extra = 0;
        for (uint256 i = 0; i < raw.length; ++i) {
            uint8 c = uint8(raw[i]);
            if (c == 0x22 || c == 0x5c || c == 0x0a || c == 0x0d || c == 0x09) extra += 1;
            else if (c < 0x20 || c == 0x7f) extra += 5;
        }
        if (extra == 0) return raw;
        out = new bytes(raw.length + extra);
        uint256 j = 0;
        for (uint256 i = 0; i < raw.length; ++i) {
            bytes1 b = raw[i];
            uint8 c = uint8(b);
            if (c == 0x22 || c == 0x5c) {
                out[j++] = "\\";
                out[j++] = b;
            } else if (c == 0x0a) {
                out[j++] = "\\";
                out[j++] = "n";
            } else if (c == 0x0d) {
                out[j++] = "\\";
                out[j++] = "r";
            } else if (c == 0x09) {
                out[j++] = "\\";
                out[j++] = "t";
            } else if (c < 0x20 || c == 0x7f) {
                // \u00XX; DEL is not required by JSON but some viewers mangle it.
                out[j++] = "\\";
                out[j++] = "u";
                out[j++] = "0";
                out[j++] = "0";
                out[j++] = _HEX[c >> 4];
                out[j++] = _HEX[c & 0x0f];
            } else {
                out[j++] = b;
            }
        }
    }
}
