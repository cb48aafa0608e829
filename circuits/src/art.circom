pragma circom 2.1.6;

// Mamori art model v1 ("mamori-art-v1"): proves that the committed integer model maps the prompt to
// these 1024 palette indices. The TypeScript reference (src/art/generate.ts) and the ONNX graph
// (scripts/build-onnx.ts) compute exactly the same integers; comments give the bounds each range check
// relies on. Cost is kept per row/column wherever possible: only 4 products, one 15-bit decomposition
// and one fold are paid per pixel.

include "circomlib/circuits/bitify.circom";
include "circomlib/circuits/poseidon.circom";

// Triangle wave of t mod 64, centred: t in [0, 256) (t = f*u + p <= 4*31 + 63 = 187).
// Returns phi = 2*tri - 31 in [-31, 31] where tri = t mod 64 folded at 32.
template TriangleWave() {
    signal input t;
    signal output phi;
    // Num2Bits(8) both range-checks t and yields t mod 64 as its low six bits.
    component bits = Num2Bits(8);
    bits.in <== t;
    var low = 0;
    for (var i = 0; i < 5; i++) low += bits.out[i] * (1 << i);
    signal tri;
    tri <== low + bits.out[5] * (31 - 2 * low);
    phi <== 2 * tri - 31;
}

// One hidden unit of the per-axis layer: g = floor((sum_k w[k]*phi[k] + 4*b) / 64).
// |sum| <= 4*16*31 = 1984 and 4*b in [-64, 60], so h + 2048 is in [0, 4092] < 2^12: the 12-bit
// decomposition is an exact floor division whose remainder (low 6 bits) and quotient (high 6 bits) are
// both range-checked by constraints. g is in [-32, 31].
template HiddenUnit() {
    signal input phi[4];
    signal input w[4];
    signal input b;
    signal output g;
    signal prod[4];
    var h = 4 * b;
    for (var k = 0; k < 4; k++) {
        prod[k] <== w[k] * phi[k];
        h += prod[k];
    }
    component bits = Num2Bits(12);
    bits.in <== h + 2048;
    var q = 0;
    for (var i = 6; i < 12; i++) q += bits.out[i] * (1 << (i - 6));
    g <== q - 32;
}

// Radial term along one axis: rho * floor((u - c)^2 / 8). (u - c)^2 <= 31^2 = 961 < 2^10.
template RadialTerm(u) {
    signal input c;
    signal input rho;
    signal output r;
    signal sq;
    sq <== (u - c) * (u - c);
    component bits = Num2Bits(10);
    bits.in <== sq;
    var e = 0;
    for (var i = 3; i < 10; i++) e += bits.out[i] * (1 << (i - 3));
    r <== rho * e;
}

// One pixel: v = 16384 + sum_j gr[j]*gc[j] + base, where base carries the radial terms, the biases, the
// prompt's band shift and the Bayer threshold. Bounds: sum in [-3968, 4096], radial in [-3840, 3600],
// 64*beta in [-1024, 960], 8*shift in [0, 504], dither 4*bayer in [0, 60] => v in [7552, 25604] < 2^15,
// so the honest witness always exists and the 15-bit decomposition is exact.
// The band index is bits 6..8 of v (bands 64 wide); bands run 0,1,2,3,3,2,1,0 (folded) so colours change
// smoothly, and the Bayer threshold spreads each band edge over a 4x4 ordered-dither pattern.
template Pixel() {
    signal input gr[4];
    signal input gc[4];
    signal input base;
    signal output idx;
    signal prod[4];
    var v = 16384 + base;
    for (var j = 0; j < 4; j++) {
        prod[j] <== gr[j] * gc[j];
        v += prod[j];
    }
    component bits = Num2Bits(15);
    bits.in <== v;
    var raw = bits.out[6] + 2 * bits.out[7];
    idx <== raw + bits.out[8] * (3 - 2 * raw);
}

