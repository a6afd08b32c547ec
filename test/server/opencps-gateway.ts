// The gateway (BACKEND=opencps) in front of the OpenCPS simulator, both on loopback, sharing
// this test file's in-memory database. "Today" is fixed at Friday 20/11/2026 in Vietnam.
import type { ServerOptions } from '../../server/app.js';
import { startServer, type RunningServer } from '../../server/app.js';
import { opencpsBackend, type OpencpsConfig } from '../../server/backends/opencps/index.js';
import { startOpencpsSim, type OpencpsSim } from '../opencps-sim/server.js';
import type { Quirks } from '../opencps-sim/quirks.js';
import { GROUP_ID } from '../opencps-sim/seed.js';
import { emptyTables, sharedDatabase } from './db.js';

export const GATEWAY_TODAY = new Date('2026-11-20T03:00:00Z');

export interface Gateway {
  sim: OpencpsSim;
  server: RunningServer;
  url: string;
  warnings: string[];
  close(): Promise<void>;
}

export async function startGateway(
  options: { quirks?: Partial<Quirks>; config?: Partial<OpencpsConfig>; server?: ServerOptions } = {},
): Promise<Gateway> {
  const sim = await startOpencpsSim(options.quirks);
  const database = await sharedDatabase();
  await emptyTables(database);
  await database.query('truncate gateway_dossiers');
  const warnings: string[] = [];
  const startedAt = Date.now();
  const server = await startServer({
    port: 0,
    database,
    today: GATEWAY_TODAY,
    now: () => GATEWAY_TODAY.getTime() + (Date.now() - startedAt),
    log: (m) => warnings.push(m),
    debug: () => {},
    backend: opencpsBackend({ baseUrl: sim.url, groupId: GROUP_ID, timeoutMs: 3_000, ...options.config }),
    ...options.server,
  });
  return {
    sim,
    server,
    url: `${server.url}/api/v1`,
    warnings,
    async close() {
      await server.close();
      await sim.close();
    },
  };
}
