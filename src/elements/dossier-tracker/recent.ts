/**
 * Recent look-ups remembered on this device, only when the citizen ticks the box. What is kept is
 * the dossier code and a masked hint of the key (`••••7Q`), never the key itself nor anything from
 * the dossier (name, address, status), so a shared computer reveals no personal data.
 */
export interface RecentLookup {
  code: string;
  /** The key's last two characters behind bullets, to help the citizen find the right receipt. */
  keyHint: string;
  /** When it was looked up, ms since 1970. */
  at: number;
}

export const RECENT_STORAGE_KEY = 'motcua.dossier-tracker.recent';
export const RECENT_MAX = 5;

export function keyHint(key: string): string {
  return `••••${key.slice(-2).toUpperCase()}`;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** localStorage when usable (it throws in some private modes and sandboxed frames). */
export function deviceStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readRecent(storage: StorageLike | undefined): RecentLookup[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(RECENT_STORAGE_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (x): x is RecentLookup =>
          typeof x === 'object' && x !== null && typeof x.code === 'string' && typeof x.keyHint === 'string' && typeof x.at === 'number',
      )
      // Keep only the three known fields, whatever else an old or tampered entry holds.
      .map(({ code, keyHint: hint, at }) => ({ code, keyHint: hint, at }))
      .slice(0, RECENT_MAX);
  } catch {
    return [];
  }
}

/** Puts `code` first (replacing an older entry for it) and keeps at most RECENT_MAX. */
export function addRecent(list: RecentLookup[], code: string, key: string, at: number): RecentLookup[] {
  return [{ code, keyHint: keyHint(key), at }, ...list.filter((x) => x.code !== code)].slice(0, RECENT_MAX);
}

export function writeRecent(storage: StorageLike | undefined, list: RecentLookup[]): void {
  try {
    if (list.length === 0) storage?.removeItem(RECENT_STORAGE_KEY);
    else storage?.setItem(RECENT_STORAGE_KEY, JSON.stringify(list));
  } catch {
    // Full or blocked storage: remembering is a convenience, the look-up itself worked.
  }
}
