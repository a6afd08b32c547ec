// CATALOGUE=catalogue.json: the reference server serves an imported catalogue (the output of
// `motcua import-national`) instead of its sample one.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCatalogue, type Procedure } from '../src/model/index.js';

export class CatalogueFileError extends Error {
  override name = 'CatalogueFileError';
}

/** Reads and checks a catalogue file; throws CatalogueFileError saying which file and entry are wrong. */
export function loadCatalogueFile(path: string, cwd = process.cwd()): Procedure[] {
  const file = resolve(cwd, path);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CatalogueFileError(`không đọc được danh mục / cannot read the catalogue ${file}: ${(error as Error).message}`);
  }
  const read = readCatalogue(value);
  if (!read.ok) {
    const lines = read.issues.map((i) => `  ${i.path || '(toàn bộ/whole file)'}: ${i.message}`);
    throw new CatalogueFileError(`danh mục không hợp lệ / invalid catalogue ${file}:\n${lines.join('\n')}`);
  }
  if (read.procedures.length === 0) throw new CatalogueFileError(`danh mục rỗng / empty catalogue ${file}`);
  return read.procedures;
}
