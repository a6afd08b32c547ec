// Arguments of `motcua import-national <files or folders…> [--out file] [--index file] [--strict]`.

export interface ImportArgs {
  inputs: string[];
  out?: string;
  /** Where to write the prebuilt search index of the catalogue (motcua/search `serialize()`). */
  index?: string;
  /** Exit non-zero when any record failed, not only when none converted. */
  strict: boolean;
  /** Pretty-print the output (two-space indent). */
  pretty: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const IMPORT_USAGE = `Cách dùng / usage:
  motcua import-national <tệp hoặc thư mục…> [--out catalogue.json] [--index catalogue.index.json]
                         [--strict] [--pretty]

  Đọc bản ghi thủ tục của CSDL quốc gia (API hiện hành, gói MATTHC cũ, hoặc danh mục
  {code, name, field, level, agency}) từ tệp JSON hoặc thư mục, ghi danh mục motcua.
  Reads national procedure records (current API, legacy MATTHC package, or catalogue lines)
  from JSON files or folders and writes a motcua catalogue (a JSON array of procedures).

  --out <tệp/file>   nơi ghi danh mục / where to write (default: stdout)
  --index <tệp/file> ghi thêm chỉ mục tìm kiếm dựng sẵn (như máy chủ phục vụ) / also write the
                     prebuilt search index (as the server serves it), for loadProcedureIndex
  --strict           thoát với mã 1 nếu có bản ghi lỗi / exit 1 when any record failed
  --pretty           ghi JSON thụt lề / indent the JSON`;

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const args: ImportArgs = { inputs: [], strict: false, pretty: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out' || a === '-o') {
      const value = argv[++i];
      if (!value || value.startsWith('-')) throw new UsageError('--out cần tên tệp / --out needs a file name');
      args.out = value;
    } else if (a.startsWith('--out=')) {
      args.out = a.slice(6);
      if (!args.out) throw new UsageError('--out cần tên tệp / --out needs a file name');
    } else if (a === '--index' || a.startsWith('--index=')) {
      const value = a === '--index' ? argv[++i] : a.slice(8);
      if (!value || value.startsWith('-')) throw new UsageError('--index cần tên tệp / --index needs a file name');
      args.index = value;
    } else if (a === '--strict') args.strict = true;
    else if (a === '--pretty') args.pretty = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`tùy chọn không rõ / unknown option: ${a}`);
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0) throw new UsageError('cần ít nhất một tệp hoặc thư mục / give at least one file or folder');
  return args;
}