template Art() {
    // Public inputs, in this order (snarkjs publicSignals order): commitment, prompt, 9 pixel words.
    signal input modelCommitment;
    signal input promptField;
    signal input words[9];
    // Private: the 42 weights, each in [-16, 15]. Layout: wr[4][4], wc[4][4], br[4], bc[4], rho, beta.
    signal input weights[42];

    // --- Weights: range check and commitment -------------------------------------------------------
    // Each weight is range-checked (w + 16 in [0, 32)) so that the model's bounds hold for ANY committed
    // weights; the same 5-bit digits pack the weights into one field element for the commitment.
    component wbits[42];
    var packed = 0;
    for (var i = 0; i < 42; i++) {
        wbits[i] = Num2Bits(5);
        wbits[i].in <== weights[i] + 16;
        packed += (weights[i] + 16) * (1 << (5 * i));
    }
    // commitment = Poseidon(TAG, packed) with TAG = "mamori-art-v1" as a big-endian integer.
    component commit = Poseidon(2);
    commit.inputs[0] <== 8666022059215008507768282641969;
    commit.inputs[1] <== packed;
    modelCommitment === commit.out;

    // --- Prompt seeds ------------------------------------------------------------------------------
    // Strict decomposition: the prompt field element has exactly one bit string (no x + r alias), so a
    // prompt determines its seeds and thus its image.
    component pbits = Num2Bits_strict();
    pbits.in <== promptField;
    var freq[2][4];
    var phase[2][4];
    for (var a = 0; a < 2; a++) {
        for (var k = 0; k < 4; k++) {
            var o = (a * 4 + k) * 8;
            freq[a][k] = 1 + pbits.out[o] + 2 * pbits.out[o + 1];
            phase[a][k] = 0;
            for (var i = 0; i < 6; i++) phase[a][k] += pbits.out[o + 2 + i] * (1 << i);
        }
    }
    var centre[2]; // centre[0] = cy, centre[1] = cx
    for (var a = 0; a < 2; a++) {
        centre[a] = 0;
        for (var i = 0; i < 5; i++) centre[a] += pbits.out[64 + 5 * a + i] * (1 << i);
    }
    var shift = 0;
    for (var i = 0; i < 6; i++) shift += pbits.out[74 + i] * (1 << i);

    // --- Per-axis features, computed once per row (a = 0) and once per column (a = 1) -------------
    component waves[2][4][32];
    component hidden[2][4][32];
    component radial[2][32];
    for (var a = 0; a < 2; a++) {
        for (var u = 0; u < 32; u++) {
            for (var k = 0; k < 4; k++) {
                waves[a][k][u] = TriangleWave();
                waves[a][k][u].t <== freq[a][k] * u + phase[a][k];
            }
            for (var j = 0; j < 4; j++) {
                hidden[a][j][u] = HiddenUnit();
                for (var k = 0; k < 4; k++) {
                    hidden[a][j][u].phi[k] <== waves[a][k][u].phi;
                    hidden[a][j][u].w[k] <== weights[a * 16 + j * 4 + k];
                }
                hidden[a][j][u].b <== weights[32 + a * 4 + j];
            }
            radial[a][u] = RadialTerm(u);
            radial[a][u].c <== centre[a];
            radial[a][u].rho <== weights[40];
        }
    }

    // --- Pixels ------------------------------------------------------------------------------------
    var bayer[4][4] = [[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]];
    component pixels[1024];
    for (var y = 0; y < 32; y++) {
        for (var x = 0; x < 32; x++) {
            var p = y * 32 + x;
            pixels[p] = Pixel();
            for (var j = 0; j < 4; j++) {
                pixels[p].gr[j] <== hidden[0][j][y].g;
                pixels[p].gc[j] <== hidden[1][j][x].g;
            }
            // Adding the Bayer threshold (a per-pixel constant) is free: it is a linear term.
            pixels[p].base <== radial[0][y].r + radial[1][x].r + 64 * weights[41] + 8 * shift
                + 4 * bayer[y % 4][x % 4];
        }
    }

    // --- Public pixel words: 126 two-bit indices per field element, pixel j at bits 2j..2j+1 ---------
    for (var w = 0; w < 9; w++) {
        var acc = 0;
        for (var j = 0; j < 126; j++) {
            if (w * 126 + j < 1024) acc += pixels[w * 126 + j].idx * (4 ** j);
        }
        words[w] === acc;
    }
}

component main {public [modelCommitment, promptField, words]} = Art();
