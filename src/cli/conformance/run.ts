// Runs the conformance checks against a base URL and prints the pass/fail table.
import { LOOKUP_CHECKS, READ_CHECKS, type Check, type ConformanceOptions, type Found } from './checks.js';
import { caller, CheckFailed, Skipped } from './http.js';
import { RATE_LIMIT_CHECK, SURVEY_CHECKS } from './survey-checks.js';

export type { ConformanceOptions } from './checks.js';

export interface CheckResult {
  name: string;
  outcome: 'pass' | 'fail' | 'skip';
  detail: string;
}

export const CHECKS: readonly Check[] = [...READ_CHECKS, ...LOOKUP_CHECKS, ...SURVEY_CHECKS, RATE_LIMIT_CHECK];

/** `http://host:8000` → `http://host:8000/api/v1`; a URL with a path is taken as the API base. */
export function apiBase(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.origin}${path === '' ? '/api/v1' : path}`;
}

export async function runConformance(baseUrl: string, options: ConformanceOptions = {}, timeoutMs = 15_000): Promise<CheckResult[]> {
  const call = caller(apiBase(baseUrl), timeoutMs);
  const found: Found = {};
  const results: CheckResult[] = [];
  for (const check of CHECKS) {
    try {
      const detail = await check.run(call, options, found);
      results.push({ name: check.name, outcome: 'pass', detail: detail ?? '' });
    } catch (error) {
      if (error instanceof Skipped) results.push({ name: check.name, outcome: 'skip', detail: error.message });
      else if (error instanceof CheckFailed) results.push({ name: check.name, outcome: 'fail', detail: error.message });
      else results.push({ name: check.name, outcome: 'fail', detail: `không gọi được / call failed: ${(error as Error)?.message ?? String(error)}` });
    }
  }
  return results;
}

const LABEL = { pass: 'ĐẠT  PASS', fail: 'LỖI  FAIL', skip: 'BỎ QUA SKIP' } as const;

/** A plain-text table (fits a terminal or a CI log) and a summary line last. */
export function formatTable(results: readonly CheckResult[]): string {
  const width = Math.max(...results.map((r) => [...r.name].length), 10);
  const lines = results.map((r, i) => `${String(i + 1).padStart(2)}  ${r.name.padEnd(width)}  ${LABEL[r.outcome].padEnd(11)}  ${r.detail}`.trimEnd());
  const count = (o: CheckResult['outcome']) => results.filter((r) => r.outcome === o).length;
  return [`${' #'}  ${'Kiểm tra / check'.padEnd(width)}  ${'Kết quả'.padEnd(11)}  Chi tiết / detail`, ...lines, '', `${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`].join('\n');
}
