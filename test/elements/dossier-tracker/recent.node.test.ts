import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addRecent, keyHint, readRecent, RECENT_MAX, RECENT_STORAGE_KEY, writeRecent } from '../../../src/elements/dossier-tracker/recent.js';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('recent look-ups', () => {
  it('stores the code and a masked key hint only, never the key', () => {
    const storage = memoryStorage();
    writeRecent(storage, addRecent([], '000.00.53.H48-220921-0099', 'ab12cd', 1));
    const raw = storage.map.get(RECENT_STORAGE_KEY)!;
    assert.ok(!raw.toUpperCase().includes('AB12CD'));
    assert.deepEqual(readRecent(storage), [{ code: '000.00.53.H48-220921-0099', keyHint: '••••CD', at: 1 }]);
    assert.equal(keyHint('xy'), '••••XY');
  });

  it('puts the newest first, replaces the same code and keeps at most RECENT_MAX', () => {
    let list = addRecent([], 'A', 'KEY1', 1);
    list = addRecent(list, 'B', 'KEY2', 2);
    list = addRecent(list, 'A', 'KEY3', 3);
    assert.deepEqual(list.map((x) => x.code), ['A', 'B']);
    for (let i = 0; i < 10; i++) list = addRecent(list, `C${i}`, 'KEY9', 10 + i);
    assert.equal(list.length, RECENT_MAX);
    assert.equal(list[0]!.code, 'C9');
  });

  it('survives broken, foreign or tampered storage and drops extra fields', () => {
    const storage = memoryStorage();
    storage.map.set(RECENT_STORAGE_KEY, '{not json');
    assert.deepEqual(readRecent(storage), []);
    storage.map.set(RECENT_STORAGE_KEY, JSON.stringify([{ code: 'A', keyHint: '••••CD', at: 1, name: 'Nguyễn Văn A' }, { code: 5 }]));
    assert.deepEqual(readRecent(storage), [{ code: 'A', keyHint: '••••CD', at: 1 }]);
    assert.deepEqual(readRecent(undefined), []);
  });

  it('clears the entry when the list becomes empty, and ignores a storage that throws', () => {
    const storage = memoryStorage();
    writeRecent(storage, addRecent([], 'A', 'KEY1', 1));
    writeRecent(storage, []);
    assert.equal(storage.map.has(RECENT_STORAGE_KEY), false);
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceeded'); }, removeItem: () => {} };
    assert.doesNotThrow(() => writeRecent(full, addRecent([], 'A', 'KEY1', 1)));
  });
});
