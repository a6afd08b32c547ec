// Tests mirror the code they test: test/<folder> is a folder of src/ (or server/), and an element's
// tests live in test/elements/<element>/, the server's in test/server/<folder>/. A newcomer finds
// the tests of src/x/y.ts in test/x/. Only a few folders hold tests of the whole product instead.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');

/** Folders whose tests are about the product as a whole, or shared test material. */
const WHOLE_PRODUCT = new Set(['quality', 'tooling', 'fixtures', 'opencps-sim']);

const foldersOf = (dir: string): Set<string> =>
  new Set(readdirSync(join(root, dir)).filter((name) => statSync(join(root, dir, name)).isDirectory()));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.(node|browser)\.test\.ts$/.test(entry.name) ? [relative(join(root, 'test'), path)] : [];
  });
}

/** Why a test file is out of place, or undefined when it mirrors the code it tests. */
function misplaced(file: string, src: Set<string>, elements: Set<string>, server: Set<string>): string | undefined {
  const [top, second, ...rest] = file.split(sep);
  if (rest.length === 0 && second === undefined) return 'a test file directly in test/';
  if (WHOLE_PRODUCT.has(top!)) return undefined;
  if (top === 'server') return rest.length > 0 && !server.has(second!) ? `server/${second} is not a folder of server/` : undefined;
  if (!src.has(top!)) return `src/${top} does not exist`;
  if (top === 'elements' && rest.length > 0 && !elements.has(second!)) return `src/elements/${second} does not exist`;
  return undefined;
}

test('every test file sits in a folder that mirrors src/ or server/', () => {
  const src = foldersOf('src');
  const elements = foldersOf('src/elements');
  const server = foldersOf('server');
  const files = testFiles(join(root, 'test'));
  assert.ok(files.length > 100, `found only ${files.length} test files`);
  const wrong = files.flatMap((file) => {
    const why = misplaced(file, src, elements, server);
    return why ? [`test/${file}: ${why}`] : [];
  });
  assert.deepEqual(wrong, []);
});

test('the layout check names the files that do not mirror src/', () => {
  const src = new Set(['api', 'elements']);
  const elements = new Set(['stats']);
  const server = new Set(['data']);
  assert.equal(misplaced(join('api', 'client.node.test.ts'), src, elements, server), undefined);
  assert.equal(misplaced(join('elements', 'stats', 'x.browser.test.ts'), src, elements, server), undefined);
  assert.equal(misplaced(join('server', 'data', 'x.node.test.ts'), src, elements, server), undefined);
  assert.equal(misplaced(join('dossier', 'x.node.test.ts'), src, elements, server), 'src/dossier does not exist');
  assert.equal(misplaced(join('elements', 'roster', 'x.node.test.ts'), src, elements, server), 'src/elements/roster does not exist');
  assert.equal(misplaced(join('server', 'x', 'y.node.test.ts'), src, elements, server), 'server/x is not a folder of server/');
  assert.equal(misplaced('x.node.test.ts', src, elements, server), 'a test file directly in test/');
});
