/**
 * What a scanned (or typed) QR payload means for a one-stop office: a procedure code, a dossier
 * code, a link the host page allows, something unsafe, or plain text. DOM-free (only `URL`), so
 * integrators can run it in Node, a worker or the page.
 *
 * Recognised forms (documented in docs/qr-lookup.md):
 * - procedure codes: base `1.001108`, local variant `1.000494.000.00.00.H29`, also after a label
 *   (`Mã TTHC: 1.001108`);
 * - dossier codes `000.00.53.H48-220921-0099` (forgiving: case, spaces, look-alike dashes, text around it);
 * - national portal URLs (`*.dichvucong.gov.vn`) with `ma_thu_tuc=`;
 * - the host portal's URLs (`hostOrigin`, or a host in `allowedHosts`) with `ma_thu_tuc=` / `ma_ho_so=`;
 * - motcua links: `motcua:procedure/1.001108`, `motcua:dossier/<code>?key=<lookup key>`, and on a trusted
 *   host `https://<host>/<any path>#motcua:procedure=1.001108` (or `#motcua:dossier=<code>`).
 */

import { parseOpencpsReceipt } from './opencps.js';

/** Why a payload is refused. */
export type QrUnsafeReason =
  /** `javascript:`, `data:`, `vbscript:`, `file:`, `blob:` and every other non-http(s) scheme. */
  | 'scheme'
  /** A URL carrying a user name or password (`https://portal@evil.example/`). */
  | 'credentials'
  /** An internationalised (punycode) host that could imitate a known one, not in the allowlist. */
  | 'lookalike'
  /** Bidirectional-override characters that can make a link read differently from where it goes. */
  | 'hidden-characters'
  /** Longer than {@link QR_MAX_LENGTH}. */
  | 'too-long';

export type QrPayload =
  | { kind: 'procedure'; code: string; via: QrVia }
  | { kind: 'dossier'; code: string; lookupKey?: string; via: QrVia }
  /** An http(s) link whose host the page allows: offer it, but only on an explicit tap. */
  | { kind: 'url'; url: string; host: string }
  | { kind: 'unsafe'; reason: QrUnsafeReason; text: string }
  /** Anything else; `host` is set when the text is an http(s) URL of a host that is not allowed. */
  | { kind: 'text'; text: string; host?: string };

/** Where a recognised code came from. */
export type QrVia = 'code' | 'national' | 'host' | 'motcua';

export interface ParseQrOptions {
  /**
   * Hosts whose links may be offered (exact host names, or `*.example.gov.vn` for its subdomains).
   * Their URLs with `ma_thu_tuc`/`ma_ho_so` or a `#motcua:` fragment are also recognised.
   */
  allowedHosts?: readonly string[];
  /** The origin of the portal hosting the widget (`location.origin`); trusted like an allowed host. */
  hostOrigin?: string;
}

/** Payloads longer than this are refused (QR codes hold at most 4296 characters; real ones are short). */
export const QR_MAX_LENGTH = 2048;

/** Hosts of the national public service portal. */
const NATIONAL = /(^|\.)dichvucong\.gov\.vn$/;

/** Invisible characters that scanners and copy-paste leave behind: BOM, zero-width, word joiner, soft hyphen. */
const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060\u00AD]/g;
/** Bidi embeddings, overrides and isolates, plus the LRM/RLM marks. */
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** C0/C1 controls except tab and line breaks. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Hyphen look-alikes: ‐ ‑ ‒ – — ― − ﹘ ﹣ －. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

