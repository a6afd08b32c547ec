/**
 * `catalogue-url`: a catalogue file loaded in the page instead of the API's catalogue. Imported
 * lazily by the search (only pages that set the attribute pay for checking a whole file).
 */
import { HttpError, NetworkError, ValidationError } from '../../api/errors.js';
import { readCatalogue } from '../../model/catalogue.js';
import { toProcedureSummary } from '../../model/summary.js';
import { openCatalogue, WORKER_THRESHOLD, type LocalCatalogue } from './catalogue.js';

/**
 * Loads a catalogue file (`motcua import-national` output: a JSON array of procedures, or
 * `{ procedures }`) and indexes it. Failures are the SDK's errors, so the element words them as
 * it does for the API: unreachable, an HTTP status, or a file that is not a catalogue.
 */
export async function loadCatalogueFile(url: string, threshold = WORKER_THRESHOLD, signal?: AbortSignal): Promise<LocalCatalogue> {
  let res: Response;
  try {
    res = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!res.ok) throw new HttpError({ status: res.status, url });
  let value: unknown;
  try {
    value = await res.json();
  } catch (error) {
    throw new ValidationError('response', [{ path: '', message: 'not JSON' }], error);
  }
  const read = readCatalogue(value);
  if (!read.ok) throw new ValidationError('response', read.issues);
  const catalogue = await openCatalogue(read.procedures.map(toProcedureSummary), undefined, threshold);
  catalogue.procedures = new Map(read.procedures.map((p) => [p.code, p]));
  return catalogue;
}

const files = new Map<string, Promise<LocalCatalogue>>();

/** One load per catalogue URL, shared by every search box on the page; a failed load is retried next time. */
export function sharedCatalogueFile(url: string, threshold = WORKER_THRESHOLD): Promise<LocalCatalogue> {
  const key = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
  let promise = files.get(key);
  if (!promise) {
    promise = loadCatalogueFile(key, threshold);
    files.set(key, promise);
    promise.catch(() => {
      if (files.get(key) === promise) files.delete(key);
    });
  }
  return promise;
}

