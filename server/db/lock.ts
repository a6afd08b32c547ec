// One server process per data directory: PGlite is a single-process database and keeps no lock of
// its own, so a second process on the same folder would corrupt it or store a response twice.
// The lock is a file created exclusively, holding the owner's pid; a lock whose process is gone
// (a crash, a kill -9) is taken over.
import { open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'motcua.lock';

/** Folders this process holds, so a second open in the same process is refused too. */
const held = new Set<string>();

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(dir: string, owner: string) {
    super(
      `Thư mục dữ liệu ${dir} đang được tiến trình ${owner} dùng. Mỗi thư mục chỉ một máy chủ; ` +
        `để chạy nhiều máy chủ, dùng chung một PostgreSQL qua DATABASE_URL. ` +
        `(The data directory is in use by ${owner}; several instances need DATABASE_URL.)`,
    );
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function tryCreate(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx');
    await handle.writeFile(`${process.pid}\n${hostname()}\n`);
    await handle.sync();
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Takes the folder's lock or throws DataDirLockedError; the returned function gives it back. */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const file = join(dir, LOCK_FILE);
  if (held.has(file)) throw new DataDirLockedError(dir, `${process.pid} (this process)`);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await tryCreate(file)) {
      held.add(file);
      return async () => {
        held.delete(file);
        await rm(file, { force: true });
      };
    }
    const [pidText, host] = (await readFile(file, 'utf8').catch(() => '')).split('\n');
    const pid = Number(pidText);
    // On another host (a shared folder) a pid means nothing here: never steal that lock.
    if (host && host !== hostname()) throw new DataDirLockedError(dir, `${pid} on ${host}`);
    if (alive(pid) && pid !== process.pid) throw new DataDirLockedError(dir, String(pid));
    // Stale: its owner is gone. Remove and try once more (another starter may win the race).
    await rm(file, { force: true });
  }
  throw new DataDirLockedError(dir, 'another process');
}
