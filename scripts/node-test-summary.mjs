// node:test reporter that writes {"passed","failed","skipped","failures"} as JSON to its destination,
// so scripts/test.mjs can add the Node counts to the browser ones and name every failed test at the
// end of the run. Suites are not tests, but a suite that fails on its own (a hook or its body threw)
// counts as one failure, and a file that fails to load is reported by node:test as a failed test
// named after the file, so it counts too.
import { relative } from 'node:path';

export default async function* summary(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    const isSuite = data.details?.type === 'suite';
    if (event.type === 'test:pass') {
      if (isSuite) continue;
      if (data.skip !== undefined || data.todo !== undefined) counts.skipped++;
      else counts.passed++;
    } else if (!isSuite || data.details?.error?.failureType !== 'subtestsFailed') {
      counts.failed++;
      const where = data.file ? `${relative(process.cwd(), data.file)}: ` : '';
      const why = String(data.details?.error?.cause?.message ?? data.details?.error?.message ?? '').split('\n')[0];
      counts.failures.push(`${where}${data.name}${why ? ` — ${why.slice(0, 200)}` : ''}`);
    }
  }
  yield `${JSON.stringify(counts)}\n`;
}
