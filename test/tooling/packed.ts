// The package exactly as npm would publish it: `npm pack` of the built tree into a temporary
// folder, once per test file, and unpacked there as node_modules/motcua of a scratch consumer.
// Checks run against this copy, not the working tree, so a file left out of "files" shows up.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDist, root } from '../quality/harness.js';

export interface PackedPackage {
  /** the .tgz bytes */
  tarball: Uint8Array;
  /** a scratch folder whose node_modules/motcua is the unpacked package */
  consumer: string;
  /** the unpacked package folder */
  pkgDir: string;
  dispose(): void;
}

export async function packPackage(): Promise<PackedPackage> {
  await ensureDist();
  const consumer = mkdtempSync(join(tmpdir(), 'motcua-packed-'));
  // --ignore-scripts: packing must not rebuild; --json gives the tarball's name.
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', consumer], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' },
  });
  const filename = (JSON.parse(out) as { filename: string }[])[0]?.filename;
  if (!filename) throw new Error(`npm pack printed no tarball name: ${out}`);
  const tgz = join(consumer, filename);
  const pkgDir = join(consumer, 'node_modules/motcua');
  mkdirSync(pkgDir, { recursive: true });
  execFileSync('tar', ['-xzf', tgz, '-C', pkgDir, '--strip-components=1']);
  return {
    tarball: new Uint8Array(readFileSync(tgz)),
    consumer,
    pkgDir,
    dispose: () => rmSync(consumer, { recursive: true, force: true }),
  };
}
