import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

const read = (name: string) => PNG.sync.read(readFileSync(path.join(__dirname, '../../manifest/icons', name)));

/** Every pixel as [r, g, b, a]. */
function pixels(png: PNG): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < png.data.length; i += 4) out.push([...png.data.subarray(i, i + 4)]);
  return out;
}

describe('Teams icons', () => {
  it('colour icon is 192×192 and fully opaque', () => {
    const png = read('color.png');
    expect([png.width, png.height]).toEqual([192, 192]);
    expect(pixels(png).every(([, , , a]) => a === 255)).toBe(true);
    // More than one colour: a glyph was drawn, not just a filled square.
    expect(new Set(pixels(png).map((p) => p.join())).size).toBeGreaterThan(2);
  });

  it('outline icon is 32×32, white on transparent', () => {
    const png = read('outline.png');
    expect([png.width, png.height]).toEqual([32, 32]);
    const px = pixels(png);
    const transparent = px.filter(([, , , a]) => a === 0).length;
    const opaqueWhite = px.filter(([r, g, b, a]) => a === 255 && r === 255 && g === 255 && b === 255).length;
    expect(transparent).toBeGreaterThan(px.length / 4);
    expect(opaqueWhite).toBeGreaterThan(0);
    // Anti-aliased edges may be partly transparent, but never any colour other than white.
    expect(px.filter(([r, g, b, a]) => a > 0 && (r !== 255 || g !== 255 || b !== 255))).toEqual([]);
  });
});
