// Finds the Chromium the browser tests drive (CHROME_PATH, else Debian's /usr/bin/chromium). As
// root it installs Debian's package when missing; otherwise it says the one command to run.
// No browser is ever downloaded by npm packages (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run } from './run.mjs';

const MISSING = 'Chromium missing: run `sudo apt-get install -y chromium` (or set CHROME_PATH)';

/** @returns {Promise<string | null>} the executable path, or null after printing why there is none */
export async function ensureChromium() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (!process.env.CHROME_PATH && process.getuid?.() === 0) {
    console.log('Chromium missing: installing Debian chromium with apt-get');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const ok =
      (await run('apt-get', ['update'], { env })) === 0 &&
      (await run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { env })) === 0;
    if (ok && existsSync(path)) return path;
  }
  console.log(MISSING);
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = await ensureChromium();
  if (!path) process.exit(1);
  console.log(`Chromium: ${path}`);
}
