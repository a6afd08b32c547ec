// `motcua conformance <baseUrl> [--dossier <code> --key <key>] [--read-only] [--skip-rate-limit]`:
// checks any back end against the motcua contract and prints a pass/fail table; exit 1 on a failure.
import { formatTable, runConformance, type ConformanceOptions } from './conformance/run.js';
import type { CliIo } from './import-national.js';

export const CONFORMANCE_USAGE = `Cách dùng / usage:
  motcua conformance <baseUrl> [--dossier <mã hồ sơ> --key <mã tra cứu>] [--read-only] [--skip-rate-limit]

  Kiểm tra một máy chủ theo hợp đồng API motcua (hình dạng, mã lỗi, 404 như nhau, 429 + Retry-After,
  gửi phiếu idempotent, no-store) và in bảng đạt/lỗi. Checks a server against the motcua contract.
  Lưu ý: ghi một phiếu đánh giá thử, trừ khi có --read-only / stores one test survey unless --read-only.`;

export function parseConformanceArgs(argv: readonly string[]): { base: string; options: ConformanceOptions } | string {
  let base: string | undefined;
  let code: string | undefined;
  let key: string | undefined;
  const options: ConformanceOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dossier') code = argv[++i];
    else if (arg === '--key') key = argv[++i];
    else if (arg === '--read-only') options.readOnly = true;
    else if (arg === '--skip-rate-limit') options.skipRateLimit = true;
    else if (arg.startsWith('--')) return `tuỳ chọn lạ / unknown option ${arg}`;
    else if (base) return 'chỉ một baseUrl / one baseUrl only';
    else base = arg;
  }
  if (!base) return 'thiếu baseUrl / baseUrl is missing';
  try {
    if (!/^https?:$/.test(new URL(base).protocol)) return 'baseUrl phải là http(s)';
  } catch {
    return `baseUrl không hợp lệ / invalid: ${base}`;
  }
  if (Boolean(code) !== Boolean(key)) return '--dossier và --key đi cùng nhau / go together';
  if (code && key) options.dossier = { code, key };
  return { base, options };
}

export async function conformance(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseConformanceArgs(argv);
  if (typeof parsed === 'string') {
    io.stderr.write(`${parsed}\n\n${CONFORMANCE_USAGE}\n`);
    return 2;
  }
  const results = await runConformance(parsed.base, parsed.options);
  io.stdout.write(`${formatTable(results)}\n`);
  return results.some((r) => r.outcome === 'fail') ? 1 : 0;
}
