// Which QR decoder to lazy-load where BarcodeDetector is missing: each candidate is bundled the
// way the CDN build would carry it (esbuild, minified, gzip -9) and must read every test image:
// receipts and posters from the payload table, from large print to 2 px modules, with noise, low
// contrast, blur and a slight rotation, as a phone camera sees paper.
// Candidates are not dependencies: `npm install --prefix <dir> jsqr jsqr-es6 @paulmillr/qr`, then
// `QR_CANDIDATES=<dir> npx tsx bench/qr-decoders.ts`.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'uqr';
import { cases } from '../test/qr/cases.js';

const dir = process.env.QR_CANDIDATES;
if (!dir) throw new Error('set QR_CANDIDATES to the folder the candidates were installed into');
const require = createRequire(join(dir, 'package.json'));

interface Image { width: number; height: number; data: Uint8ClampedArray }
type Decode = (img: Image) => string | null;

const candidates: Record<string, { entry: string; decode: () => Decode }> = {
  jsqr: { entry: `import f from 'jsqr'; export default f;`, decode: () => jsQrLike(require('jsqr')) },
  'jsqr-es6': { entry: `import f from 'jsqr-es6'; export default f;`, decode: () => jsQrLike(require('jsqr-es6')) },
  '@paulmillr/qr': {
    entry: `import f from '@paulmillr/qr/decode.js'; export default f;`,
    decode: () => {
      const decodeQR = require('@paulmillr/qr/decode.js').default;
      return (img) => {
        try {
          return decodeQR(img);
        } catch {
          return null;
        }
      };
    },
  },
};

function jsQrLike(mod: unknown): Decode {
  const fn = (typeof mod === 'function' ? mod : (mod as { default: typeof mod }).default) as (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
  return (img) => fn(img.data, img.width, img.height)?.data ?? null;
}

/** gzip -9 size of the candidate bundled alone, minified, as an ES module. */
function gzSize(entry: string): number {
  const file = join(dir!, 'entry.mjs');
  writeFileSync(file, entry);
  const out = execFileSync(join(import.meta.dirname, '../node_modules/.bin/esbuild'), [file, '--bundle', '--minify', '--format=esm', '--log-level=error'], { cwd: dir });
  return gzipSync(out, { level: 9 }).length;
}

/** RGBA image of `text` with `scale` px modules and a 4-module quiet zone, then `effect` applied. */
function render(text: string, scale: number, effect: (img: Image) => Image): Image {
  const { data: matrix, size } = encode(text, { ecc: 'M', border: 4 });
  const side = size * scale;
  const out = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const v = matrix[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      out.set([v, v, v, 255], (y * side + x) * 4);
    }
  }
  return effect({ width: side, height: side, data: out });
}

let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const map = (img: Image, f: (v: number, x: number, y: number) => number): Image => {
  const data = new Uint8ClampedArray(img.data.length);
  for (let i = 0; i < data.length; i += 4) {
    const p = i / 4;
    const v = f(img.data[i]!, p % img.width, Math.floor(p / img.width));
    data.set([v, v, v, 255], i);
  }
  return { ...img, data };
};
const at = (img: Image, x: number, y: number) => img.data[(Math.min(img.height - 1, Math.max(0, y)) * img.width + Math.min(img.width - 1, Math.max(0, x))) * 4]!;
const effects: Record<string, (img: Image) => Image> = {
  clean: (img) => img,
  noise: (img) => map(img, (v) => v + (random() - 0.5) * 120),
  'low contrast': (img) => map(img, (v) => 100 + v * 0.3),
  blur: (img) => map(img, (_v, x, y) => (at(img, x - 1, y) + at(img, x + 1, y) + at(img, x, y - 1) + at(img, x, y + 1) + at(img, x, y) * 4) / 8),
  'rotated 10°': (img) => {
    const [c, s, h] = [Math.cos(0.1745), Math.sin(0.1745), img.width / 2];
    return map(img, (_v, x, y) => at(img, Math.round(c * (x - h) + s * (y - h) + h), Math.round(-s * (x - h) + c * (y - h) + h)));
  },
};

const payloads = [...new Set(cases.map(([, payload]) => payload).filter((p) => p.length > 0 && p.length < 300))];
const images: { name: string; text: string; img: Image }[] = [];
for (const text of payloads) {
  for (const scale of [2, 4, 6]) {
    for (const [effect, fn] of Object.entries(effects)) images.push({ name: `${effect} ${scale}px`, text, img: render(text, scale, fn) });
  }
}

console.log(`${images.length} images (${payloads.length} payloads × 3 module sizes × ${Object.keys(effects).length} effects)`);
for (const [name, c] of Object.entries(candidates)) {
  const decode = c.decode();
  const failed = images.filter(({ text, img }) => decode(img) !== text).map((i) => i.name);
  const counts = new Map<string, number>();
  for (const f of failed) counts.set(f, (counts.get(f) ?? 0) + 1);
  const byKind = [...counts].map(([kind, n]) => `${kind} ×${n}`).join(', ');
  console.log(`${name}: ${(gzSize(c.entry) / 1024).toFixed(1)} kB gz -9; read ${images.length - failed.length}/${images.length}${failed.length ? `; missed: ${byKind}` : ''}`);
}
