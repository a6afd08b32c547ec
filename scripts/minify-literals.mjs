// A Rollup plugin for the CDN build: shrinks the static text of Lit's css`` and html`` templates.
// CSS loses comments and its whitespace collapses (none is removed where CSS gives it meaning:
// selectors' descendant spaces and calc()'s operators stay). In HTML a run of whitespace that holds
// a line break becomes one line break: the indentation goes, while the text renders the same under
// `white-space: normal` and `pre-line`. Strings, `${…}` expressions and anything the scanner does
// not understand are left as they are. Source maps follow the edits (magic-string).
import MagicString from 'magic-string';

/** Where each template's static parts are: [start, end) offsets of the text between `${…}`. */
function templateParts(code, tagStart) {
  const parts = [];
  let i = tagStart;
  let partStart = i;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') {
      parts.push([partStart, i]);
      return { parts, end: i + 1 };
    } else if (c === '$' && code[i + 1] === '{') {
      parts.push([partStart, i]);
      const close = skipExpression(code, i + 2);
      if (close < 0) return undefined;
      i = partStart = close + 1;
    } else i++;
  }
  return undefined;
}

/** The offset of the `}` closing an expression that starts at `i`, or -1 when unsure. */
function skipExpression(code, i) {
  let depth = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (c === '`') {
      const inner = templateParts(code, i + 1);
      if (!inner) return -1;
      i = inner.end;
      continue;
    } else if (c === '"' || c === "'") {
      const close = code.indexOf(c, i + 1);
      if (close < 0 || code.slice(i, close).includes('\n')) return -1;
      i = close;
    } else if (c === '/' && (code[i + 1] === '/' || code[i + 1] === '*')) return -1;
    i++;
  }
  return -1;
}

/** CSS text outside strings: no comments, single spaces, none around braces, semicolons and commas, nor after colons. */
export function minifyCss(text) {
  return text
    .split(/("[^"\n]*"|'[^'\n]*')/)
    .map((piece, n) => {
      if (n % 2 === 1) return piece;
      return piece
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/ ?([{};,]) ?/g, '$1')
        .replace(/: /g, ':')
        .replace(/;}/g, '}');
    })
    .join('');
}

/** HTML text: a whitespace run holding a line break becomes that line break alone. */
export const minifyHtml = (text) => text.replace(/[ \t]*\n\s*/g, '\n');

/** @returns {import('rollup').Plugin} */
export function minifyLiterals({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'motcua-minify-literals',
    transform(code, id) {
      if (!include.test(id.split('\\').join('/'))) return null;
      const s = new MagicString(code);
      // TypeScript writes a tagged template as `css \`…\``, with one space.
      const tag = /\b(css|html|svg) ?`/g;
      let changed = false;
      for (let m = tag.exec(code); m; m = tag.exec(code)) {
        const found = templateParts(code, m.index + m[0].length);
        if (!found) continue;
        const minify = m[1] === 'css' ? minifyCss : minifyHtml;
        for (const [start, end] of found.parts) {
          // A comment that an expression splits cannot be judged from one part: leave the part.
          const text = code.slice(start, end);
          if (m[1] === 'css' && /\/\*|\*\//.test(text.replace(/\/\*[\s\S]*?\*\//g, ''))) continue;
          const small = minify(text);
          if (small !== text) {
            if (small === '') s.remove(start, end);
            else s.overwrite(start, end, small);
            changed = true;
          }
        }
        // Nested templates inside expressions are found by the same scan later in the text.
      }
      return changed ? { code: s.toString(), map: s.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
