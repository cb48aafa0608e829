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
    /** @dev Bit 7 of every byte lane: each per-byte flag below lives there. */
    uint256 private constant _H = 0x8080808080808080808080808080808080808080808080808080808080808080;
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
    /** @dev Eight four-byte characters (lead 11110xxx, three 10xxxxxx) in 32 bytes: the mask and the pattern. */
    uint256 private constant _RUN4_MASK = 0xf8c0c0c0f8c0c0c0f8c0c0c0f8c0c0c0f8c0c0c0f8c0c0c0f8c0c0c0f8c0c0c0;
    uint256 private constant _RUN4_PATTERN = 0xf0808080f0808080f0808080f0808080f0808080f0808080f0808080f0808080;
    /** @dev Bit 2 of each lead (F4..F7 take the general path); bits 1..0 of the lead with bits 5..4 of the second byte. */
    uint256 private constant _RUN4_LEAD_HIGH = 0x0400000004000000040000000400000004000000040000000400000004000000;
    uint256 private constant _RUN4_BITS = 0x0330000003300000033000000330000003300000033000000330000003300000;
    uint256 private constant _RUN4_ONES = 0x0000000100000001000000010000000100000001000000010000000100000001;
    uint256 private constant _RUN4_TOPS = 0x8000000080000000800000008000000080000000800000008000000080000000;

    /**
     * @notice Returns whether `s` is well-formed UTF-8.
     * @dev 32 bytes at a time. Fast paths, taken at a character boundary with nothing owed: 32 ASCII bytes; sixteen
     * two-byte characters (no C0, C1 lead); ten three-byte characters (no E0, ED lead); eight four-byte characters
     * (emoji: F0..F3 leads, F0 followed by 90..BF). Any other word takes the general path, which costs the same for
     * every mix of scripts: for each byte lane, bits 7..0 are copied to bit 7 of the lane by shifting the word left,
     * then, as flags at bit 7:
     * - a continuation byte (10xxxxxx) must be owed by exactly one lead before it, and every owed byte must be one:
     *   leads (11xxxxxx) owe the next lane, E0..FF also the one after, F0..FF also the third
     *   (`cont == owed`, owed bytes of the last three lanes carried into the next word);
     * - C0, C1 (overlong), F5..F7 (above U+10FFFF) and F8..FF start no valid sequence;
     * - the byte after E0 must be A0..BF (bit 5 set), after ED 80..9F (bit 5 clear, no surrogates), after F0
     *   90..BF (bits 5..4 not both clear), after F4 80..8F (bits 5..4 clear): these four leads are marked at bits
     *   7, 6, 5, 4 of their lane and the marks shifted one lane on (the last lane's into the next word).
     * The last word is masked to `s` on the general path: bytes past the end read as zero (ASCII), so a sequence
     * cut by the end owes a byte that is not a continuation, or owes bytes past the last word (`carry` left at the
     * end). A fast path accepts bytes past the end only when they are ASCII, which ends the loop.
     * @param s The bytes.
     * @return ok True when valid.
     */
    // solhint-disable-next-line function-max-lines
    function isValid(bytes calldata s) internal pure returns (bool ok) {
        // solhint-disable-next-line no-inline-assembly
        assembly {
            let p := s.offset
            let end := add(p, s.length)
            let bad := 0
            // Continuation bytes owed to the first three lanes of the next word (flags at bit 7).
            let carry := 0
            // The E0/ED/F0/F4 marks of the previous word's last byte, moved to the first lane.
            let prev := 0
            for {} lt(p, end) {} {
                let w := calldataload(p)
                let r := sub(end, p)
                // Fast paths, at a character boundary with nothing owed: a whole word of one character length.
                if iszero(or(carry, prev)) {
                    // 32 ASCII bytes (bytes past the end are accepted only when ASCII, which ends the loop).
                    if iszero(and(w, _H)) {
                        p := add(p, 32)
                        continue
                    }
                    // The first byte says which run to try, so a word of mixed scripts tries none.
                    let lead0 := byte(0, w)
                    if iszero(lt(r, 32)) {
                        if eq(shr(5, lead0), 6) {
                            if eq(and(w, _RUN2_MASK), _RUN2_PATTERN) {
                                // A lead C0 or C1 has bits 1..4 zero: (f - ones) & ~f sets the field's top bit.
                                let v := and(w, _RUN2_BITS)
                                if iszero(and(and(sub(v, _RUN2_ONES), not(v)), _RUN2_TOPS)) {
                                    p := add(p, 32)
                                    continue
                                }
                            }
                        }
                        if eq(shr(4, lead0), 0xe) {
                            let x := shr(16, w)
                            if eq(and(x, _RUN3_MASK), _RUN3_PATTERN) {
                                // A zero field in v (lead E0) or in vd (lead ED) sets its top bit in (f - ones) & ~f.
                                let v := and(x, _RUN3_NIBBLES)
                                let vd := xor(v, _RUN3_D)
                                if iszero(or(and(and(sub(v, _RUN3_ONES), not(v)), _RUN3_TOPS), and(and(sub(vd, _RUN3_ONES), not(vd)), _RUN3_TOPS))) {
                                    p := add(p, 30)
                                    continue
                                }
                            }
                        }
                        // Emoji and the other supplementary planes: F0..F3 leads; after F0 the second byte is 90..BF,
                        // i.e. lead bits 1..0 and second-byte bits 5..4 are never all zero.
                        if eq(shr(3, lead0), 0x1e) {
                            if eq(and(w, _RUN4_MASK), _RUN4_PATTERN) {
                                let v := and(w, _RUN4_BITS)
                                if iszero(or(and(w, _RUN4_LEAD_HIGH), and(and(sub(v, _RUN4_ONES), not(v)), _RUN4_TOPS))) {
                                    p := add(p, 32)
                                    continue
                                }
                            }
                        }
                    }
                }
                // The general path: every byte of the word, whatever the mix.
                p := add(p, 32)
                if lt(r, 32) { w := and(w, shl(shl(3, sub(32, r)), not(0))) }
                let t := and(w, _H)
                // Flags are kept at bit 7 of each lane: and-ing with one of them masks a shifted word.
                let lead := and(t, shl(1, w))
                let l3 := and(lead, shl(2, w))
                let l4 := and(l3, shl(3, w))
                bad := or(bad, xor(xor(t, lead), or(carry, or(shr(8, lead), or(shr(16, l3), shr(24, l4))))))
                carry := or(shl(248, lead), or(shl(240, l3), shl(232, l4)))
                let b3 := shl(4, w)
                let b2 := shl(5, w)
                let b1 := shl(6, w)
                let b0 := shl(7, w)
                // C0, C1: a two-byte lead (110xxxxx) with bits 4..1 clear. F5..FF: a four-byte lead with bit 3 set, or bit 2 and bit 1 or 0.
                bad := or(bad, and(xor(lead, l3), not(or(or(shl(3, w), b3), or(b2, b1)))))
                bad := or(bad, and(l4, or(b3, and(b2, or(b1, b0)))))
                let l3only := xor(l3, l4)
                let nibbleZero := not(or(or(b3, b2), or(b1, b0)))
                // E0 at bit 7, ED at bit 6, F0 at bit 5, F4 at bit 4 of the lead's lane.
                let marks := or(
                    or(and(l3only, nibbleZero), shr(1, and(l3only, and(and(b3, b2), and(not(b1), b0))))),
                    or(shr(2, and(l4, nibbleZero)), shr(3, and(l4, and(b2, not(or(b3, or(b1, b0)))))))
                )
                let marked := or(shr(8, marks), prev)
                let b5 := shl(2, w)
                let b54 := or(b5, shl(3, w))
                bad := or(bad, and(and(marked, _H), not(b5)))
                bad := or(bad, and(and(shl(1, marked), _H), b5))
                bad := or(bad, and(and(shl(2, marked), _H), not(b54)))
                bad := or(bad, and(and(shl(3, marked), _H), b54))
                prev := shl(248, marks)
            }
            ok := iszero(or(bad, carry))
        }
    }
}
