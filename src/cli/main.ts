#!/usr/bin/env node
// The `motcua` command (package.json "bin"): `motcua import-national …` (docs/import.md) and
// `motcua conformance <baseUrl>` (docs/deploy-gateway.md).
import { conformance } from './conformance.js';
import { importNational } from './import-national.js';

const USAGE = `motcua <lệnh/command>

  import-national <tệp hoặc thư mục…> --out catalogue.json
      Chuyển bản ghi thủ tục của CSDL quốc gia thành danh mục motcua.
      Converts national procedure records into a motcua catalogue.

  conformance <baseUrl> [--dossier <mã> --key <khoá>] [--read-only] [--skip-rate-limit]
      Kiểm tra một máy chủ theo hợp đồng API motcua, in bảng đạt/lỗi.
      Checks a server against the motcua API contract and prints a pass/fail table.`;

const [command, ...rest] = process.argv.slice(2);
const io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr };

if (command === 'import-national') {
  process.exitCode = importNational(rest, io);
} else if (command === 'conformance') {
  process.exitCode = await conformance(rest, io);
} else if (command === '--help' || command === '-h' || command === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else {
  process.stderr.write(`${command ? `lệnh không rõ / unknown command: ${command}\n\n` : ''}${USAGE}\n`);
  process.exitCode = 2;
}
