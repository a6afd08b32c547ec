/**
 * Lighthouse (mobile profile: Moto G power emulation, slow 4G, 4× CPU slowdown) on the demo pages,
 * served by the reference server from dist/ (run `npm run build` first) with Debian's Chromium.
 * Prints the four category scores and the main metrics; `npm run bench -- lighthouse`. Figures
 * depend on the machine's load (printed with each line): docs/sizes.md records runs with how they
 * were made. The CI check of the main page is test/quality/lighthouse.serial.node.test.ts.
 */
import { startServer } from '../../server/app.js';
import { openDatabase } from '../../server/db/open.js';
import { describeFigures, runLighthouse } from '../../test/quality/lighthouse.js';

const PAGES = ['/', '/demo/placements.html', '/demo/kiosk.html'];

export default async function bench(): Promise<void> {
  const database = await openDatabase({ memory: true });
  const server = await startServer({ port: 0, host: '127.0.0.1', database, log: () => {} });
  try {
    for (const path of PAGES) console.log(`${path.padEnd(24)} ${describeFigures(await runLighthouse(`${server.url}${path}`))}`);
  } finally {
    await server.close();
    await database.close();
  }
}
