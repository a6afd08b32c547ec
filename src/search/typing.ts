/**
 * Raw Telex and VNI keystrokes typed where no Vietnamese input method is active: "ddawng kys"
 * (Telex) or "d9a8ng ky1" (VNI) for "đăng ký". Decoding gives the folded syllable the index
 * matches and the accent key of the syllable meant, so the marks typed this way count as marks.
 *
 * Telex: dd → đ, aa → â, aw → ă, ee → ê, oo → ô, ow → ơ, uw (or a lone w) → ư, uow → ươ; the
 * tone keys s f r x j (sắc, huyền, hỏi, ngã, nặng) anywhere after the first vowel; z clears it.
 * VNI: 1–5 tones (sắc, huyền, hỏi, ngã, nặng), 6 circumflex, 7 horn, 8 breve, 9 đ, 0 clears.
 * A Vietnamese syllable never ends in s, f, r, x or j, so a decoded token is unambiguous; the
 * caller still accepts it only when the result is a syllable the catalogue knows.
 */
import { canonical } from './fold.js';

export interface Decoded {
  /** Folded, canonical syllable. */
  term: string;
  /** Accent key of the syllable meant (see accentKey). */
  accent: string;
}

const TONE_MARK: Record<string, string> = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
const VNI_TONE: Record<string, string> = { '1': '\u0301', '2': '\u0300', '3': '\u0309', '4': '\u0303', '5': '\u0323' };
const SHAPED: Record<string, string> = { â: 'a', ă: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', đ: 'd' };
const VOWELS = /[aeiouyâăêôơư]/;
/** Onset, vowels, coda: the shape of a Vietnamese syllable, on folded letters. */
const SYLLABLE = /^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

function finish(shaped: string, tone: string): Decoded | undefined {
  let folded = '';
  for (const c of shaped) folded += SHAPED[c] ?? c;
  if (!SYLLABLE.test(folded)) return undefined;
  const term = canonical(folded);
  if (term.length < 2) return undefined;
  const base = term !== folded ? shaped.slice(0, -1) + 'i' : shaped;
  return { term, accent: base + tone };
}

/** The syllable a Telex-typed token stands for, or undefined when it is not Telex. */
export function decodeTelex(token: string): Decoded | undefined {
  const raw = token.toLowerCase();
  if (!/^[a-z]+$/.test(raw) || !/(dd|aa|aw|ee|oo|ow|uw|w|[aeiouy][a-z]*[sfrxjz])/.test(raw)) return undefined;
  let shaped = '';
  let tone = '';
  let changed = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    const last = shaped[shaped.length - 1];
    if (c === 'd' && last === 'd' && shaped.length === 1) {
      shaped = 'đ';
      changed = true;
    } else if ((c === 'a' || c === 'e' || c === 'o') && last === c) {
      shaped = shaped.slice(0, -1) + ({ a: 'â', e: 'ê', o: 'ô' } as Record<string, string>)[c];
      changed = true;
    } else if (c === 'w') {
      // The horn or breve goes on "uo" (ươ), else on the last a, o or u; alone it is ư.
      changed = true;
      const at = Math.max(shaped.lastIndexOf('a'), shaped.lastIndexOf('o'), shaped.lastIndexOf('u'));
      if (shaped.includes('uo')) shaped = shaped.replace('uo', 'ươ');
      else if (at >= 0) shaped = shaped.slice(0, at) + ({ a: 'ă', o: 'ơ', u: 'ư' } as Record<string, string>)[shaped[at] as string] + shaped.slice(at + 1);
      else if (!VOWELS.test(shaped)) shaped += 'ư';
      else return undefined;
    } else if (c in TONE_MARK && VOWELS.test(shaped)) {
      tone = TONE_MARK[c] as string;
      changed = true;
    } else if (c === 'z' && VOWELS.test(shaped)) {
      tone = '';
      changed = true;
    } else shaped += c;
  }
  return changed ? finish(shaped, tone) : undefined;
}

/** The syllable a VNI-typed token stands for, or undefined when it is not VNI. */
export function decodeVni(token: string): Decoded | undefined {
  const raw = token.toLowerCase();
  if (!/^[a-z][a-z0-9]*$/.test(raw) || !/[a-z][0-9]/.test(raw) || !/[0-9]/.test(raw)) return undefined;
  let shaped = '';
  let tone = '';
  const mark = (from: RegExp, to: Record<string, string>): boolean => {
    for (let i = shaped.length - 1; i >= 0; i--) {
      const c = shaped[i] as string;
      if (from.test(c)) {
        shaped = shaped.slice(0, i) + to[c] + shaped.slice(i + 1);
        return true;
      }
    }
    return false;
  };
  for (const c of raw) {
    if (c >= 'a' && c <= 'z') shaped += c;
    else if (c in VNI_TONE) tone = VNI_TONE[c] as string;
    else if (c === '0') tone = '';
    else if (c === '6') {
      if (!mark(/[aeo]/, { a: 'â', e: 'ê', o: 'ô' })) return undefined;
    } else if (c === '7') {
      if (!mark(/[ou]/, { o: 'ơ', u: 'ư' })) return undefined;
      shaped = shaped.replace(/uơ|ươ|ưo/, 'ươ');
    } else if (c === '8') {
      if (!mark(/a/, { a: 'ă' })) return undefined;
    } else if (c === '9') {
      if (shaped[0] !== 'd') return undefined;
      shaped = 'đ' + shaped.slice(1);
    } else return undefined;
  }
  if (!VOWELS.test(shaped)) return undefined;
  return finish(shaped, tone);
}

/** Telex first, then VNI. */
export function decodeTyping(token: string): Decoded | undefined {
  return decodeTelex(token) ?? decodeVni(token);
}
