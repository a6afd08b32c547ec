// Per-installation secrets kept in the database, so every instance on one database shares them
// (a token issued by one instance verifies on another). Made once, on first use.
import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';

/** The secret named `name`, 32 random bytes created the first time any instance asks. */
export async function serverSecret(db: Database, name: string): Promise<Buffer> {
  // Two instances starting together both insert; the primary key keeps the first one.
  await db.query('insert into server_secrets (name, value, created_at) values ($1, $2, $3) on conflict (name) do nothing', [
    name,
    randomBytes(32).toString('base64url'),
    new Date(),
  ]);
  const [row] = await db.query<{ value: string }>('select value from server_secrets where name = $1', [name]);
  if (!row) throw new Error(`server secret ${name} missing after insert`);
  return Buffer.from(row.value, 'base64url');
}
