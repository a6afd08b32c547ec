// `npm start`: build dist/ unless it is newer than every source file, then run the reference
// server (server/main.ts, via tsx), which serves the demo on http://localhost:8000 (PORT overrides)
// and the API under /api/v1. Ctrl-C and SIGTERM go to the server so it can close cleanly.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { root, run } from './run.mjs';

const stamp = join(root, 'dist/.build-stamp');
const inputs = ['src', 'package.json', 'rollup.config.mjs', 'tsconfig.json', 'tsconfig.build.json'];

/** Newest modification time among the build's inputs. */
function newestInput() {
  let newest = 0;
  for (const input of inputs) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true }).map((f) => join(path, String(f)))
      : [path];
    for (const f of files) newest = Math.max(newest, statSync(f).mtimeMs);
  }
  return newest;
}

if (existsSync(stamp) && statSync(stamp).mtimeMs >= newestInput()) {
  console.log('start: dist/ is up to date, skipping the build');
} else {
  const code = await run(process.execPath, [join(root, 'scripts/build.mjs')]);
  if (code !== 0) process.exit(code);
}

/** npm runs scripts from the package root: a relative CATALOGUE means the folder `npm start` was typed in. */
function catalogueFromCaller() {
  const given = process.env.CATALOGUE?.trim();
  if (!given) return {};
  return { CATALOGUE: resolve(process.env.INIT_CWD || process.cwd(), given) };
}

const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/main.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORT: process.env.PORT || '8000', ...catalogueFromCaller() },
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
