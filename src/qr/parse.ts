/**
 * What a scanned (or typed) QR payload means for a one-stop office: a procedure code, a dossier
 * code, a link the host page allows, something unsafe, or plain text. DOM-free (only `URL`), so
 * integrators can run it in Node, a worker or the page.
 *
 * Recognised forms (documented in docs/qr-lookup.md):
 * - procedure codes: base `1.001108`, local variant `1.000494.000.00.00.H29`, also after a label
 *   (`Mã TTHC: 1.001108`);
 * - dossier codes `000.00.53.H48-220921-0099` (forgiving: case, spaces, look-alike dashes, text around it,
 *   any dash or punctuation after it), with the look-up key printed beside it (`Mã tra cứu: AB12CD`);
 * - national portal URLs (`*.dichvucong.gov.vn`) with `ma_thu_tuc=`;
 * - the host portal's URLs (`hostOrigin`, or a host in `allowedHosts`) with `ma_thu_tuc=` / `ma_ho_so=`;
 * - motcua links: `motcua:procedure/1.001108`, `motcua:dossier/<code>?key=<lookup key>`, and on a trusted
 *   host `https://<host>/<any path>#motcua:procedure=1.001108` (or `#motcua:dossier=<code>`).
 */
import { findDossierCode } from '../domain/dossier-code.js';
import { normaliseProcedureCode } from '../domain/procedure-code.js';
import { BIDI, cleanQrText, readScheme, withoutBidi } from './hidden.js';
import { dossierPayload, parseMotcuaLink, parseWebUrl } from './url.js';
import { parseOpencpsReceipt } from './opencps.js';

export { cleanQrText } from './hidden.js';
export { findDossierCode } from '../domain/dossier-code.js';
export { normaliseProcedureCode } from '../domain/procedure-code.js';


/** Why a payload is refused. */
export type QrUnsafeReason =
  /** `javascript:`, `data:`, `vbscript:`, `file:`, `blob:` and every other non-http(s) scheme. */
  | 'scheme'
  /** A URL carrying a user name or password (`https://portal@evil.example/`). */
  | 'credentials'
  /** An internationalised (punycode) host that could imitate a known one, not in the allowlist. */
  | 'lookalike'
  /**
   * Characters a reader cannot see: bidi controls in a link (it reads differently from where it
   * goes), or any format or default-ignorable character inside a scheme (`java\u2061script:`).
   */
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
/** The most a QR code holds: longer input is no QR payload and is refused before it is cleaned. */
const QR_CAPACITY = 4296;

/** "Mã thủ tục: 1.001108", "Ma TTHC 1.001108", "Procedure code: …" (folded, lower case). */
const PROCEDURE_LABEL = /^(?:ma\s*(?:so\s*)?(?:thu\s*tuc(?:\s*hanh\s*chinh)?|tthc)|procedure(?:\s*code)?)\s*[:：#-]?\s*/;
/**
 * "Mã tra cứu: AB12CD" / "Lookup key: …" anywhere in the text (folded, lower case). The label's
 * words start the match, so spaces are only scanned after them: linear in the text.
 */
const KEY_LABEL = /(?:ma\s*tra\s*cuu|lookup\s*key)\s*[:：]?\s*([0-9a-z]{4,12})(?![0-9a-z])/;

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

/** A procedure code, a dossier code (with its key when printed beside it), or text. */
function parsePlainText(text: string): QrPayload {
  const plain = withoutBidi(text).normalize('NFC');
  const folded = fold(plain);
  const label = PROCEDURE_LABEL.exec(folded)?.[0];
  const procedure = normaliseProcedureCode(plain) ?? (label ? normaliseProcedureCode(plain.slice(label.length)) : undefined);
  if (procedure) return { kind: 'procedure', code: procedure, via: 'code' };
  const dossier = findDossierCode(plain);
  if (!dossier) return { kind: 'text', text: plain };
  const key = KEY_LABEL.exec(folded);
  // The key is cut from the original text (fold keeps indices).
  const end = key ? key.index + key[0].length : 0;
  return dossierPayload(dossier, 'code', key?.[1] ? plain.slice(end - key[1].length, end) : undefined);
}

/**
 * Reads a QR payload. Never throws; anything it cannot place is `text`, anything that could
 * mislead or run code is `unsafe`. Nothing here navigates: that is the caller's decision.
 */
export function parseQrPayload(raw: string, options: ParseQrOptions = {}): QrPayload {
  const input = typeof raw === 'string' ? raw : String(raw ?? '');
  if (input.length > QR_CAPACITY) return { kind: 'unsafe', reason: 'too-long', text: input.slice(0, 200) };
  const text = cleanQrText(input);
  if (text.length > QR_MAX_LENGTH) return { kind: 'unsafe', reason: 'too-long', text: text.slice(0, 200) };
  if (!text) return { kind: 'text', text: '' };

  const read = readScheme(input.trim());
  const scheme = read?.scheme;
  // A scheme that runs code, leaves the page or hides characters is refused before any code is
  // read out of it: `javascript:alert(1)//000.00.53.H48-220921-0099` is an attack, not a dossier.
  if (scheme && DANGEROUS.has(scheme)) return { kind: 'unsafe', reason: 'scheme', text: withoutBidi(text) };
  if (read?.hidden) return { kind: 'unsafe', reason: 'hidden-characters', text: withoutBidi(text) };

  // The text as a browser would see it: URL parsing drops tabs and line breaks anywhere in it.
  const squeezed = text.replace(/[\t\n\r]/g, '');
  // OpenCPS receipt links (qr/opencps.ts) before the general https reading.
  const receipt = parseOpencpsReceipt(squeezed, scheme);
  if (receipt) return receipt;
  if (scheme === 'motcua') return parseMotcuaLink(squeezed.slice('motcua:'.length)) ?? { kind: 'text', text };
  if (scheme === 'http' || scheme === 'https') {
    if (BIDI.test(text)) return { kind: 'unsafe', reason: 'hidden-characters', text: withoutBidi(text) };
    let url: URL;
    try {
      url = new URL(squeezed);
    } catch {
      return { kind: 'text', text };
    }
    return parseWebUrl(text, url, options);
  }

  const found = parsePlainText(text);
  // Any other scheme that a browser or phone would act on (WIFI:, market:, a custom app's …).
  if (found.kind === 'text' && scheme && (/^[a-z][a-z0-9+.-]*:\S*$/i.test(squeezed) || squeezed.slice(scheme.length + 1).startsWith('//'))) {
    return { kind: 'unsafe', reason: 'scheme', text };
  }
  return found;
}

const DANGEROUS = new Set([
  'javascript', 'data', 'vbscript', 'file', 'blob', 'filesystem', 'about', 'chrome', 'intent', 'jar',
  'view-source', 'ms-msdt', 'search-ms', 'mailto', 'tel', 'sms', 'smsto', 'ftp', 'ws', 'wss', 'market', 'itms-services',
]);
