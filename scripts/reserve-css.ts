// Writes dist/cdn/motcua.css (the boxes and first-render heights of the motcua tags before their
// code arrives), from the same table the elements use. Run by scripts/build.mjs after rollup.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementLoaders } from '../src/element-loaders.js';
import { reserveCss } from '../src/reserve-undefined.js';

const out = join(import.meta.dirname, '../dist/cdn/motcua.css');
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, `/* motcua: room for each widget before its code arrives (no layout shift). Generated. */\n${reserveCss(Object.keys(elementLoaders))}`);
