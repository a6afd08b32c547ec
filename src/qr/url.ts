/**
 * What an http(s) link in a QR code means: a procedure or dossier on the national portal or a
 * trusted host, a link the page may offer, or text naming the host it would go to.
 */
import { findDossierCode } from '../domain/dossier-code.js';
import { isLookupKey, normaliseLookupKey } from '../domain/lookup-key.js';
import { normaliseProcedureCode } from '../domain/procedure-code.js';
import type { ParseQrOptions, QrPayload } from './parse.js';

/** Hosts of the national public service portal. */
const NATIONAL = /(^|\.)dichvucong\.gov\.vn$/;

/** Query parameters, compared without case (`maHoSo` is `mahoso`). */
const PROCEDURE_PARAMS = ['ma_thu_tuc', 'mathutuc', 'ma_tthc'];
const DOSSIER_PARAMS = ['ma_ho_so', 'mahoso'];
const KEY_PARAMS = ['ma_tra_cuu', 'matracuu', 'key'];

/** A dossier payload, with the key in its look-up form when one is given and well formed. */
export function dossierPayload(code: string, via: 'code' | 'host' | 'motcua', rawKey: string | null | undefined): QrPayload {
  const key = rawKey ? normaliseLookupKey(rawKey) : '';
  return isLookupKey(key) ? { kind: 'dossier', code, lookupKey: key, via } : { kind: 'dossier', code, via };
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
function param(url: URL, names: readonly string[]): string | undefined {
  for (const [key, value] of url.searchParams) {
    if (names.includes(key.toLowerCase())) return value;
  }
  return undefined;
}

/** `procedure/1.001108`, `procedure=1.001108`, `dossier/<code>?key=…` (the part after `motcua:`). */
export function parseMotcuaLink(rest: string): QrPayload | undefined {
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
  return dossierPayload(code, 'motcua', new URLSearchParams(query).get('key'));
}

/** What an http(s) URL means. */
export function parseWebUrl(text: string, url: URL, options: ParseQrOptions): QrPayload {
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
    const procedure = param(url, PROCEDURE_PARAMS);
    const code = procedure === undefined ? undefined : normaliseProcedureCode(procedure);
    if (code) return { kind: 'procedure', code, via: national ? 'national' : 'host' };
  }
  if (trusted) {
    const dossier = param(url, DOSSIER_PARAMS);
    const code = dossier === undefined ? undefined : findDossierCode(dossier);
    if (code) return dossierPayload(code, 'host', param(url, KEY_PARAMS));
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

