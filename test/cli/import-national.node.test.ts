// `motcua import-national` run as a command (a child process) on the real national files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { importNational } from '../../src/cli/import-national.js';
import type { Procedure } from '../../src/model/index.js';
import { fromNationalProcedure } from '../../src/national.js';
import { NATIONAL_DIR, nationalCatalogue, nationalRecords } from '../model/national-fixtures.js';

const root = resolve(import.meta.dirname, '../..');
// The command runs from a scratch folder, so tsx is named by its resolved URL, not its bare name.
const TSX = import.meta.resolve('tsx');
const work = mkdtempSync(join(tmpdir(), 'motcua-import-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The command as a user runs it: a child process (for the two runs on the real national files). */
function motcua(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', TSX, join(root, 'src/cli/main.ts'), ...args], { cwd: work, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same command in this process (what main.ts calls), for the many small cases: a child each would be slow. */
function motcuaHere(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const [command, ...rest] = args;
  if (command !== 'import-national') return motcua(...args);
  const code = importNational(rest, { cwd: work, stdout: { write: (t) => void (stdout += t) }, stderr: { write: (t) => void (stderr += t) } });
  return { code, stdout, stderr };
}

const read = (file: string): Procedure[] => JSON.parse(readFileSync(join(work, file), 'utf8'));

const LEVELS: Record<string, string> = { 'Cấp bộ': 'ministry', 'Cấp tỉnh': 'province', 'Cấp xã': 'commune' };

describe('motcua import-national', () => {
  it('converts the 2,642-line national catalogue: names, fields and levels of every line', () => {
    const lines = nationalCatalogue();
    const r = motcua('import-national', join(NATIONAL_DIR, 'catalogue.json'), '--out', 'catalogue.json');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /chuyển đổi \/ converting: 2642\/2642 \(100%\)/, 'progress line on stderr');
    assert.match(r.stderr, /đọc\/read 2642, chuyển đổi\/converted 2642, lỗi\/failed 0/);
    const out = read('catalogue.json');
    assert.equal(out.length, lines.length);
    lines.forEach((line, i) => {
      const p = out[i]!;
      assert.equal(p.code, line.code);
      assert.equal(p.name, line.name!.trim().replace(/\s+/g, ' '));
      assert.equal(p.field.name, line.field);
      const parts = line.level!.split(', ');
      assert.deepEqual(p.levels, parts.filter((l) => l !== 'Cơ quan khác').map((l) => LEVELS[l]));
      assert.equal(p.otherAgency, parts.includes('Cơ quan khác') ? true : undefined);
      assert.deepEqual(p.agencies, line.agency ? [{ name: line.agency }] : []);
      assert.deepEqual(p.source, { shape: 'national-catalogue' });
    });
  });

  it('converts the four full records given as files, exactly as fromNationalProcedure does', () => {
    const records = nationalRecords();
    const r = motcua('import-national', ...records.map((x) => join(NATIONAL_DIR, x.file)), '--out', 'full.json');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /4 tệp\/files, đọc\/read 4, chuyển đổi\/converted 4, lỗi\/failed 0/);
    assert.doesNotMatch(r.stderr, /converting:/, 'no progress line for a small input');
    assert.deepEqual(read('full.json'), records.map((x) => fromNationalProcedure(x.record)));
  });

  it('reads a folder (nested), a JSON array file and an API envelope, and reports each bad record', () => {
    const dir = join(work, 'in');
    mkdirSync(join(dir, 'nested'), { recursive: true });
    const [a, b] = nationalRecords();
    copyFileSync(join(NATIONAL_DIR, a!.file), join(dir, 'a.json'));
    writeFileSync(join(dir, 'nested', 'envelope.json'), JSON.stringify({ data: b!.record }));
    writeFileSync(join(dir, 'nested', 'batch.json'), JSON.stringify([
      { MATTHC: '2.000815', TENTTHC: 'Chứng thực bản sao từ bản chính', CACHTHUCTHUCHIEN: [{ KENH: 1 }] },
      { MATTHC: '2.000816' },
      { ...a!.record, code: 'X-1' },
    ]));
    writeFileSync(join(dir, 'broken.json'), '{ "code": ');
    writeFileSync(join(dir, 'readme.txt'), 'not a record');
    const r = motcuaHere('import-national', 'in', '--out', 'out/folder.json');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /4 tệp\/files, đọc\/read 5, chuyển đổi\/converted 3, lỗi\/failed 3/);
    assert.match(r.stderr, /✗ in\/broken\.json: .*JSON/);
    assert.match(r.stderr, /✗ in\/nested\/batch\.json#1: 2\.000816: .*TENTTHC/);
    assert.match(r.stderr, /✗ in\/nested\/batch\.json#2: X-1: .* code/);
    assert.deepEqual(read('out/folder.json').map((p) => p.code), [a!.record.code, '2.000815', b!.record.code]);
  });

  it('exits 1 and writes nothing when no record converts; --strict exits 1 on any failure', () => {
    writeFileSync(join(work, 'bad.json'), JSON.stringify([{ name: 'no code' }, 7]));
    const r = motcuaHere('import-national', 'bad.json', '--out', 'none.json');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /chuyển đổi\/converted 0, lỗi\/failed 2/);
    assert.ok(!existsSync(join(work, 'none.json')));
    writeFileSync(join(work, 'mixed.json'), JSON.stringify([{ MATTHC: '2.000815', TENTTHC: 'Chứng thực' }, 7]));
    assert.equal(motcuaHere('import-national', 'mixed.json', '--out', 'mixed-out.json').code, 0);
    assert.equal(motcuaHere('import-national', 'mixed.json', '--out', 'mixed-out.json', '--strict').code, 1);
  });

  it('writes to stdout without --out', () => {
    const r = motcuaHere('import-national', join(NATIONAL_DIR, nationalRecords()[0]!.file));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout)[0].code, nationalRecords()[0]!.record.code);
  });

  it('exits 2 with the usage on bad arguments', () => {
    for (const args of [['import-national'], ['import-national', 'x.json', '--bogus'], ['import-national', 'missing.json'], ['import-national', 'x.json', '--out']]) {
      const r = motcuaHere(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /usage/);
    }
    // The entry itself: an unknown command and --help.
    for (const args of [['frobnicate']]) {
      const r = motcua(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /usage|import-national/);
    }
    assert.equal(motcua('--help').code, 0);
  });
});
