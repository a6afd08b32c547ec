/**
 * What the OpenCPS gateway adds to a call: the same look-up and search asked of the simulator
 * directly and through the gateway (PIN check, step log, mapping, token, handle in the embedded
 * database), both on loopback. Median and p95 of 200 calls after 20 to warm up.
 */
import { startServer } from '../../server/app.js';
import { opencpsBackend } from '../../server/backends/opencps/index.js';
import { openDatabase } from '../../server/db/open.js';
import { startOpencpsSim } from '../../test/opencps-sim/server.js';
import { GROUP_ID } from '../../test/opencps-sim/seed.js';

const CALLS = 200;
const WARM = 20;
const CODE = '000.00.07.G12-261102-0007';

async function timed(call: () => Promise<Response>): Promise<string> {
  for (let i = 0; i < WARM; i++) await (await call()).arrayBuffer();
  const samples: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    const res = await call();
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.ceil((p / 100) * samples.length) - 1]!.toFixed(2);
  return `median ${at(50)} ms, p95 ${at(95)} ms`;
}

export default async function gatewayBench(): Promise<void> {
  const sim = await startOpencpsSim();
  const database = await openDatabase({ memory: true });
  const server = await startServer({ port: 0, database, log: () => {}, backend: opencpsBackend({ baseUrl: sim.url, groupId: GROUP_ID }) });
  const site = { headers: { groupId: GROUP_ID } };
  try {
    console.log(`look-up, OpenCPS directly (detail only): ${await timed(() => fetch(`${sim.url}/o/rest/v2/dossiers/${CODE}?secretKey=4821`, site))}`);
    console.log(
      `look-up through the gateway (detail + log + mapping + token): ${await timed(() =>
        fetch(`${server.url}/api/v1/dossiers/lookup`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: CODE, lookupKey: '4821' }) }),
      )}`,
    );
    console.log(`search, OpenCPS directly (keyword): ${await timed(() => fetch(`${sim.url}/o/rest/v2/serviceinfos?keyword=${encodeURIComponent('kết hôn')}`, site))}`);
    console.log(`search through the gateway (cached catalogue, folded): ${await timed(() => fetch(`${server.url}/api/v1/procedures?q=ket%20hon`))}`);
  } finally {
    await server.close();
    await database.close();
    await sim.close();
  }
}
