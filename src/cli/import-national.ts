// `motcua import-national`: national records in, a motcua catalogue (JSON array of Procedure) out,
// with a progress line for large inputs and a summary of what was read, converted and failed;
// with --index, also the catalogue's prebuilt search index, so a page or a server loads it
// instead of building it.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Procedure } from '../model/index.js';
import { convertNationalRecords } from '../model/national/index.js';
import { createProcedureIndex } from '../search/index.js';
import { IMPORT_USAGE, parseImportArgs, UsageError, type ImportArgs } from './args.js';
import { jsonFiles, readRecords, type FileProblem, type SourcedRecord } from './inputs.js';
import { createProgress, type ProgressSink } from './progress.js';

export interface CliIo {
  cwd: string;
  stdout: ProgressSink;
  stderr: ProgressSink;
}

function gather(args: ImportArgs, io: CliIo): { records: SourcedRecord[]; problems: FileProblem[]; files: number } {
  const out = { records: [] as SourcedRecord[], problems: [] as FileProblem[], files: 0 };
  for (const input of args.inputs) {
    const path = resolve(io.cwd, input);
    if (!existsSync(path)) throw new UsageError(`không có tệp hoặc thư mục / no such file or folder: ${input}`);
    for (const file of jsonFiles(path)) {
      out.files++;
      const { records, problem } = readRecords(file, io.cwd);
      out.records.push(...records);
      if (problem) out.problems.push(problem);
    }
  }
  return out;
}

function write(args: ImportArgs, io: CliIo, procedures: unknown[]): void {
  const json = `${JSON.stringify(procedures, null, args.pretty ? 2 : undefined)}\n`;
  if (!args.out) {
    io.stdout.write(json);
    return;
  }
  const target = resolve(io.cwd, args.out);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, json);
}

/**
 * The prebuilt index of the catalogue as written: built as the reference server builds it from
 * the same file, so it is byte for byte what `GET /procedures/search-index` serves as `index`.
 */
function writeIndex(file: string, io: CliIo, procedures: readonly Procedure[]): void {
  const target = resolve(io.cwd, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(createProcedureIndex(procedures).serialize())}\n`);
}

/** Runs the command; returns the exit code (0 done, 1 nothing converted or --strict with failures, 2 usage). */
export function importNational(argv: readonly string[], io: CliIo): number {
  let args: ImportArgs;
  let input: ReturnType<typeof gather>;
  try {
    args = parseImportArgs(argv);
    input = gather(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`motcua import-national: ${error.message}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const progress = createProgress(input.records.length, io.stderr);
  const result = convertNationalRecords(input.records.map((r) => r.record), { onProgress: (done) => progress.tick(done) });
  if (result.procedures.length > 0) {
    write(args, io, result.procedures);
    if (args.index) writeIndex(args.index, io, result.procedures);
  }
  const failed = result.failures.length + input.problems.length;
  const lines = [
    `motcua import-national: ${input.files} tệp/files, đọc/read ${input.records.length}, chuyển đổi/converted ${result.procedures.length}, lỗi/failed ${failed}`,
    ...(result.superseded.length ? [`  ${result.superseded.length} dòng danh mục thay bằng bản ghi đầy đủ cùng mã / catalogue lines replaced by a full record of the same code`] : []),
    ...input.problems.map((p) => `  ✗ ${p.where}: ${p.message}`),
    ...result.failures.map((f) => `  ✗ ${input.records[f.index]!.where}${f.code && !f.message.startsWith(f.code) ? ` (${f.code})` : ''}: ${f.message}`),
  ];
  if (result.procedures.length > 0 && args.out) lines.push(`  → ${args.out}`);
  if (result.procedures.length > 0 && args.index) lines.push(`  → ${args.index} (chỉ mục tìm kiếm / search index)`);
  if (result.procedures.length === 0) lines.push('  không có thủ tục nào được chuyển đổi, không ghi tệp / nothing converted, nothing written');
  io.stderr.write(`${lines.join('\n')}\n`);
  if (result.procedures.length === 0) return 1;
  return args.strict && failed > 0 ? 1 : 0;
}
