// Parts of <motcua-procedure-detail> for the facts imported national records carry: fees with
// their type and currency, cases with their own time, agencies grouped by role, document flags and
// files, the publishing decision and the notes kept from the record.
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../../i18n/format.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';
import type { Agency, Decision, DocumentItem, Fee, FeeItem, ProcedureCase, ProcedureNote } from '../../model/procedure.js';
import { plainText } from './plain-text.js';

export interface PartContext {
  t(key: MessageKey, params?: MessageParams): string;
  fmt: Formatters;
}

function feeLine(item: FeeItem, c: PartContext): TemplateResult {
  const type = item.type ? c.t(`detail.feeType.${item.type}` as MessageKey) : item.typeText ? plainText(item.typeText) : '';
  const amount = item.amount !== undefined && item.amount > 0 ? c.fmt.currency(item.amount, item.currency) : '';
  // The line's own text already says the amount in the record's words; the formatted amount leads.
  const text = plainText(item.text);
  // One text for the type and amount, the spaces inside it: Chromium's name from content drops a
  // space that stands alone between two inline elements ("Phí10 US$" read for "Phí 10 US$").
  const lead = [type, amount].filter(Boolean).join(' ');
  return html`<li>${lead ? html`<strong>${lead}</strong> ` : nothing}<span class="muted">${text}</span></li>`;
}

/** A channel's fee: each charge on its own line when the record lists them, else the text. */
export function renderFee(fee: Fee, c: PartContext): TemplateResult | string {
  if (fee.items?.length) return html`<ul class="fees">${fee.items.map((i) => feeLine(i, c))}</ul>`;
  if (fee.text) return plainText(fee.text);
  if (fee.amount === 0) return c.t('fee.free');
  if (fee.amount !== undefined) return c.fmt.currency(fee.amount);
  return html`<span class="muted">${c.t('detail.feeNotStated')}</span>`;
}

export function renderCases(cases: ProcedureCase[], c: PartContext): TemplateResult {
  return html`<ul class="cases">
    ${cases.map(
      (k) => html`<li>
        ${plainText(k.name)}${k.code ? html` <span class="muted code">(${c.t('detail.caseCode', { code: k.code })})</span>` : nothing}${k
          .processingTime?.text
          ? html` — <strong>${plainText(k.processingTime.text)}</strong>`
          : nothing}
      </li>`,
    )}
  </ul>`;
}

const ROLES: (Agency['role'] | undefined)[] = ['implementing', 'deciding', 'authorised', 'coordinating', undefined];

/** Agencies grouped by role, in the order a citizen meets them. */
export function renderAgencies(agencies: Agency[], c: PartContext): TemplateResult {
  const groups = ROLES.map((role) => ({ role, names: agencies.filter((a) => a.role === role).map((a) => plainText(a.name)) })).filter(
    (g) => g.names.length > 0,
  );
  return html`<dl class="agencies">
    ${groups.map(
      (g) => html`<div>
        <dt>${c.t(`detail.role.${g.role ?? 'none'}` as MessageKey)}</dt>
        ${g.names.map((n) => html`<dd>${n}</dd>`)}
      </div>`,
    )}
  </dl>`;
}

/** Required and e-form marks, and the template files the record names (not links: they are storage paths). */
export function renderDocumentFlags(d: DocumentItem, c: PartContext): TemplateResult | typeof nothing {
  const marks = [d.required ? c.t('detail.required') : '', d.electronicForm ? c.t('detail.electronicForm') : ''].filter(Boolean);
  const files = d.files?.map((f) => plainText(f.name)) ?? [];
  if (!marks.length && !files.length) return nothing;
  return html`${marks.length ? html`<p class="flags">${marks.map((m) => html`<span class="flag">${m}</span> `)}</p>` : nothing}${files.length
    ? html`<p class="muted note">${c.t('detail.files', { names: c.fmt.list(files) })}</p>`
    : nothing}`;
}

export function decisionText(d: Decision, c: PartContext): string {
  return [
    d.number ? plainText(d.number) : '',
    d.date ? c.t('detail.decisionDate', { date: c.fmt.date(d.date) }) : '',
    d.issuedBy ? c.t('detail.decisionBy', { by: plainText(d.issuedBy) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function noteLabel(key: string, c: PartContext): string {
  if (['description', 'note', 'dossierReceivingAddresses', 'returningMethods', 'fees'].includes(key)) {
    return c.t(`detail.note.${key}` as MessageKey);
  }
  if (/^(executionMethods|CACHTHUCTHUCHIEN)\.\d+$/.test(key)) return c.t('detail.note.channel');
  return c.t('detail.note.other', { key });
}

export function renderNotes(notes: ProcedureNote[], c: PartContext): TemplateResult {
  return html`<dl class="notes">
    ${notes.map((n) => html`<div><dt>${noteLabel(n.key, c)}</dt><dd class="text">${plainText(n.text)}</dd></div>`)}
  </dl>`;
}
