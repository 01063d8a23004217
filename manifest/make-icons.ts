/**
 * Draws the two Teams icons (a chat bubble holding a relay baton) with plain geometry, so the PNGs can be
 * regenerated without a design tool: `npx tsx manifest/make-icons.ts`. The output is committed; run this only
 * when the artwork changes. Teams wants colour 192×192 and outline 32×32 in white on transparent.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];
/** A shape is a predicate over unit coordinates (0..1 across the icon), so one drawing serves every size. */
type Shape = (x: number, y: number) => boolean;

const ACCENT: Rgb = [0x24, 0x57, 0xc5]; // same as accentColor in the manifest, so the tile blends in
const WHITE: Rgb = [255, 255, 255];
const BATON: Rgb = [0xf5, 0xa6, 0x23];
/** Samples per pixel side: 4×4 supersampling gives smooth edges without a rasteriser dependency. */
const SS = 4;

const roundRect = (x0: number, y0: number, x1: number, y1: number, r: number): Shape => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};

const triangle = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape => (x, y) => {
  const side = (px: number, py: number, qx: number, qy: number) => (qx - px) * (y - py) - (qy - py) * (x - px);
  const s1 = side(ax, ay, bx, by), s2 = side(bx, by, cx, cy), s3 = side(cx, cy, ax, ay);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
};

/** A stadium shape: every point within r of the segment a–b. */
const capsule = (ax: number, ay: number, bx: number, by: number, r: number): Shape => (x, y) => {
  const vx = bx - ax, vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const dx = x - (ax + t * vx), dy = y - (ay + t * vy);
  return dx * dx + dy * dy <= r * r;
};

const union = (...shapes: Shape[]): Shape => (x, y) => shapes.some((s) => s(x, y));
const minus = (a: Shape, b: Shape): Shape => (x, y) => a(x, y) && !b(x, y);

const bubbleBody = roundRect(0.12, 0.14, 0.88, 0.7, 0.14);
const bubble = union(bubbleBody, triangle(0.26, 0.66, 0.46, 0.66, 0.22, 0.88));
const baton = capsule(0.33, 0.54, 0.67, 0.3, 0.065);
/** The outline icon draws the bubble as a ring; the inset leaves a stroke of ~2 px at 32×32. */
const bubbleRing = minus(bubble, roundRect(0.2, 0.22, 0.8, 0.62, 0.07));

/** Renders by averaging SS×SS samples per pixel; `paint` returns an RGBA sample. */
function render(size: number, paint: (x: number, y: number) => [number, number, number, number]): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const sample = paint((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          for (let c = 0; c < 4; c++) sum[c] += sample[c];
        }
      }
      const i = (py * size + px) * 4;
      for (let c = 0; c < 4; c++) png.data[i + c] = Math.round(sum[c] / (SS * SS));
    }
  }
  return png;
}

export function drawColorIcon(): PNG {
  return render(192, (x, y) => {
    const rgb = baton(x, y) ? BATON : bubble(x, y) ? WHITE : ACCENT;
    return [...rgb, 255];
  });
}

/** White everywhere, shape carried only by alpha: anti-aliased edges stay white instead of turning grey. */
export function drawOutlineIcon(): PNG {
  const glyph = union(bubbleRing, baton);
  return render(32, (x, y) => [...WHITE, glyph(x, y) ? 255 : 0]);
}

if (require.main === module) {
  const dir = path.join(__dirname, 'icons');
  mkdirSync(dir, { recursive: true });
  // colorType 2 (RGB, no alpha channel) makes the colour icon opaque by construction.
  writeFileSync(path.join(dir, 'color.png'), PNG.sync.write(drawColorIcon(), { colorType: 2 }));
  writeFileSync(path.join(dir, 'outline.png'), PNG.sync.write(drawOutlineIcon(), { colorType: 6 }));
  console.log(`icons written to ${dir}`);
}
