// What a successful look-up teaches the gateway about a dossier, kept for as long as its token
// (table gateway_dossiers): the survey calls that come with only the token need OpenCPS's own
// dossierId and the agency. Shared by every instance through the database.
import type { Database } from '../../db/database.js';

export interface DossierHandle {
  /** OpenCPS's numeric dossierId. */
  backendId: string;
  agency: string;
  procedureName: string;
}

export interface DossierHandles {
  save(code: string, handle: DossierHandle, ttlMs: number): Promise<void>;
  find(code: string): Promise<DossierHandle | undefined>;
}

const BACKEND = 'opencps';

export function dossierHandles(db: Database, now: () => number): DossierHandles {
  return {
    async save(code, handle, ttlMs) {
      await db.query(
        `insert into gateway_dossiers (backend, code, backend_id, agency, procedure_name, expires_at) values ($1, $2, $3, $4, $5, $6)
         on conflict (backend, code) do update set backend_id = excluded.backend_id, agency = excluded.agency,
           procedure_name = excluded.procedure_name, expires_at = excluded.expires_at`,
        [BACKEND, code, handle.backendId, handle.agency, handle.procedureName, new Date(now() + ttlMs)],
      );
    },
    async find(code) {
      const [row] = await db.query<{ backend_id: string; agency: string; procedure_name: string }>(
        'select backend_id, agency, procedure_name from gateway_dossiers where backend = $1 and code = $2 and expires_at > $3',
        [BACKEND, code, new Date(now())],
      );
      return row ? { backendId: row.backend_id, agency: row.agency, procedureName: row.procedure_name } : undefined;
    },
  };
}
