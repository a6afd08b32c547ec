// The package's element entries, one explicit "exports" key per element and per component class.
// A pattern such as "./elements/*.js" would also match "./elements/<name>/x.js", whose declaration
// tsc emits (so it type-checks) while no JavaScript exists there (so it fails at run time).
// `node scripts/element-exports.mjs --write` rewrites package.json after adding an element;
// scripts/check-package.mjs fails the build while package.json and src/elements disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findElements } from './elements.mjs';
import { root } from './run.mjs';

/** @returns {Record<string, { types: string, default: string }>} in the order they are written */
export function elementExports() {
  /** @type {Record<string, { types: string, default: string }>} */
  const entries = {};
  for (const el of findElements(join(root, 'src/elements'))) {
    const names = el.component ? [el.name, `${el.name}.component`] : [el.name];
    for (const n of names) entries[`./elements/${n}.js`] = { types: `./dist/elements/${n}.d.ts`, default: `./dist/elements/${n}.js` };
  }
  return entries;
}

/** package.json's exports with the element entries replaced by the current ones (other keys kept in place). */
export function withElementExports(exportsMap) {
  const out = {};
  let placed = false;
  const place = () => {
    if (!placed) Object.assign(out, elementExports());
    placed = true;
  };
  for (const [key, value] of Object.entries(exportsMap)) {
    if (key.startsWith('./elements/')) place();
    else out[key] = value;
    // Element entries go right after "./elements", where the pattern used to be.
    if (key === './elements') place();
  }
  place();
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href && process.argv.includes('--write')) {
  const file = join(root, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  pkg.exports = withElementExports(pkg.exports);
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(`package.json: ${Object.keys(elementExports()).length} element entries`);
}
