/**
 * Written syllables ("Cấp", "cấp", "hộ") by their place in a text, without slicing them out: an
 * open-addressing hash table over the characters. Building reads ~80,000 syllables of a few
 * thousand distinct spellings; a slice and a Map lookup per syllable were half the build.
 */
export class WrittenTable {
  /** The spellings; a spelling's id is its place here. */
  readonly values: string[] = [];
  private hashes: Int32Array = new Int32Array(1024);
  /** Slot → id + 1 (0: empty). */
  private slots: Int32Array = new Int32Array(4096);

  /** Id of text[start, end), or -1 when not seen yet (then `add` it). */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at] as number;
      if (slot === 0) return -1;
      const id = slot - 1;
      if (this.hashes[id] !== hash) continue;
      const value = this.values[id] as string;
      if (value.length !== length) continue;
      let k = 0;
      while (k < length && value.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return id;
    }
  }

  /** Adds text[start, end) (not in the table); its id. */
  add(text: string, start: number, end: number, hash: number): number {
    const id = this.values.length;
    this.values.push(text.slice(start, end));
    if (id === this.hashes.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    // At most half full, so probes stay short.
    if (2 * (id + 1) > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let at = (this.hashes[id] as number) & mask;
    while (this.slots[at] !== 0) at = (at + 1) & mask;
    this.slots[at] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let id = 0; id < this.values.length; id++) this.place(id);
  }
}

/**
 * FNV-1a over the UTF-16 codes of text[start, end), kept to 30 bits: a small integer to V8, so
 * optimised code that took it for one is not thrown away when a hash needs 31 or 32 bits.
 */
export function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}
