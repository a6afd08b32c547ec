// A progress line on stderr for large inputs: rewritten in place on a terminal, a line per quarter
// otherwise (CI logs), nothing for small inputs.

export interface ProgressSink {
  write(text: string): void;
  isTTY?: boolean;
}

/** Inputs smaller than this finish before a progress line would help. */
export const PROGRESS_FROM = 500;

export function createProgress(total: number, sink: ProgressSink, label = 'chuyển đổi / converting') {
  let lastQuarter = 0;
  return {
    tick(done: number): void {
      if (total < PROGRESS_FROM) return;
      const pct = Math.floor((done / total) * 100);
      if (sink.isTTY) {
        if (done % 100 === 0 || done === total) sink.write(`\r${label}: ${done}/${total} (${pct}%)`);
        if (done === total) sink.write('\n');
        return;
      }
      const quarter = Math.floor((done / total) * 4);
      if (quarter > lastQuarter) {
        lastQuarter = quarter;
        sink.write(`${label}: ${done}/${total} (${pct}%)\n`);
      }
    },
  };
}
