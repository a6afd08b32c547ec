// `npm run start:opencps`: the demo with BACKEND=opencps in front of the OpenCPS v2 simulator
// (test/opencps-sim), so every widget can be tried against an OpenCPS-shaped back end without
// one. Starts the simulator, waits for its address, then runs `npm start` (scripts/start.mjs)
// with OPENCPS_URL and OPENCPS_GROUP_ID pointing at it. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from './run.mjs';

const sim = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/opencps-sim/main.ts')], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});

const address = await new Promise((found, fail) => {
  let seen = '';
  sim.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    seen += chunk;
    const m = /opencps-sim: (http:\/\/\S+) \(groupId (\d+)\)/.exec(seen);
    if (m) found({ url: m[1], groupId: m[2] });
  });
  sim.on('exit', (code) => fail(new Error(`the simulator stopped (exit ${code})`)));
});

const server = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BACKEND: 'opencps', OPENCPS_URL: address.url, OPENCPS_GROUP_ID: address.groupId },
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    server.kill(signal);
    sim.kill(signal);
  });
}
server.on('exit', (code, signal) => {
  sim.kill('SIGTERM');
  process.exit(code ?? (signal ? 0 : 1));
});
