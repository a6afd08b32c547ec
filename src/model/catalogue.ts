import * as z from 'zod/mini';
import { Procedure } from './procedure.js';

/**
 * A catalogue file: what `motcua import-national` writes (a JSON array of procedures), also
 * accepted wrapped as `{ "procedures": [...] }`. The reference server serves it (`CATALOGUE=`) and
 * `<motcua-procedure-search mode="local" catalogue-url>` searches it on the device.
 */
export const CatalogueFile = z.union([z.array(Procedure), z.object({ procedures: z.array(Procedure) })]);

/** One problem of a catalogue file: the dotted path (`12.channels.0.kind`) and what is wrong. */
export interface CatalogueIssue {
  path: string;
  message: string;
}

export type CatalogueRead = { ok: true; procedures: Procedure[] } | { ok: false; issues: CatalogueIssue[] };

/**
 * Checks a parsed catalogue file: every entry must be a Procedure and codes must be unique (the
 * catalogue is looked up by code). Returns the procedures, or the problems (at most 20).
 */
export function readCatalogue(value: unknown): CatalogueRead {
  const parsed = CatalogueFile.safeParse(value);
  if (!parsed.success) {
    // The union reports each branch; the one matching the value's form says where an entry is wrong.
    const branch = Array.isArray(value) ? 0 : 1;
    const issues = parsed.error.issues.flatMap((i) => ('errors' in i && Array.isArray(i.errors) ? (i.errors[branch] ?? [i]) : [i]));
    return { ok: false, issues: issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
  }
  const procedures = Array.isArray(parsed.data) ? parsed.data : parsed.data.procedures;
  const seen = new Map<string, number>();
  const issues: CatalogueIssue[] = [];
  procedures.forEach((p, i) => {
    const first = seen.get(p.code);
    if (first !== undefined) issues.push({ path: `${i}.code`, message: `mã ${p.code} trùng với mục ${first} / duplicate of entry ${first}` });
    else seen.set(p.code, i);
  });
  return issues.length ? { ok: false, issues: issues.slice(0, 20) } : { ok: true, procedures };
}
