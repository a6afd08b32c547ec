import type { Reporter } from '@web/test-runner';
export function summaryReporter(options: { file: string }): Reporter;
