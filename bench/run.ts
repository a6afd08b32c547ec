/**
 * Runs every benchmark: each `bench/**\/*.bench.ts` module's default export, `async () => void`,
 * in path order. Add a file; this runner needs no edit. `npm run bench -- search` runs only the
 * files whose path contains "search".
 */
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

for (const file of files) {
  console.log(`\n=== ${relative(root, join(root, file))} ===`);
  const module = (await import(pathToFileURL(join(root, file)).href)) as { default?: () => Promise<void> };
  if (typeof module.default !== 'function') throw new Error(`${file} has no default export`);
  await module.default();
}
