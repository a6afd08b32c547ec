/** Builds the links that `parseQrPayload` recognises, for posters and receipts. */

export type MotcuaLinkTarget = { procedure: string } | { dossier: string; lookupKey?: string };

/**
 * `motcua:procedure/1.001108`, `motcua:dossier/<code>` (with `?key=` when given), or — with a
 * `base` page URL — `https://host/page#motcua:procedure=1.001108`, which opens that page in any
 * phone camera and is still recognised by `<motcua-qr-lookup>` on a trusted host.
 */
export function motcuaLink(target: MotcuaLinkTarget, base?: string): string {
  const [kind, value] = 'procedure' in target ? ['procedure', target.procedure] : ['dossier', target.dossier];
  const key = 'dossier' in target && target.lookupKey ? `?key=${encodeURIComponent(target.lookupKey)}` : '';
  if (base === undefined) return `motcua:${kind}/${encodeURIComponent(value)}${key}`;
  const url = new URL(base);
  url.hash = `motcua:${kind}=${encodeURIComponent(value)}${key.replace('?', '&')}`;
  return url.href;
}

/** The national portal's page of a procedure. */
export const NATIONAL_PROCEDURE_TEMPLATE = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}';

/** Fills `{code}` in a link template (URL-encoded). */
export function fillLinkTemplate(template: string, code: string): string {
  return template.split('{code}').join(encodeURIComponent(code));
}
