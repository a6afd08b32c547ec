// An empty PGlite cluster, made once per machine and PGlite version and kept in the temp folder.
// Creating a cluster runs initdb (5–17 s on a busy machine); loading this dump takes about 1–2 s,
// which is what lets every test file and the browser tests' API have a fresh database.
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

let making: Promise<string> | undefined;

async function pgliteVersion(): Promise<string> {
  const pkg = new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url);
  try {
    return (JSON.parse(await readFile(pkg, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Path of the gzipped empty cluster, made on first use (atomically: parallel makers just race). */
export function pgliteTemplate(): Promise<string> {
  making ??= (async () => {
    const file = join(tmpdir(), `motcua-pglite-${await pgliteVersion()}.tar.gz`);
    if (existsSync(file)) return file;
    const db = await PGlite.create();
    try {
      const dump = await db.dumpDataDir('gzip');
      const partial = `${file}.${process.pid}.${Date.now()}`;
      await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      await rename(partial, file).catch(async (error: unknown) => {
        await rm(partial, { force: true });
        if (!existsSync(file)) throw error;
      });
    } finally {
      await db.close();
    }
    return file;
  })();
  making.catch(() => (making = undefined));
  return making;
}
