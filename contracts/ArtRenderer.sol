// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {IArtRenderer} from "./interfaces/IArtRenderer.sol";
import {ITokenTermsRenderer} from "./interfaces/ITokenTermsRenderer.sol";
import {JsonString} from "./lib/JsonString.sol";

// The renderer only runs inside eth_call (tokenURI), so long template strings cost no one gas.
// solhint-disable gas-small-strings

/**
 * @title ArtRenderer
 * @author Mamori
 * @notice Turns stored pixels into images and ERC-7007 metadata, entirely on-chain. The image is a 32x32 BMP
 * (4 bits per pixel, 4-colour palette derived from the prompt hash) wrapped in an SVG that scales it to 512x512
 * with image-rendering:pixelated. Every untrusted string (prompt, model name) is JSON-escaped.
 */
contract ArtRenderer is IArtRenderer, ITokenTermsRenderer {
    /** @notice Image side, in pixels. */
    uint256 public constant SIDE = 32;
    /** @notice Pixels packed in one field element (word). */
    uint256 public constant PIXELS_PER_WORD = 126;
    /** @notice BMP header size: 14 (file) + 40 (info) + 16 (4 palette entries). */
    uint256 private constant _BMP_HEADER_BYTES = 70;
    /** @notice BMP pixel bytes: 32 rows of 16 bytes (two 4-bit pixels per byte). */
    uint256 private constant _BMP_PIXEL_BYTES = 512;

    /** @notice aigcData is not 320 bytes. */
    error ArtRenderer__MalformedAigcData();

    /// @inheritdoc IArtRenderer
    function tokenURI(uint256 tokenId, bytes calldata prompt, bytes calldata aigcData, string calldata modelName)
        external
        pure
        returns (string memory)
    {
        return _tokenURI(tokenId, prompt, aigcData, modelName, "\",\"proof_type\":\"validity");
    }

    /// @inheritdoc ITokenTermsRenderer
    function tokenURIWithTerms(
        uint256 tokenId,
        bytes calldata prompt,
        bytes calldata aigcData,
        string calldata modelName,
        TokenTerms calldata terms
    ) external pure returns (string memory) {
        bytes memory extra = abi.encodePacked(
            "\",\"proof_type\":\"",
            JsonString.escape(bytes(terms.proofType)),
            "\",\"status\":\"",
            JsonString.escape(bytes(terms.status)),
            "\",\"license\":\"",
            JsonString.escape(bytes(terms.licenseURI)),
            "\",\"license_terms_hash\":\"",
            Strings.toHexString(uint256(terms.termsHash), 32)
        );
        return _tokenURI(tokenId, prompt, aigcData, modelName, extra);
    }

    /** @dev The metadata JSON; `extra` continues the string opened after aigc_data with more fields. */
    function _tokenURI(
        uint256 tokenId,
        bytes calldata prompt,
        bytes calldata aigcData,
        string calldata modelName,
        bytes memory extra
    ) private pure returns (string memory) {
        string memory bmp = Base64.encode(bitmap(prompt, aigcData));
        string memory svg = Base64.encode(
            abi.encodePacked(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"512\" height=\"512\" viewBox=\"0 0 32 32\">",
                "<image width=\"32\" height=\"32\" style=\"image-rendering:pixelated\" ",
                "href=\"data:image/bmp;base64,",
                bmp,
                "\"/></svg>"
            )
        );
        bytes memory json = abi.encodePacked(
            "{\"name\":\"Mamori #",
            Strings.toHexString(tokenId >> 224, 4),
            "\",\"description\":\"A 32x32 image generated from its prompt by a registered model, with a Groth16 ",
            "proof of the generation verified on-chain (ERC-7007).\",\"image\":\"data:image/svg+xml;base64,",
            svg,
            "\",\"prompt\":\"",
            JsonString.escape(prompt),
            "\",\"aigc_type\":\"image\",\"aigc_data\":\"data:image/bmp;base64,",
            bmp
        );
        json = abi.encodePacked(
            json,
            extra,
            "\",\"model\":\"",
            JsonString.escape(bytes(modelName)),
            "\",\"model_commitment\":\"",
            Strings.toHexString(uint256(bytes32(aigcData[:32])), 32),
            "\"}"
        );
        return string.concat("data:application/json;base64,", Base64.encode(json));
    }

    /**
     * @notice Returns the palette of a prompt: [c0, c1, c2, c3] as 0xRRGGBB.
     * @param prompt The prompt.
     * @return colors The four colours.
     */
    function palette(bytes calldata prompt) public pure returns (uint24[4] memory colors) {
        bytes32 h = keccak256(prompt);
        for (uint256 ch = 0; ch < 3; ++ch) {
            uint256 c0 = uint8(h[ch]) % 64;
            uint256 a = uint8(h[3 + ch]);
            uint256 c3 = 192 + (uint8(h[9 + ch]) % 64);
            uint256 shift = 16 - 8 * ch;
            colors[0] |= uint24(c0 << shift);
            colors[1] |= uint24(((c0 + a) / 2) << shift);
            colors[2] |= uint24(((a + c3) / 2) << shift);
            colors[3] |= uint24(c3 << shift);
        }
    }

    /// @inheritdoc IArtRenderer
    function bitmap(bytes calldata prompt, bytes calldata aigcData) public pure returns (bytes memory bmp) {
        if (aigcData.length != 320) revert ArtRenderer__MalformedAigcData();
        uint256[9] memory words = abi.decode(aigcData[32:], (uint256[9]));
        uint24[4] memory colors = palette(prompt);
        bmp = new bytes(_BMP_HEADER_BYTES + _BMP_PIXEL_BYTES);
        _writeHeader(bmp, colors);
        // Rows are stored bottom-up; the high nibble is the left pixel.
        for (uint256 row = 0; row < SIDE; ++row) {
            uint256 y = SIDE - 1 - row;
            for (uint256 x = 0; x < SIDE; x += 2) {
                uint256 k = y * SIDE + x;
                uint256 left = (words[k / PIXELS_PER_WORD] >> (2 * (k % PIXELS_PER_WORD))) & 3;
                uint256 right = (words[(k + 1) / PIXELS_PER_WORD] >> (2 * ((k + 1) % PIXELS_PER_WORD))) & 3;
                bmp[_BMP_HEADER_BYTES + row * 16 + x / 2] = bytes1(uint8((left << 4) | right));
            }
        }
    }

    /** @dev BITMAPFILEHEADER + BITMAPINFOHEADER (32x32, 4 bpp, uncompressed, 4 colours) + palette (B,G,R,0). */
    function _writeHeader(bytes memory bmp, uint24[4] memory colors) private pure {
        bytes memory header = abi.encodePacked(
            "BM",
            _le32(_BMP_HEADER_BYTES + _BMP_PIXEL_BYTES),
            uint32(0),
            _le32(_BMP_HEADER_BYTES),
            _le32(40),
            _le32(SIDE),
            _le32(SIDE),
            hex"0100", // planes = 1
            hex"0400", // bits per pixel = 4
            uint32(0), // no compression
            _le32(_BMP_PIXEL_BYTES),
            _le32(2835), // 72 dpi
            _le32(2835),
            _le32(4), // colours used
            _le32(4) // colours important
        );
        for (uint256 i = 0; i < 54; ++i) {
            bmp[i] = header[i];
        }
        for (uint256 i = 0; i < 4; ++i) {
            uint24 c = colors[i];
            bmp[54 + 4 * i] = bytes1(uint8(c));
            bmp[55 + 4 * i] = bytes1(uint8(c >> 8));
            bmp[56 + 4 * i] = bytes1(uint8(c >> 16));
        }
    }

    /** @dev Little-endian uint32. */
    function _le32(uint256 v) private pure returns (bytes4) {
        return bytes4(uint32(((v & 0xff) << 24) | (((v >> 8) & 0xff) << 16) | (((v >> 16) & 0xff) << 8) | (v >> 24)));
    }
}