const PROCEDURE = /^\d\.\d{6}(?:\.[0-9A-Z]{1,4}){0,5}$/;
const DOSSIER = /^[0-9A-Z]{1,4}(?:\.[0-9A-Z]{1,4}){1,5}-\d{6}-\d{4,6}$/;
const DOSSIER_IN_TEXT = /(?<![0-9A-Z.])[0-9A-Z]{1,4}(?:\.[0-9A-Z]{1,4}){1,5}-\d{6}-\d{4,6}(?![0-9A-Z-])/;
const LOOKUP_KEY = /^[0-9A-Za-z]{4,12}$/;
/** "Mã thủ tục: 1.001108", "Ma TTHC 1.001108", "Procedure code: …" (folded, lower case). */
const PROCEDURE_LABEL = /^(?:ma\s*(?:so\s*)?(?:thu\s*tuc(?:\s*hanh\s*chinh)?|tthc)|procedure(?:\s*code)?)\s*[:：#-]?\s*/;
/** "Mã tra cứu: AB12CD" / "Lookup key: …" anywhere in the text (folded, lower case). */
const KEY_LABEL = /(?:ma\s*tra\s*cuu|lookup\s*key)\s*[:：]?\s*([0-9a-z]{4,12})\b/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/;

/**
 * Lower case without Vietnamese marks, đ → d (for matching labels). Keeps every index of an NFC
 * string, so a match in the folded text can be cut from the original.
 */
function fold(text: string): string {
  return text.replace(/[^\x00-\x7f]/g, (ch) => {
    if (/[đĐÐ]/.test(ch)) return 'd';
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    return base.length === 1 ? base : '?';
  }).replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

/** Trims whitespace and drops invisible and control characters (keeping bidi ones for the check). */
export function cleanQrText(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(CONTROLS, '').trim();
}

/** A procedure code in canonical form, or undefined. */
export function normaliseProcedureCode(raw: string): string | undefined {
  const code = raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return PROCEDURE.test(code) ? code : undefined;
}

/** A dossier code in printed form found in `raw` (whole or inside text), or undefined. */
export function findDossierCode(raw: string): string | undefined {
  const text = raw.normalize('NFKC').replace(DASHES, '-').toUpperCase();
  const tight = text.replace(/\s*([.-])\s*/g, '$1');
  const found = DOSSIER_IN_TEXT.exec(tight);
  return found && DOSSIER.test(found[0]) ? found[0] : undefined;
}

/** Host names of the allowlist, normalised the way `URL` normalises hosts (lower case, punycode). */
function normaliseAllowlist(hosts: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const entry of hosts ?? []) {
    const value = entry.trim().toLowerCase().replace(/\.+$/, '');
    if (!value) continue;
    const wildcard = value.startsWith('*.');
    try {
      const host = new URL(`https://${wildcard ? value.slice(2) : value}`).host;
      out.push(wildcard ? `*.${host}` : host);
    } catch {
      // An entry that is not a host name allows nothing.
    }
  }
  return out;
}

function hostAllowed(url: URL, allowlist: readonly string[]): boolean {
  const host = url.host.replace(/\.$/, '');
  const hostname = url.hostname.replace(/\.$/, '');
  return allowlist.some((entry) =>
    entry.startsWith('*.') ? hostname.endsWith(entry.slice(1)) && hostname.length > entry.length - 1 : entry === host || entry === hostname,
  );
}

function sameOrigin(url: URL, hostOrigin: string | undefined): boolean {
  if (!hostOrigin) return false;
  try {
    const origin = new URL(hostOrigin);
    return origin.protocol === url.protocol && origin.host === url.host.replace(/\.$/, '');
  } catch {
    return false;
  }
}

/** Reads `name` from the query, ignoring case of the parameter name. */
function param(url: URL, ...names: string[]): string | undefined {
  for (const [key, value] of url.searchParams) {
    if (names.includes(key.toLowerCase())) return value;
  }
  return undefined;
}

/** `procedure/1.001108`, `procedure=1.001108`, `dossier/<code>?key=…` (the part after `motcua:`). */
function parseMotcuaLink(rest: string): QrPayload | undefined {
  const match = /^\/{0,2}(procedure|thu-tuc|dossier|ho-so)[/=]([^?&#]+)(?:[?&](.*))?$/i.exec(rest.trim());
  if (!match) return undefined;
  const [, what = '', rawValue = '', query = ''] = match;
  let value: string;
  try {
    value = decodeURIComponent(rawValue);
  } catch {
    return undefined;
  }
  if (/^(procedure|thu-tuc)$/i.test(what)) {
    const code = normaliseProcedureCode(value);
    return code ? { kind: 'procedure', code, via: 'motcua' } : undefined;
  }
  const code = findDossierCode(value);
  if (!code) return undefined;
  const key = new URLSearchParams(query).get('key') ?? undefined;
  return key && LOOKUP_KEY.test(key) ? { kind: 'dossier', code, lookupKey: key, via: 'motcua' } : { kind: 'dossier', code, via: 'motcua' };
}

/** What an http(s) URL means. */
function parseWebUrl(text: string, url: URL, options: ParseQrOptions): QrPayload {
  if (url.username || url.password) return { kind: 'unsafe', reason: 'credentials', text };
  const allowlist = normaliseAllowlist(options.allowedHosts);
  const allowed = hostAllowed(url, allowlist);
  const own = sameOrigin(url, options.hostOrigin);
  const hostname = url.hostname.replace(/\.$/, '');
  // URL gives punycode for any non-ASCII host; such a host is only trusted when listed exactly.
  const listedExactly = allowlist.some((entry) => entry === url.host || entry === hostname);
  if (hostname.split('.').some((label) => label.startsWith('xn--')) && !listedExactly && !own) {
    return { kind: 'unsafe', reason: 'lookalike', text };
  }
  const national = NATIONAL.test(hostname) && (url.protocol === 'https:' || url.protocol === 'http:');
  const trusted = allowed || own;

  if (national || trusted) {
    const procedure = param(url, 'ma_thu_tuc', 'mathutuc', 'ma_tthc');
    const code = procedure === undefined ? undefined : normaliseProcedureCode(procedure);
    if (code) return { kind: 'procedure', code, via: national ? 'national' : 'host' };
  }
  if (trusted) {
    const dossier = param(url, 'ma_ho_so', 'mahoso');
    const code = dossier === undefined ? undefined : findDossierCode(dossier);
    if (code) {
      const key = param(url, 'ma_tra_cuu', 'key');
      return key && LOOKUP_KEY.test(key) ? { kind: 'dossier', code, lookupKey: key, via: 'host' } : { kind: 'dossier', code, via: 'host' };
    }
    const fragment = /^#motcua:(.+)$/i.exec(url.hash);
    if (fragment?.[1]) {
      const link = parseMotcuaLink(fragment[1]);
      if (link) return link.kind === 'procedure' || link.kind === 'dossier' ? { ...link, via: 'host' } : link;
    }
  }
  // Plain http is only offered for the host page's own origin (a local or intranet portal).
  if (trusted && (url.protocol === 'https:' || own)) return { kind: 'url', url: url.href, host: url.host };
  return { kind: 'text', text, host: url.host };
}

/**
 * Reads a QR payload. Never throws; anything it cannot place is `text`, anything that could
 * mislead or run code is `unsafe`. Nothing here navigates: that is the caller's decision.
 */
export function parseQrPayload(raw: string, options: ParseQrOptions = {}): QrPayload {
  const input = typeof raw === 'string' ? raw : String(raw ?? '');
  if (input.length > QR_MAX_LENGTH * 2) return { kind: 'unsafe', reason: 'too-long', text: input.slice(0, 200) };
  const text = cleanQrText(input);
  if (text.length > QR_MAX_LENGTH) return { kind: 'unsafe', reason: 'too-long', text: text.slice(0, 200) };
  if (!text) return { kind: 'text', text: '' };

  // The scheme as a browser would see it: URL parsing drops tabs and line breaks anywhere in it.
  const squeezed = text.replace(/[\t\n\r]/g, '');
  const scheme = SCHEME.exec(squeezed.toLowerCase())?.[1];

  const receipt = parseOpencpsReceipt(squeezed, scheme); if (receipt) return receipt; // OpenCPS receipt links (qr/opencps.ts)
  if (scheme === 'motcua') {
    return parseMotcuaLink(squeezed.slice('motcua:'.length)) ?? { kind: 'text', text };
  }
  if (scheme === 'http' || scheme === 'https') {
    if (BIDI.test(text)) return { kind: 'unsafe', reason: 'hidden-characters', text: text.replace(new RegExp(BIDI.source, 'g'), '') };
    let url: URL;
    try {
      url = new URL(squeezed);
    } catch {
      return { kind: 'text', text };
    }
    return parseWebUrl(text, url, options);
  }

  // A scheme that runs code or leaves the page is refused before any code is read out of it:
  // `javascript:alert(1)//000.00.53.H48-220921-0099` is an attack, not a dossier.
  if (scheme && DANGEROUS.has(scheme)) return { kind: 'unsafe', reason: 'scheme', text };

  const plain = text.replace(new RegExp(BIDI.source, 'g'), '').normalize('NFC');
  const folded = fold(plain);
  const procedure = normaliseProcedureCode(plain) ?? normaliseProcedureCode(plain.slice(folded.match(PROCEDURE_LABEL)?.[0].length ?? plain.length));
  if (procedure) return { kind: 'procedure', code: procedure, via: 'code' };

  const dossier = findDossierCode(plain);
  if (dossier) {
    const label = KEY_LABEL.exec(folded);
    // The key is cut from the original text (fold keeps indices), as keys keep their case on the receipt.
    const end = label ? label.index + label[0].length : 0;
    const original = label?.[1] ? plain.slice(end - label[1].length, end) : undefined;
    return original && LOOKUP_KEY.test(original) ? { kind: 'dossier', code: dossier, lookupKey: original, via: 'code' } : { kind: 'dossier', code: dossier, via: 'code' };
  }

  // Any other scheme that a browser or phone would act on (tel:, intent:, data:, javascript: …).
  if (scheme && (/^[a-z][a-z0-9+.-]*:\S*$/i.test(squeezed) || squeezed.slice(scheme.length + 1).startsWith('//'))) {
    return { kind: 'unsafe', reason: 'scheme', text };
  }
  return { kind: 'text', text: plain };
}

const DANGEROUS = new Set([
  'javascript', 'data', 'vbscript', 'file', 'blob', 'filesystem', 'about', 'chrome', 'intent', 'jar',
  'view-source', 'ms-msdt', 'search-ms', 'mailto', 'tel', 'sms', 'smsto', 'ftp', 'ws', 'wss', 'market', 'itms-services',
]);
