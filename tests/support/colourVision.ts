/**
 * Colour difference as readers with and without a colour-vision deficiency see it: the colour is simulated
 * for protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1, applied in
 * linear sRGB), converted to CIELAB (D65), and compared by CIE76 ΔE (about 2.3 is just noticeable; two
 * chart series should be far apart, tens of units).
 */
export const VISIONS = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const;
export type Vision = (typeof VISIONS)[number];

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];
const SIMULATION: Record<Vision, Matrix> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function lab(hex: string, vision: Vision): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #RRGGBB colour: ${hex}`);
  const rgb = [m[1], m[2], m[3]].map((h) => linear(parseInt(h!, 16) / 255));
  const [r, g, b] = SIMULATION[vision].map((row) =>
    Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)),
  ) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE between two '#RRGGBB' colours as a reader with `vision` sees them. */
export function colourDistance(a: string, b: string, vision: Vision): number {
  const p = lab(a, vision);
  const q = lab(b, vision);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** The smallest ΔE between two colours over the four kinds of vision. */
export function worstDistance(a: string, b: string): number {
  return Math.min(...VISIONS.map((v) => colourDistance(a, b, v)));
}
