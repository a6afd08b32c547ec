/**
 * Holiday lists per client and year, fetched once per page: every tracker on the page (and every
 * refresh) reuses them. A failed fetch is forgotten so the next look-up tries again.
 */
import type { HolidayList } from '../../model/calendar.js';
import type { MotcuaClient } from '../shared/context.js';

const cache = new WeakMap<MotcuaClient, Map<number, Promise<HolidayList>>>();

export function holidaysFor(client: MotcuaClient, years: readonly number[], signal?: AbortSignal): Promise<HolidayList[]> {
  let perYear = cache.get(client);
  if (!perYear) cache.set(client, (perYear = new Map()));
  const lists = perYear;
  return Promise.all(
    years.map((year) => {
      let hit = lists.get(year);
      if (!hit) {
        // Not tied to one caller's signal: other trackers may be waiting for the same year.
        hit = client.calendar.holidays(year);
        hit.catch(() => lists.delete(year));
        lists.set(year, hit);
      }
      if (!signal) return hit;
      return Promise.race([
        hit,
        new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })),
      ]);
    }),
  );
}
