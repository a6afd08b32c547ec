// Runs a command with inherited stdio and resolves with its exit code; used by the build and test
// scripts so each step's output streams live and a failure can be reported by name.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} [options]
 * @returns {Promise<number>}
 */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root, ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Runs a tool from node_modules/.bin with this Node (the .bin entries are symlinks to JS files),
 * so no shell and no npx lookup is involved.
 * @param {string} bin
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} [options]
 */
export function runBin(bin, args, options) {
  return run(process.execPath, [`${root}node_modules/.bin/${bin}`, ...args], options);
}
