// Picks the database (PostgreSQL when a URL is given, else PGlite in the data directory, or a
// throw-away one in memory) and brings its schema up to date.
import type { Database } from './database.js';
import { openEmbedded, openMemory } from './embedded.js';
import { migrate } from './migrations.js';
import { openPostgres } from './postgres.js';

export interface OpenOptions {
  /** `postgres://…`: a PostgreSQL server shared by every instance. */
  databaseUrl?: string;
  /** Folder of the embedded database when there is no URL. */
  dataDir?: string;
  /** A throw-away embedded database (tests); wins over dataDir. */
  memory?: boolean;
  log?: (message: string) => void;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const log = options.log ?? console.log;
  let db: Database;
  if (options.databaseUrl) db = await openPostgres(options.databaseUrl);
  else if (options.memory) db = await openMemory();
  else if (options.dataDir) db = await openEmbedded(options.dataDir, log);
  else throw new Error('openDatabase: cần databaseUrl, dataDir hoặc memory');
  try {
    const applied = await migrate(db);
    if (applied.length > 0 && !options.memory) log(`cơ sở dữ liệu ${db.location}: đã áp dụng migration ${applied.join(', ')}`);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
