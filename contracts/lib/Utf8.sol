// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title Utf8
 * @author Mamori
 * @notice Strict UTF-8 validation (Unicode 15, Table 3-7 "Well-Formed UTF-8 Byte Sequences"): no overlong forms
 * (C0, C1, E0 80..9F, F0 80..8F), no UTF-16 surrogates (ED A0..BF), nothing above U+10FFFF (F4 90.., F5..FF), no
 * lone continuation bytes and no sequence cut by the end of the input. A prompt that passes is a valid JSON
 * string body once JsonString escapes it, so `tokenURI` stays readable by strict parsers.
 */
library Utf8 {
    /** @dev For lead bytes C0..FF (index b - 0xC0, 3 bits each): the sequence length, 0 when the byte leads none. */
    uint256 private constant _LENGTHS = 0x0049246db6db6db6db492492492492492492492480;
    /** @dev For lead bytes C0..FF: which range the second byte must be in (0 normal, 1 E0, 2 ED, 3 F0, 4 F4). */
    uint256 private constant _KINDS = 0x004003010000000001000000000000000000000000;
    /** @dev Lowest and highest allowed second byte per kind, kind k at byte k: 80..BF, A0..BF, 80..9F, 90..BF, 80..8F. */
    uint256 private constant _SECOND_LO = 0x80a0809080000000000000000000000000000000000000000000000000000000;
    uint256 private constant _SECOND_HI = 0xbfbf9fbf8f000000000000000000000000000000000000000000000000000000;
    /** @dev Sixteen two-byte characters (lead 110xxxxx, one 10xxxxxx) in 32 bytes: the mask and the pattern. */
    uint256 private constant _RUN2_MASK = 0xe0c0e0c0e0c0e0c0e0c0e0c0e0c0e0c0e0c0e0c0e0c0e0c0e0c0e0c0e0c0e0c0;
    uint256 private constant _RUN2_PATTERN = 0xc080c080c080c080c080c080c080c080c080c080c080c080c080c080c080c080;
    /** @dev Bits 1..4 of each lead (all zero for the overlong C0, C1), a one at bit 1 and the top bit of each lead. */
    uint256 private constant _RUN2_BITS = 0x1e001e001e001e001e001e001e001e001e001e001e001e001e001e001e001e00;
    uint256 private constant _RUN2_ONES = 0x200020002000200020002000200020002000200020002000200020002000200;
    uint256 private constant _RUN2_TOPS = 0x8000800080008000800080008000800080008000800080008000800080008000;
    /** @dev Ten three-byte characters (lead 1110xxxx, two 10xxxxxx) in 30 bytes: the mask and the pattern. */
    uint256 private constant _RUN3_MASK = 0xf0c0c0f0c0c0f0c0c0f0c0c0f0c0c0f0c0c0f0c0c0f0c0c0f0c0c0f0c0c0;
    uint256 private constant _RUN3_PATTERN = 0xe08080e08080e08080e08080e08080e08080e08080e08080e08080e08080;
    /** @dev The low nibble of each lead of the run, a nibble equal to D, a one and the top bit of each 24-bit field. */
    uint256 private constant _RUN3_NIBBLES = 0xf00000f00000f00000f00000f00000f00000f00000f00000f00000f0000;
    uint256 private constant _RUN3_D = 0xd00000d00000d00000d00000d00000d00000d00000d00000d00000d0000;
    uint256 private constant _RUN3_ONES = 0x10000010000010000010000010000010000010000010000010000010000;
    uint256 private constant _RUN3_TOPS = 0x800000800000800000800000800000800000800000800000800000800000;

    /**
     * @notice Returns whether `s` is well-formed UTF-8.
     * @dev Four paths, cheapest first: 32 ASCII bytes at once; sixteen two-byte characters at once (Latin with
     * accents, Greek, Cyrillic, Hebrew, Arabic) when no lead is C0 or C1; ten three-byte characters at once (CJK and
     * most scripts of the Basic Multilingual Plane) when no lead is E0 or ED, the two leads whose second byte has a
     * narrower range; otherwise one character, its length and second-byte range read from tables. The
     * 32-byte window may read calldata past the end of `s`: a fast step is taken only when the bytes it accepts are
     * inside `s` (the ASCII step accepts bytes past the end only when they are ASCII, which ends the loop), and a
     * sequence is checked against `end` before it is accepted.
     * @param s The bytes.
     * @return ok True when valid.
     */
    function isValid(bytes calldata s) internal pure returns (bool ok) {
        // solhint-disable-next-line no-inline-assembly
        assembly {
            ok := 1
            let p := s.offset
            let end := add(p, s.length)
            for {} lt(p, end) {} {
                let w := calldataload(p)
                if iszero(and(w, 0x8080808080808080808080808080808080808080808080808080808080808080)) {
                    p := add(p, 32)
                    continue
                }
                let b0 := byte(0, w)
                if lt(b0, 0x80) {
                    p := add(p, 1)
                    continue
                }
                if iszero(gt(add(p, 32), end)) {
                    if eq(and(w, _RUN2_MASK), _RUN2_PATTERN) {
                        // A lead C0 or C1 has bits 1..4 zero: (f - ones) & ~f sets the field's top bit.
                        let v := and(w, _RUN2_BITS)
                        if iszero(and(and(sub(v, _RUN2_ONES), not(v)), _RUN2_TOPS)) {
                            p := add(p, 32)
                            continue
                        }
                    }
                    let x := shr(16, w)
                    if eq(and(x, _RUN3_MASK), _RUN3_PATTERN) {
                        // A zero field in v (lead E0) or in vd (lead ED) sets its top bit in (f - ones) & ~f.
                        let v := and(x, _RUN3_NIBBLES)
                        let vd := xor(v, _RUN3_D)
                        let zeroV := and(and(sub(v, _RUN3_ONES), not(v)), _RUN3_TOPS)
                        let zeroVd := and(and(sub(vd, _RUN3_ONES), not(vd)), _RUN3_TOPS)
                        if iszero(or(zeroV, zeroVd)) {
                            p := add(p, 30)
                            continue
                        }
                    }
                }
                // 80..BF wrap to a huge index and read length 0, like C0, C1 and F5..FF.
                let shift := mul(3, sub(b0, 0xc0))
                let n := and(shr(shift, _LENGTHS), 7)
                let kind := and(shr(shift, _KINDS), 7)
                let b1 := byte(1, w)
                // Bytes 1..n-1 must be 10xxxxxx: mask their top two bits.
                let m := and(shl(shl(3, sub(4, n)), 0xc0c0c0), 0xffffff)
                let bad := or(iszero(n), gt(add(p, n), end))
                bad := or(bad, iszero(eq(and(shr(224, w), m), and(m, 0x808080))))
                bad := or(bad, or(lt(b1, byte(kind, _SECOND_LO)), gt(b1, byte(kind, _SECOND_HI))))
                if bad {
                    ok := 0
                    break
                }
                p := add(p, n)
            }
        }
    }
}
