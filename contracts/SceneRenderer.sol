// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {JsonString} from "./lib/JsonString.sol";

// The renderer only runs inside eth_call (tokenURI), so long template strings cost no one gas.
// solhint-disable gas-small-strings

/**
 * @title SceneRenderer
 * @author Mamori
 * @notice Draws a proven scene (mamori-scene-v1) as an SVG, entirely on-chain, byte for byte the SVG of the
 * TypeScript reference (src/art/scene/scenePrimitives.ts and sceneSvg.ts): sky bands, far hills, stars, sun,
 * moon, clouds, mountains, city, ground, sea, river, tower, lighthouse, bridge, house, trees, boat, flowers,
 * birds, rain and fog, on a 64x64 canvas. The scene word says what is drawn and in which light; the prompt's
 * keccak256 places things.
 */
contract SceneRenderer {
    using Strings for uint256;

    /** @dev The scene's parameters, unpacked, and the layout seed. */
    struct S {
        uint256 light;
        uint256 warmth;
        uint256 fog;
        uint256 storm;
        uint256[3] tint;
        uint256 h;
        uint256 flags;
        bytes32 seed;
    }

    uint256 private constant _SEA = 0;
    uint256 private constant _LAKE = 1;
    uint256 private constant _SAND = 2;
    uint256 private constant _GREEN = 3;
    uint256 private constant _SNOW = 4;
    uint256 private constant _MOUNTAINS = 5;
    uint256 private constant _CITY = 6;
    uint256 private constant _TREES = 7;
    uint256 private constant _MOON = 8;
    uint256 private constant _SUN = 9;
    uint256 private constant _STARS = 10;
    uint256 private constant _LIGHTHOUSE = 11;
    uint256 private constant _BOAT = 12;
    uint256 private constant _BRIDGE = 13;
    uint256 private constant _TOWER = 14;
    uint256 private constant _FLOWERS = 15;
    uint256 private constant _CLOUDS = 16;
    uint256 private constant _BIRDS = 17;
    uint256 private constant _HOUSE = 18;
    uint256 private constant _RAIN = 19;

    /**
     * @notice Returns the token metadata: `data:application/json;base64,` + the ERC-7007 JSON with the SVG.
     * @param tokenId The token id.
     * @param prompt The prompt.
     * @param modelCommitment The model commitment.
     * @param scene The proven scene word.
     * @param modelName The registered model name.
     * @return The metadata URI.
     */
    function tokenURI(
        uint256 tokenId,
        bytes calldata prompt,
        uint256 modelCommitment,
        uint256 scene,
        string calldata modelName
    ) external pure returns (string memory) {
        bytes memory json = abi.encodePacked(
            "{\"name\":\"Mamori #",
            Strings.toHexString(tokenId >> 224, 4),
            "\",\"description\":\"A scene drawn from its prompt's words by a registered model, with a Groth16 ",
            "proof of the generation verified on-chain (ERC-7007).\",\"image\":\"data:image/svg+xml;base64,",
            Base64.encode(bytes(svg(prompt, scene))),
            "\",\"prompt\":\"",
            JsonString.escape(prompt),
            "\",\"aigc_type\":\"image\",\"aigc_data\":\"",
            Strings.toHexString(scene, 32)
        );
        json = abi.encodePacked(
            json,
            "\",\"proof_type\":\"validity\",\"model\":\"",
            JsonString.escape(bytes(modelName)),
            "\",\"model_commitment\":\"",
            Strings.toHexString(modelCommitment, 32),
            "\"}"
        );
        return string.concat("data:application/json;base64,", Base64.encode(json));
    }

    /**
     * @notice Returns the SVG of a scene.
     * @param prompt The prompt (its keccak256 seeds the layout).
     * @param scene The packed scene word (3 bits per continuous param from bit 0, then one bit per flag).
     * @return The SVG document.
     */
    function svg(bytes calldata prompt, uint256 scene) public pure returns (string memory) {
        S memory s;
        s.light = scene & 7;
        s.warmth = (scene >> 3) & 7;
        s.fog = (scene >> 6) & 7;
        s.storm = (scene >> 9) & 7;
        s.tint = [(scene >> 12) & 7, (scene >> 15) & 7, (scene >> 18) & 7];
        s.h = 20 + 3 * (7 - ((scene >> 21) & 7));
        s.flags = scene >> 24;
        s.seed = keccak256(prompt);
        bytes memory out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\" shape-rendering=\"crispEdges\">";
        out = _sky(s, out);
        out = _far(s, out);
        out = _ground(s, out);
        out = _things(s, out);
        out = _foreground(s, out);
        return string(abi.encodePacked(out, "</svg>"));
    }

    function _sky(S memory s, bytes memory out) private pure returns (bytes memory) {
        uint24[8] memory tops = [0x070b1e, 0x121a3a, 0x22305e, 0x35508e, 0x4a72b8, 0x5f8fd4, 0x78a8e6, 0x8cc0f5];
        uint24[8] memory bottoms = [0x1a2040, 0x2c3866, 0x4a5a8e, 0x6f88b8, 0x8fb0d8, 0xa5c8ea, 0xb4d6f2, 0xbfe0ff];
        uint256 top = tops[s.light];
        uint256 bottom = _mix(bottoms[s.light], 0xff8c42, s.warmth, 8);
        top = _mix(top, 0xff8c42, s.warmth >> 1, 8);
        top = _mix(top, 0x3d434d, 2 * s.storm, 8);
        bottom = _mix(bottom, 0x3d434d, 2 * s.storm, 8);
        for (uint256 i = 0; i < 8; ++i) {
            out = _band(s, out, i, _paint(s, _mix(top, bottom, i, 7)));
        }
        return _skyThings(s, out);
    }

    function _band(S memory s, bytes memory out, uint256 i, uint256 fill) private pure returns (bytes memory) {
        uint256 y0 = (i * s.h) / 8;
        return _rect(out, 0, y0, 64, ((i + 1) * s.h) / 8 - y0, fill);
    }

    function _skyThings(S memory s, bytes memory out) private pure returns (bytes memory) {
        uint256 hills = _paint(s, _dim(0x5a6a4e, s.light));
        for (uint256 i = 0; i < 4; ++i) {
            int256 cx = int256((_b(s, 30 + i) % 16) + i * 16);
            int256 h = int256(s.h);
            out = _tri(out, [cx - 12, h, cx + 12, h, cx, h - 2 - int256(_b(s, 9 + i) % 4)], hills);
        }
        if (_on(s, _STARS)) {
            for (uint256 i = 0; i < 16; ++i) {
                out = _rect(out, (_b(s, 4 + i) * 7 + i * 13) % 64, (_b(s, 12 + i) * 5 + i * 11) % (s.h - 2), 1, 1, 0xfffbe6);
            }
        }
        if (_on(s, _SUN)) {
            out = _circle(out, 10 + (_b(s, 0) % 44), 7 + (_b(s, 1) % (s.h - 14)), 6, s.warmth >= 4 ? 0xff9f43 : 0xffd34d);
        }
        if (_on(s, _MOON)) out = _circle(out, 10 + (_b(s, 2) % 44), 6 + (_b(s, 3) % (s.h - 12)), 5, 0xf5f3dc);
        if (_on(s, _CLOUDS)) {
            uint256 cloud = _dim(s.storm >= 2 ? 0x555b66 : 0xeef0f4, s.light);
            for (uint256 i = 0; i < 3; ++i) {
                uint256 cx = 6 + (_b(s, 20 + i) % 52);
                uint256 cy = 5 + (_b(s, 23 + i) % 10);
                out = _circle(out, cx - 4, cy + 1, 4, cloud);
                out = _circle(out, cx, cy, 5, cloud);
                out = _circle(out, cx + 4, cy + 1, 4, cloud);
            }
        }
        return out;
    }

    function _far(S memory s, bytes memory out) private pure returns (bytes memory) {
        int256 h = int256(s.h);
        if (_on(s, _MOUNTAINS)) {
            uint256 rock = _paint(s, _dim(_on(s, _SNOW) ? 0x8a93a6 : 0x5d6679, s.light));
            for (uint256 i = 0; i < 3; ++i) {
                int256 px = int256(6 + i * 22 + (_b(s, 5 + i) % 12));
                int256 ph = int256(12 + (_b(s, 8 + i) % 10));
                out = _tri(out, [px - 16, h, px + 16, h, px, h - ph], rock);
            }
        }
        if (_on(s, _CITY)) {
            uint256 wall = _paint(s, _dim(0x3a3f4c, s.light));
            for (uint256 i = 0; i < 8; ++i) {
                uint256 hgt = 6 + (_b(s, 14 + i) % 16);
                out = _rect(out, i * 8, s.h - hgt, 7, hgt, wall);
            }
        }
        return out;
    }

    function _ground(S memory s, bytes memory out) private pure returns (bytes memory) {
        uint256 land = _on(s, _SNOW) ? 0xe8eef2 : _on(s, _SAND) ? 0xd8b866 : _on(s, _GREEN) ? 0x4e8a3c : 0x7a7052;
        out = _rect(out, 0, s.h, 64, 64 - s.h, _paint(s, _dim(land, s.light)));
        uint256 water = _paint(s, _dim(0x2a6fb0, s.light));
        if (_on(s, _SEA)) {
            out = _rect(out, 0, s.h, 64, 64 - s.h, water);
            if (_on(s, _SAND)) out = _rect(out, 0, 56, 64, 8, _paint(s, _dim(0xd8b866, s.light)));
        }
        if (_on(s, _LAKE)) {
            int256 cx = int256(16 + (_b(s, 11) % 32));
            int256 h = int256(s.h);
            out = _tri(out, [cx - 3, h, cx + 3, h, cx + 14, 64], water);
            out = _tri(out, [cx - 3, h, cx + 14, 64, cx - 14, 64], water);
        }
        return out;
    }

    function _things(S memory s, bytes memory out) private pure returns (bytes memory) {
        uint256 h = s.h;
        if (_on(s, _TOWER)) {
            uint256 towerX = 4 + (_b(s, 24) % 20);
            out = _rect(out, towerX, h - 22, 6, 26, 0x8a7f72);
            int256 t = int256(towerX);
            int256 y = int256(h) - 22;
            out = _tri(out, [t - 1, y, t + 7, y, t + 3, y - 7], 0x6b3a3a);
        }
        if (_on(s, _LIGHTHOUSE)) {
            uint256 lx = 42 + (_b(s, 26) % 14);
            out = _rect(out, lx, h - 18, 5, 22, 0xf2f2ee);
            out = _rect(out, lx, h - 10, 5, 4, 0xc8323c);
            out = _rect(out, lx - 1, h - 21, 7, 3, 0x30343c);
            out = _circle(out, lx + 2, h - 23, 2, 0xfff3a0);
        }
        if (_on(s, _BRIDGE)) {
            out = _rect(out, 0, h + 3, 64, 2, 0x6b4a35);
            for (uint256 i = 0; i < 4; ++i) {
                out = _rect(out, 6 + i * 16, h + 5, 2, 7, 0x6b4a35);
            }
        }
        if (_on(s, _HOUSE)) {
            uint256 hx = 8 + (_b(s, 27) % 40);
            out = _rect(out, hx, h + 6, 10, 8, 0xb5674a);
            int256 x = int256(hx);
            int256 y = int256(h);
            out = _tri(out, [x - 1, y + 6, x + 11, y + 6, x + 5, y], 0x5b2e26);
        }
        if (_on(s, _TREES)) {
            for (uint256 i = 0; i < 6; ++i) {
                int256 x = int256(2 + i * 10 + (_b(s, 28 + (i % 4)) % 6));
                int256 y = int256(h + 12 + ((_b(s, i + 3) >> 3) % (64 - h - 12)));
                out = _tri(out, [x - 4, y, x + 4, y, x, y - 11], 0x24502a);
            }
        }
        return out;
    }

    function _foreground(S memory s, bytes memory out) private pure returns (bytes memory) {
        if (_on(s, _BOAT)) {
            int256 bx = int256(6 + (_b(s, 29) % 30));
            int256 by = int256(s.h + 6);
            out = _tri(out, [bx, by, bx + 12, by, bx + 10, by + 3], 0x5a3b28);
            out = _tri(out, [bx, by, bx + 10, by + 3, bx + 2, by + 3], 0x5a3b28);
            out = _tri(out, [bx + 6, by - 9, bx + 6, by - 1, bx + 11, by - 1], 0xf4efe6);
        }
        if (_on(s, _FLOWERS)) {
            uint256 petal = _paint(s, 0xe8609a);
            for (uint256 i = 0; i < 14; ++i) {
                out = _circle(out, (_b(s, i) * 3 + i * 9) % 64, 54 + ((_b(s, i + 16) + i) % 9), 1, petal);
            }
        }
        if (_on(s, _BIRDS)) {
            for (uint256 i = 0; i < 3; ++i) {
                int256 x = int256(8 + (_b(s, 17 + i) % 44));
                int256 y = int256(4 + (_b(s, 7 + i) % (s.h - 8)));
                out = _tri(out, [x, y, x + 3, y + 2, x + 3, y + 1], 0x222222);
                out = _tri(out, [x + 3, y + 1, x + 3, y + 2, x + 6, y], 0x222222);
            }
        }
        if (_on(s, _RAIN)) {
            for (uint256 i = 0; i < 24; ++i) {
                out = _rect(out, (_b(s, i) + i * 11) % 64, (_b(s, i + 8) + i * 7) % 60, 1, 3, 0x9fb4c8);
            }
        }
        if (s.fog != 0) {
            out = abi.encodePacked(
                out,
                "<rect x=\"0\" y=\"0\" width=\"64\" height=\"64\" fill=\"#d5d9de\" fill-opacity=\"0.",
                _pad4(3 * s.fog * 625),
                "\"/>"
            );
        }
        return out;
    }

    function _on(S memory s, uint256 flag) private pure returns (bool) {
        return (s.flags >> flag) & 1 == 1;
    }

    function _b(S memory s, uint256 i) private pure returns (uint256) {
        return uint8(s.seed[i % 32]);
    }

    /** @dev (a·(n − k) + b·k) / n per channel. */
    function _mix(uint256 a, uint256 b, uint256 k, uint256 n) private pure returns (uint256 c) {
        for (uint256 sh = 0; sh < 24; sh += 8) {
            c |= ((((a >> sh) & 0xff) * (n - k) + ((b >> sh) & 0xff) * k) / n) << sh;
        }
    }

    /** @dev Per-channel tint: + (t − 4)·20, clamped to 0..255 (red is tint[0]). */
    function _paint(S memory s, uint256 c) private pure returns (uint256 out) {
        for (uint256 i = 0; i < 3; ++i) {
            uint256 sh = 16 - 8 * i;
            int256 v = int256((c >> sh) & 0xff) + (int256(s.tint[i]) - 4) * 20;
            if (v < 0) v = 0;
            if (v > 255) v = 255;
            out |= uint256(v) << sh;
        }
    }

    /** @dev Scales a colour by (light + 5) / 12. */
    function _dim(uint256 c, uint256 light) private pure returns (uint256 out) {
        for (uint256 sh = 0; sh < 24; sh += 8) {
            out |= ((((c >> sh) & 0xff) * (light + 5)) / 12) << sh;
        }
    }

    function _hex(uint256 c) private pure returns (bytes memory out) {
        bytes16 digits = "0123456789abcdef";
        out = new bytes(7);
        out[0] = "#";
        for (uint256 i = 0; i < 6; ++i) {
            out[6 - i] = digits[(c >> (4 * i)) & 0xf];
        }
    }

    function _pad4(uint256 v) private pure returns (bytes memory out) {
        out = new bytes(4);
        for (uint256 i = 0; i < 4; ++i) {
            out[3 - i] = bytes1(uint8(48 + (v % 10)));
            v /= 10;
        }
    }

    function _rect(bytes memory out, uint256 x, uint256 y, uint256 w, uint256 h, uint256 fill)
        private
        pure
        returns (bytes memory)
    {
        return abi.encodePacked(
            out,
            "<rect x=\"",
            x.toString(),
            "\" y=\"",
            y.toString(),
            "\" width=\"",
            w.toString(),
            "\" height=\"",
            h.toString(),
            "\" fill=\"",
            _hex(fill),
            "\"/>"
        );
    }

    function _circle(bytes memory out, uint256 cx, uint256 cy, uint256 r, uint256 fill)
        private
        pure
        returns (bytes memory)
    {
        return abi.encodePacked(
            out,
            "<circle cx=\"",
            cx.toString(),
            "\" cy=\"",
            cy.toString(),
            "\" r=\"",
            r.toString(),
            "\" fill=\"",
            _hex(fill),
            "\"/>"
        );
    }

    function _tri(bytes memory out, int256[6] memory p, uint256 fill) private pure returns (bytes memory) {
        return abi.encodePacked(
            out,
            "<polygon points=\"",
            abi.encodePacked(Strings.toStringSigned(p[0]), ",", Strings.toStringSigned(p[1]), " "),
            abi.encodePacked(Strings.toStringSigned(p[2]), ",", Strings.toStringSigned(p[3]), " "),
            abi.encodePacked(Strings.toStringSigned(p[4]), ",", Strings.toStringSigned(p[5])),
            "\" fill=\"",
            _hex(fill),
            "\"/>"
        );
    }
}
