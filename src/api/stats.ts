import { Stats, StatsQuery } from '../model/stats.js';
import type { CallOptions, Transport } from './transport.js';
import { check } from './validate.js';

export interface StatsResource {
  /** Dossier counts and satisfaction for a period (default: this year to date, by month). */
  get(query?: StatsQuery, options?: CallOptions): Promise<Stats>;
}

export function statsResource(transport: Transport): StatsResource {
  return {
    async get(query = {}, options) {
      const q = check(StatsQuery, query, 'request');
      const body = await transport.send({ method: 'get', path: 'stats', searchParams: { ...q }, policy: 'read' }, options);
      return check(Stats, body, 'response');
    },
  };
}
