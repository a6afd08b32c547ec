// Finds the element folders under src/elements so the build, the stubs and the manifest
// never need a hand-kept list: a folder counts when it holds <name>.ts (the define file).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders under src/elements that are shared code, not elements. */
const NOT_ELEMENTS = new Set(['shared']);

/**
 * @param {string} elementsDir absolute or cwd-relative path of src/elements
 * @returns {{ name: string, define: string, component: string | null }[]} sorted by name
 */
export function findElements(elementsDir) {
  if (!existsSync(elementsDir)) return [];
  return readdirSync(elementsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !NOT_ELEMENTS.has(d.name) && !d.name.startsWith('.'))
    .map((d) => d.name)
    .filter((name) => existsSync(join(elementsDir, name, `${name}.ts`)))
    .sort()
    .map((name) => {
      const component = join(elementsDir, name, `${name}.component.ts`);
      return {
        name,
        define: join(elementsDir, name, `${name}.ts`),
        component: existsSync(component) ? component : null,
      };
    });
}

/**
 * Rollup entry names for the library build: `elements/<name>` and `elements/<name>.component`.
 * @param {ReturnType<typeof findElements>} elements
 * @returns {Record<string, string>}
 */
export function elementEntries(elements) {
  /** @type {Record<string, string>} */
  const entries = {};
  for (const el of elements) {
    entries[`elements/${el.name}`] = el.define;
    if (el.component) entries[`elements/${el.name}.component`] = el.component;
  }
  return entries;
}
