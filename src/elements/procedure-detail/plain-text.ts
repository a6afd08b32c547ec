/**
 * Catalogue text sometimes carries HTML from the systems it was copied from. It is never
 * rendered as HTML: tags are removed here (script and style with their content), the common
 * entities decoded, and the result is rendered by Lit as text, so nothing in it can run.
 *
 * One pass over the text, each character looked at a bounded number of times: regular
 * expressions that search ahead for a `>` from every `<` took quadratic time on `<p<p<p…`
 * (13 s for 80 kB on the main thread). Input beyond MAX_INPUT is cut first.
 */

/** Longer catalogue text than this is cut (a procedure's longest field is a few kB). */
export const MAX_INPUT = 20_000;

const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'template', 'iframe', 'object', 'noscript']);
const LINE_BREAK = new Set(['br', 'p', 'div', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isNameChar = (c: string | undefined) => isLetter(c) || (c !== undefined && c >= '0' && c <= '9');

/** Where the tag starting at `start` ends: after its `>`, or at the next `<` (an unclosed tag). */
function tagEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '>') return i + 1;
    if (text[i] === '<') return i;
  }
  return text.length;
}

/** What a tag becomes in the text: a line break, a bullet, or nothing. */
function tagText(name: string, closing: boolean): string {
  if (name === 'li') return closing ? '\n' : '\n• ';
  return LINE_BREAK.has(name) ? '\n' : '';
}

/** Removes the tags (linear time); returns the text with line breaks where blocks were. */
function stripTags(text: string): string {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt === -1) {
      out.push(text.slice(i));
      break;
    }
    out.push(text.slice(i, lt));
    const closing = text[lt + 1] === '/';
    const nameStart = lt + (closing ? 2 : 1);
    if (!isLetter(text[nameStart]) && text[nameStart] !== '!') {
      out.push('<'); // "trẻ em < 6 tuổi" is text, not a tag
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (isNameChar(text[nameEnd])) nameEnd++;
    const name = lower.slice(nameStart, nameEnd);
    i = tagEnd(text, lt);
    if (!closing && DROPPED_WITH_CONTENT.has(name)) {
      // Everything up to the matching end tag goes, or the rest of the text if there is none.
      const close = lower.indexOf(`</${name}`, i);
      i = close === -1 ? text.length : tagEnd(text, close);
      continue;
    }
    out.push(tagText(name, closing));
  }
  return out.join('');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function plainText(input: string | undefined | null): string {
  if (!input) return '';
  const cut = input.length > MAX_INPUT;
  const text = cut ? input.slice(0, MAX_INPUT) : input;
  const more = cut ? '…' : '';
  if (!text.includes('<') && !text.includes('&')) return text + more;
  const clean = decodeEntities(stripTags(text))
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
  return clean + more;
}

/**
 * A link target from catalogue data, or undefined when it is not safe to follow. Only two kinds
 * pass: a path on this site (`/forms/a.docx`, never `//host` or `/\host`, which browsers read as
 * another host) and an absolute `https://` link. No other scheme (`javascript:`, `data:`, `http:`),
 * no backslashes and no whitespace or control characters (browsers drop tabs and newlines inside
 * URLs, so `/\t/evil.example` would become `//evil.example`).
 */
export function safeUrl(input: string | undefined | null): string | undefined {
  const raw = (input ?? '').trim();
  if (!raw || raw.length > 2048 || /[\s\\\u0000-\u001f\u007f]/.test(raw)) return undefined;
  if (raw.startsWith('/')) return raw.startsWith('//') ? undefined : raw;
  if (!/^https:\/\//i.test(raw)) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '' ? raw : undefined;
  } catch {
    return undefined;
  }
}
