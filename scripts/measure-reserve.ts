// Measures each widget's first-render height (with data) at several container widths in Chromium,
// on the reference server's data, and rewrites src/elements/shared/reserve-table.ts. Run it after a
// change to a widget's layout: `node --import tsx scripts/measure-reserve.ts` (builds dist/ first if stale).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDist, launchChromium, root, settle, startTestServer } from '../test/quality/harness.js';

/** Table key → the markup measured (attributes matter: a title, kiosk mode, a code). */
const SUBJECTS: Record<string, string> = {
  'motcua-procedure-search': '<motcua-procedure-search></motcua-procedure-search>',
  'motcua-procedure-detail[code]': '<motcua-procedure-detail code="1.001193"></motcua-procedure-detail>',
  'motcua-dossier-tracker': '<motcua-dossier-tracker></motcua-dossier-tracker>',
  'motcua-dossier-tracker[no-title]': '<motcua-dossier-tracker no-title></motcua-dossier-tracker>',
  'motcua-dossier-tracker[no-heading]': '<motcua-dossier-tracker no-heading></motcua-dossier-tracker>',
  'motcua-qr-lookup': '<motcua-qr-lookup></motcua-qr-lookup>',
  'motcua-satisfaction-survey': '<motcua-satisfaction-survey></motcua-satisfaction-survey>',
  'motcua-satisfaction-survey[kiosk]': '<motcua-satisfaction-survey kiosk></motcua-satisfaction-survey>',
  'motcua-satisfaction-survey[no-heading]': '<motcua-satisfaction-survey no-heading></motcua-satisfaction-survey>',
  'motcua-duty-roster': '<motcua-duty-roster></motcua-duty-roster>',
  'motcua-stats': '<motcua-stats></motcua-stats>',
  'motcua-stats[no-title]': '<motcua-stats no-title></motcua-stats>',
  'motcua-stats[no-heading]': '<motcua-stats no-heading></motcua-stats>',
  'motcua-queue-status': '<motcua-queue-status></motcua-queue-status>',
};
const WIDTHS = [280, 360, 480, 640, 834, 960, 1200];

await ensureDist();
const [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
const columns = WIDTHS.map((w) => `<div style="width:${w}px">${Object.values(SUBJECTS).join('')}</div>`).join('');
const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><script type="module" src="/dist/cdn/motcua.js"></script></head>
<body style="margin:0"><motcua-provider api-base="/api/v1">${columns}</motcua-provider></body></html>`;
const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
await page.route('**/measure.html', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
await page.goto(`${server.url}/measure.html`);
await settle(page);
await page.waitForTimeout(1000);
await settle(page);
// Heights in em of the widget's own font size, to a tenth.
const heights = (await page.evaluate(`[...document.querySelectorAll('body > motcua-provider > div')].map((d) =>
  [...d.children].map((e) => Math.round((e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).fontSize)) * 10) / 10))`)) as number[][];
await browser.close();
await server.dispose();

const rows = Object.keys(SUBJECTS).map((key, i) => {
  const points = WIDTHS.map((w, c) => [w, heights[c]![i]!] as const)
    // Drop a point that the straight line between its neighbours already gives.
    .filter((p, j, all) => j === 0 || j === all.length - 1 || p[1] !== all[j - 1]![1] || p[1] !== all[j + 1]![1]);
  return `  '${key}': [${points.map(([w, h]) => `[${w}, ${h}]`).join(', ')}],`;
});
const file = join(root, 'src/elements/shared/reserve-table.ts');
writeFileSync(
  file,
  `/**
 * How tall each widget is on its first render with data, by its own width: points of
 * [width in px, height in em of the widget's base size]. Measured in Chromium on the reference data
 * by \`node --import tsx scripts/measure-reserve.ts\` (which rewrites this file); between points the
 * height is interpolated. A variant key (\`tag[attr]\`) is used when that attribute is present.
 */
export type ReservePoints = ReadonlyArray<readonly [number, number]>;

export const RESERVE_TABLE: Readonly<Record<string, ReservePoints>> = {
${rows.join('\n')}
};
`,
);
console.log(`wrote ${file}`);
