// The web-test-runner command `motcua-queue-server`: starts, restarts and stops the clock-driven
// reference server of test/elements/queue-status/queue-server.mjs for the page (payload as that file's commands).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export function queueServerCommand() {
  let child;
  let lines;
  const answers = [];
  const waiting = [];
  function next() {
    return answers.length > 0 ? Promise.resolve(answers.shift()) : new Promise((r) => waiting.push(r));
  }
  let ready;
  /** Starts the child once; every caller waits for its {"ready":true}. */
  function ensure() {
    ready ??= (async () => {
      child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./queue-server.mjs', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
      lines = createInterface({ input: child.stdout });
      lines.on('line', (line) => {
        const value = JSON.parse(line);
        const resolve = waiting.shift();
        if (resolve) resolve(value);
        else answers.push(value);
      });
      await next(); // {"ready":true}
    })();
    return ready;
  }
  return {
    name: 'motcua-queue-server',
    async executeCommand({ command, payload }) {
      if (command !== 'motcua-queue-server') return undefined;
      await ensure();
      child.stdin.write(`${JSON.stringify(payload)}\n`);
      return next();
    },
    // Started with the test run, not on the first command: compiling the server and opening its
    // database can take longer than a command's 20-s limit on a busy machine.
    serverStart() {
      ensure().catch(() => {});
    },
    async serverStop() {
      child?.stdin.end();
    },
  };
}
