// `node --import tsx server/main.ts`: the demo and the API on PORT (default 8000).
// HOST (default 0.0.0.0) and DATA_DIR (default server/.data) override the rest.
import { startServer } from './app.js';

const port = Number(process.env.PORT || 8000);
const host = process.env.HOST ?? '0.0.0.0';
const dataDir = process.env.DATA_DIR || undefined;
const server = await startServer({ port: Number.isInteger(port) ? port : 8000, host, dataDir });
console.log(`motcua demo and API on http://localhost:${server.port}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1); // a second Ctrl-C does not wait
    stopping = true;
    console.log(`${signal}: closing…`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
