// Documents, steps, legal basis and agencies of the legacy exchange package (MATTHC, TENTTHC, …).
import type { Agency, DocumentCase, DocumentItem, LegalBasis, Step } from '../procedure.js';
import { isoDate, list, num, pick, recs, text } from './read.js';
import { stepsFromText } from './steps.js';

export function legacyDocuments(v: unknown): DocumentCase[] {
  return recs(v).map((c) => {
    const items: DocumentItem[] = recs(c.GIAYTO).flatMap((g) => {
      const name = text(g.TENGIAYTO);
      if (!name) return [];
      const item: DocumentItem = { name, originals: Math.trunc(num(g.SOBANCHINH) ?? 0), copies: Math.trunc(num(g.SOBANSAO) ?? 0) };
      const url = text(g.URL) || text(g.DUONGDANMAUDON);
      if (url) item.form = { name: text(g.TENMAUDON) || name, url };
      const note = text(g.GHICHU);
      if (note) item.note = note;
      const code = text(g.MAGIAYTO);
      if (code) item.code = code;
      return [item];
    });
    const title = text(c.TRUONGHOP);
    return title ? { title, items } : { items };
  });
}

/**
 * TRINHTUTHUCHIEN: groups per case, each with TRINHTU entries, or the entries themselves. One
 * TENTRINHTU often holds every step on its own line, so each entry is split by "Bước N", else by line.
 */
export function legacySteps(v: unknown): Step[] {
  return recs(v).flatMap((group) => {
    const where = text(group.TRUONGHOP);
    const inner = group.TRINHTU === undefined ? [group] : recs(group.TRINHTU);
    return inner.flatMap((s) => stepsFromText(text(s.TENTRINHTU) || text(s.TEN), where, true));
  });
}

export function legacyLegalBasis(v: unknown): LegalBasis[] {
  return recs(v).flatMap((r) => {
    const number = text(r.SOVANBAN);
    const title = text(r.TENVANBAN) || number;
    if (!title) return [];
    const out: LegalBasis = { title };
    if (number) out.number = number;
    const by = text(r.COQUANBANHANH);
    if (by) out.issuedBy = by;
    const on = isoDate(r.NGAYBANHANH);
    if (on) out.issuedOn = on;
    return [out];
  });
}

const ROLES: [string, NonNullable<Agency['role']>][] = [
  ['COQUANTHUCHIEN', 'implementing'],
  ['COQUANCOTHAMQUYEN', 'deciding'],
  ['COQUANDUOCUYQUYEN', 'authorised'],
  ['COQUANPHOIHOP', 'coordinating'],
];

/** Agencies as `[{MADONVI, TENDONVI}]`, `[{TENCOQUAN}]` or a text of names separated by ";". */
export function legacyAgencies(r: Record<string, unknown>): Agency[] {
  const out: Agency[] = [];
  for (const [key, role] of ROLES) {
    for (const a of list(r[key])) {
      const code = pick(a, 'MADONVI', 'MACOQUAN');
      for (const name of pick(a, 'TENDONVI', 'TENCOQUAN', 'TEN').split(/;\s*/)) {
        const n = name.trim();
        if (!n || out.some((x) => x.name === n && x.role === role)) continue;
        out.push(code ? { name: n, role, code } : { name: n, role });
      }
    }
  }
  return out;
}

/** A list of records or a text, joined with "; " (requirements, subjects). */
export function joined(v: unknown, ...keys: string[]): string {
  return list(v).map((x) => pick(x, ...keys)).filter(Boolean).join('; ');
}
