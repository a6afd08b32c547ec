// `node --import tsx server/main.ts`: the demo and the API on PORT (default 8000).
// HOST (default 0.0.0.0); DATA_DIR (default server/.data) holds the embedded database unless
// DATABASE_URL names a PostgreSQL server; TRUST_PROXY names the proxies in front (a hop count or
// their addresses), so rate limits key on the real client; CATALOGUE names a catalogue file
// (`motcua import-national … --out catalogue.json`) served instead of the sample one.
// BACKEND=opencps puts an OpenCPS v2 portal behind /api/v1 instead of the sample data:
// OPENCPS_URL, OPENCPS_GROUP_ID, optionally OPENCPS_USER/OPENCPS_PASSWORD (docs/deploy-gateway.md).
import { startServer } from './app.js';
import { backendFromEnv, ConfigError } from './backends/from-env.js';
import { CatalogueFileError, loadCatalogueFile } from './catalogue.js';
import { parseTrustProxy, type TrustProxy } from './client-ip.js';
import { describeUrl } from './db/postgres.js';

function catalogue() {
  const path = process.env.CATALOGUE?.trim();
  if (!path) return undefined;
  try {
    const procedures = loadCatalogueFile(path);
    console.log(`catalogue: ${procedures.length} thủ tục/procedures from ${path}`);
    return procedures;
  } catch (error) {
    if (!(error instanceof CatalogueFileError)) throw error;
    console.error(`CATALOGUE: ${error.message}`);
    process.exit(1);
  }
}

const port = Number(process.env.PORT || 8000);
const host = process.env.HOST ?? '0.0.0.0';
const dataDir = process.env.DATA_DIR || undefined;
const databaseUrl = process.env.DATABASE_URL || undefined;

let trustProxy: TrustProxy;
try {
  trustProxy = parseTrustProxy(process.env.TRUST_PROXY);
} catch (error) {
  console.error(`motcua: ${(error as Error).message}`);
  process.exit(2);
}

let backend;
try {
  backend = backendFromEnv(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`motcua: ${error.message}`);
  process.exit(2);
}

const server = await startServer({
  backend,
  port: Number.isInteger(port) ? port : 8000,
  host,
  dataDir,
  databaseUrl,
  trustProxy,
  catalogue: catalogue(),
});
const where = databaseUrl ? describeUrl(databaseUrl) : server.database.location;
const trusted = typeof trustProxy === 'number' ? `${trustProxy} hop` : trustProxy.join(', ');
console.log(`motcua: dữ liệu trong ${where}; TRUST_PROXY ${trusted}; back end ${server.backend.name}: ${server.backend.describe}`);
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
