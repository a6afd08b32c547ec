/** What <motcua-qr-poster> shows: the procedures fetched a few at a time, each with the URL its QR code holds. */
import type { Procedure, ProcedureSummary } from '../../model/procedure.js';
import { fillLinkTemplate } from '../../qr/link.js';
import type { MotcuaClient } from '../shared/context.js';
import { posterItem, type PosterItem } from './poster-data.js';

export interface LoadedPosters {
  /** The codes themselves are made when shown (qr-codes.ts). */
  items: Array<PosterItem & { url: string }>;
  missing: string[];
}

/** Requests at once when fetching many procedures (25 essential ones is the usual sheet). */
const CONCURRENCY = 4;

export interface PosterRequest {
  codes: string[];
  /** Records given by the host (no request), in the order of `codes`. */
  given: Array<Procedure | ProcedureSummary> | undefined;
  client: MotcuaClient | undefined;
  template: string;
}

/** Fetches the procedures (a few at a time) and fills in each one's link; a code that fails is listed as missing. */
export async function loadPosters({ codes, given, client, template }: PosterRequest, signal: AbortSignal): Promise<LoadedPosters> {
  const records: Array<Procedure | ProcedureSummary | undefined> = given ? [...given] : new Array(codes.length);
  const errors: unknown[] = [];
  if (!given && client) {
    let next = 0;
    const worker = async () => {
      while (next < codes.length) {
        const i = next++;
        try {
          records[i] = await client.procedures.get(codes[i]!, { signal });
        } catch (error) {
          if (signal.aborted) throw error;
          errors.push(error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, codes.length) }, worker));
  }
  const items: LoadedPosters['items'] = [];
  const missing: string[] = [];
  for (const [i, record] of records.entries()) {
    if (!record) {
      missing.push(codes[i]!);
      continue;
    }
    const url = fillLinkTemplate(template, record.code);
    items.push({ ...posterItem(record), url });
  }
  // Nothing at all: the first failure is the error shown (offline, 404 …).
  if (!items.length && errors.length) throw errors[0];
  return { items, missing };
}
