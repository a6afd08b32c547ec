/**
 * Catalogue text sometimes carries HTML from the systems it was copied from. It is never
 * rendered as HTML: tags are removed here (script and style with their content), the common
 * entities decoded, and the result is rendered by Lit as text, so nothing in it can run.
 */
const BLOCK_WITH_CONTENT = /<(script|style|template|iframe|object|noscript)\b[\s\S]*?(<\/\1\s*>|$)/gi;
const LINE_BREAKS = /<\s*\/?(br|p|div|tr|h[1-6])\b[^>]*>|<\s*\/li\s*>/gi;
const LIST_ITEM = /<\s*li\b[^>]*>/gi;
const TAG = /<\/?[a-zA-Z!][^<>]*>?/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function plainText(input: string | undefined | null): string {
  if (!input) return '';
  if (!input.includes('<') && !input.includes('&')) return input;
  const text = input
    .replace(BLOCK_WITH_CONTENT, '')
    .replace(LINE_BREAKS, '\n')
    .replace(LIST_ITEM, '\n• ')
    .replace(TAG, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

/**
 * A link target from catalogue data, or undefined when it is not safe to follow: only http(s)
 * and same-site paths pass, never `javascript:`, `data:` or other schemes.
 */
export function safeUrl(input: string | undefined | null, base = 'https://invalid.example/'): string | undefined {
  const raw = (input ?? '').trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return raw;
  } catch {
    return undefined;
  }
}
