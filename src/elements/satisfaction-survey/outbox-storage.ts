/**
 * Where unsent survey responses wait: IndexedDB when the browser has it, else localStorage,
 * else memory (Node, or storage blocked by the browser's privacy settings). Each entry keeps the
 * exact body and the idempotency key it was created with, so a later send is the same request.
 */
import type { SurveyResponse } from '../../model/index.js';

export interface OutboxEntry {
  /** Idempotency key, created once when the citizen pressed send. */
  key: string;
  /** The exact body to send; never rebuilt, or the server would see a different response. */
  response: SurveyResponse;
  /** When it was first queued (ISO). */
  queuedAt: string;
  /** Failed attempts so far. */
  attempts: number;
  /** The dossier's look-up key or token, for a response about a dossier (the server asks for it on every try). */
  access?: { lookupKey?: string; token?: string };
}

export interface OutboxStorage {
  /** Which backend holds the entries: `indexeddb`, `localstorage` or `memory`. */
  readonly kind: string;
  list(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  remove(key: string): Promise<void>;
}

const byQueuedAt = (a: OutboxEntry, b: OutboxEntry) => (a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : 0);

function isEntry(value: unknown): value is OutboxEntry {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.key === 'string' && typeof v.queuedAt === 'string' && typeof v.attempts === 'number' && typeof v.response === 'object' && v.response !== null;
}

export function memoryStorage(): OutboxStorage {
  const entries = new Map<string, OutboxEntry>();
  return {
    kind: 'memory',
    list: async () => [...entries.values()].map((e) => structuredClone(e)).sort(byQueuedAt),
    put: async (entry) => void entries.set(entry.key, structuredClone(entry)),
    remove: async (key) => void entries.delete(key),
  };
}

/** One JSON array under `name` in a Web Storage area (localStorage). */
export function webStorage(area: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>, name: string): OutboxStorage {
  const read = (): OutboxEntry[] => {
    const raw = area.getItem(name);
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
    } catch {
      return [];
    }
  };
  const write = (entries: OutboxEntry[]) => {
    if (entries.length === 0) area.removeItem(name);
    else area.setItem(name, JSON.stringify(entries));
  };
  return {
    kind: 'localstorage',
    list: async () => read().sort(byQueuedAt),
    put: async (entry) => write([...read().filter((e) => e.key !== entry.key), entry]),
    remove: async (key) => write(read().filter((e) => e.key !== key)),
  };
}

const STORE = 'entries';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** One database per outbox name, one object store keyed by the idempotency key. */
export function indexedDbStorage(name: string, factory: IDBFactory = indexedDB): OutboxStorage {
  let db: Promise<IDBDatabase> | undefined;
  const open = () =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(name, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'key' });
      };
      req.onsuccess = () => {
        const database = req.result;
        // Another tab upgrading or deleting the database: let it, and reopen next time.
        database.onversionchange = () => {
          database.close();
          db = undefined;
        };
        resolve(database);
      };
      req.onerror = () => {
        db = undefined;
        reject(req.error);
      };
      req.onblocked = () => reject(new Error(`IndexedDB ${name} is blocked`));
    }));
  const run = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const database = await open();
    const tx = database.transaction(STORE, mode);
    const result = request(work(tx.objectStore(STORE)));
    // A write counts only once its transaction has committed.
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    return result;
  };
  return {
    kind: 'indexeddb',
    list: async () => ((await run('readonly', (s) => s.getAll())) as unknown[]).filter(isEntry).sort(byQueuedAt),
    put: async (entry) => void (await run('readwrite', (s) => s.put(entry))),
    remove: async (key) => void (await run('readwrite', (s) => s.delete(key))),
  };
}

/**
 * IndexedDB first; if it fails (blocked in private mode, quota, old browser) the entries go to
 * localStorage instead, and to memory when that is blocked too.
 */
export function openOutboxStorage(name: string): OutboxStorage {
  const chain: OutboxStorage[] = [];
  try {
    if (typeof indexedDB !== 'undefined') chain.push(indexedDbStorage(name));
  } catch {
    // Some browsers throw just for touching indexedDB when storage is disabled.
  }
  try {
    if (typeof localStorage !== 'undefined') chain.push(webStorage(localStorage, name));
  } catch {
    // Same for localStorage (SecurityError).
  }
  chain.push(memoryStorage());
  return fallbackStorage(chain);
}

/** Uses the first backend that works; moves down the chain for good after a failure. */
export function fallbackStorage(chain: OutboxStorage[]): OutboxStorage {
  let current = 0;
  const attempt = async <T>(work: (s: OutboxStorage) => Promise<T>): Promise<T> => {
    for (;;) {
      const storage = chain[current]!;
      try {
        return await work(storage);
      } catch (error) {
        if (current >= chain.length - 1) throw error;
        current++;
      }
    }
  };
  return {
    get kind() {
      return chain[current]!.kind;
    },
    list: () => attempt((s) => s.list()),
    put: (entry) => attempt((s) => s.put(entry)),
    remove: (key) => attempt((s) => s.remove(key)),
  };
}
