// `node --import tsx test/opencps-sim/main.ts`: the simulator on its own, for the demo
// (`npm run start:opencps`). Port from OPENCPS_SIM_PORT (default 0: any free port); prints
// `opencps-sim: <url>` once listening, then the dossiers a visitor can look up.
import { pinOf } from './dossiers.js';
import { DOSSIERS, GROUP_ID } from './seed.js';
import { startOpencpsSim } from './server.js';

const sim = await startOpencpsSim({}, Number(process.env.OPENCPS_SIM_PORT || 0));
console.log(`opencps-sim: ${sim.url} (groupId ${GROUP_ID})`);
for (const d of DOSSIERS) console.log(`  hồ sơ ${d.dossierNo}  mã tra cứu ${pinOf(d, true)}  (${d.statusText})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void sim.close().then(() => process.exit(0)));
