/** The found dossier: facts, working days, on-time badge, apology, supplements, fees, steps. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Dossier, TimelineStep } from '../../model/dossier.js';
import type { Formatters } from '../../i18n/format.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';
import { ENDED_WITHOUT_RESULT, type Progress } from './progress.js';
import { TIMELINESS_BADGE } from './timeliness.js';
import { heading, levelAt } from '../shared/heading.js';

interface Host {
  t(key: MessageKey, params?: MessageParams): string;
  readonly fmt: Formatters;
  /** Level of the tracker's own heading, chosen by the host page (heading-level). */
  readonly topLevel: number;
}

/** A section heading two levels below the tracker's own. */
type Sub = (id: string, content: unknown) => TemplateResult;

const ICONS = {
  check: svg`<path d="M4 12.5l5 5L20 6.5" />`,
  star: svg`<path d="M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1L3.2 9.5l6.1-.9z" />`,
  clock: svg`<circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" />`,
  alert: svg`<path d="M12 3L2 20h20z" /><path d="M12 10v4M12 17v.5" />`,
  dot: svg`<circle cx="12" cy="12" r="4" />`,
};

function icon(name: keyof typeof ICONS): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[name]}</svg>`;
}

export function renderResult(host: Host, d: Dossier, progress: Progress | undefined, holidaysFailed: boolean): TemplateResult {
  const { t, fmt } = { t: host.t.bind(host), fmt: host.fmt };
  const sub: Sub = (id, content) => heading(levelAt(host.topLevel, 2), 4, content, { id });
  const ended = ENDED_WITHOUT_RESULT.has(d.status);
  const badge = TIMELINESS_BADGE[d.timeliness];
  const fact = (label: MessageKey, value: unknown) =>
    value === undefined || value === '' ? nothing : html`<div><dt>${t(label)}</dt><dd>${value}</dd></div>`;

  return html`<section class="result" part="result" aria-labelledby="result-title">
    <div class="result-head">
      ${heading(levelAt(host.topLevel, 1), 3, t('tracker.resultTitle', { code: d.code }), { id: 'result-title', focusable: true })}
      <p class="badges">
        <span class="badge status" part="badge" data-status=${d.status}>${icon('dot')}${t('tracker.status')}: ${t(`status.${d.status}` as MessageKey)}</span>
        ${ended
          ? nothing
          : html`<span class="badge tone-${badge.tone}" part="badge" data-timeliness=${d.timeliness}>${icon(badge.icon)}${t(
              `tracker.timeliness.${d.timeliness}` as MessageKey,
            )}</span>`}
      </p>
    </div>

    <dl class="facts">
      ${fact('tracker.procedure', html`${d.procedure.name} <span class="muted">(${d.procedure.code})</span>`)}
      ${fact('tracker.receivingAgency', d.receivingAgency)}
      ${fact('tracker.receivedAt', fmt.dateTime(d.receivedAt))}
      ${fact('tracker.appointmentDate', fmt.date(d.appointmentDate))}
      ${fact('tracker.completedAt', d.completedAt && fmt.dateTime(d.completedAt))}
      ${fact('tracker.returnedAt', d.returnedAt && fmt.dateTime(d.returnedAt))}
      ${fact('tracker.currentHolder', d.currentHolder)}
      ${fact('tracker.channel', t(`channel.${d.channel}` as MessageKey))}
      ${fact(
        'tracker.applicant',
        html`${[d.applicant.name, d.applicant.idNumber, d.applicant.phone, d.applicant.address].filter(Boolean).join(' · ')}
          <span class="hint block">${t('tracker.applicantMasked')}</span>`,
      )}
    </dl>

    ${d.reason
      ? html`<section class="block" aria-labelledby="reason-title">
          ${sub('reason-title', t('tracker.reasonTitle'))}
          <p>${d.reason}</p>
        </section>`
      : nothing}
    ${ended ? nothing : renderWorkingDays(t, d, progress, holidaysFailed, sub)} ${d.apology ? renderApology(t, fmt, d, sub) : nothing}
    ${d.supplement ? renderSupplement(t, fmt, d.supplement, sub) : nothing} ${d.fees?.length ? renderFees(t, fmt, d.fees, sub) : nothing}

    <section class="block" aria-labelledby="delivery-title">
      ${sub('delivery-title', t('tracker.deliveryTitle'))}
      <p>${t(`tracker.delivery.${d.delivery}` as MessageKey)}</p>
    </section>

    ${renderTimeline(t, fmt, d.timeline, sub)}
  </section>`;
}

type T = Host['t'];

function renderWorkingDays(t: T, d: Dossier, p: Progress | undefined, failed: boolean, sub: Sub): TemplateResult {
  const lines: string[] = [];
  if (d.legalWorkingDays !== undefined) lines.push(t('tracker.legalDays', { count: d.legalWorkingDays }));
  if (p) {
    lines.push(t('tracker.elapsed', { count: p.elapsed }));
    if (p.paused > 0) lines.push(t('tracker.paused', { count: p.paused }));
    if (p.overdueBy > 0) lines.push(t('tracker.overdueBy', { count: p.overdueBy }));
    else if (!p.finished) lines.push(p.remaining > 0 ? t('tracker.remaining', { count: p.remaining }) : t('tracker.dueToday'));
  } else if (failed) lines.push(t('tracker.workingDaysUnavailable'));
  // data-counted tells tests and host scripts that the holiday-based counts are in.
  return html`<section class="block days" aria-labelledby="days-title" ?data-counted=${p !== undefined || failed}>
    ${sub('days-title', t('tracker.workingDaysTitle'))}
    <ul class="plain">
      ${lines.map((line) => html`<li>${line}</li>`)}
    </ul>
  </section>`;
}

function renderApology(t: T, fmt: Formatters, d: Dossier, sub: Sub): TemplateResult {
  const a = d.apology!;
  return html`<section class="block message warning apology" aria-labelledby="apology-title">
    ${sub('apology-title', html`${icon('alert')}${t('tracker.apologyTitle')}`)}
    <p>${t('tracker.apologyBody', { agency: a.agency, reason: a.reason.replace(/\.$/, '') })}</p>
    <dl class="facts compact">
      <div><dt>${t('tracker.apologyNewDate')}</dt><dd><strong>${fmt.date(a.newAppointmentDate)}</strong></dd></div>
      <div><dt>${t('tracker.apologyIssued')}</dt><dd>${fmt.date(a.issuedOn)}</dd></div>
    </dl>
  </section>`;
}

function renderSupplement(t: T, fmt: Formatters, s: NonNullable<Dossier['supplement']>, sub: Sub): TemplateResult {
  return html`<section class="block message warning" aria-labelledby="supplement-title">
    ${sub('supplement-title', html`${icon('alert')}${t('tracker.supplementTitle')}`)}
    <p>${t('tracker.supplementIntro', { date: fmt.date(s.requestedOn) })}</p>
    <ul>
      ${s.items.map((item) => html`<li>${item}</li>`)}
    </ul>
    ${s.note ? html`<p>${s.note}</p>` : nothing}
    <p class="hint">${t('tracker.supplementNote')}</p>
  </section>`;
}

function renderFees(t: T, fmt: Formatters, fees: NonNullable<Dossier['fees']>, sub: Sub): TemplateResult {
  const due = fees.filter((f) => !f.paid).reduce((sum, f) => sum + f.amount, 0);
  return html`<section class="block" aria-labelledby="fees-title">
    ${sub('fees-title', t('tracker.feesTitle'))}
    <ul class="plain fees">
      ${fees.map(
        (f) => html`<li>
          <span>${f.name}</span>
          <span class="amount">${fmt.currency(f.amount)}</span>
          <span class="fee-state ${f.paid ? 'paid' : 'unpaid'}">${icon(f.paid ? 'check' : 'clock')}${t(
            f.paid ? 'tracker.feePaid' : 'tracker.feeUnpaid',
          )}</span>
        </li>`,
      )}
    </ul>
    ${due > 0 ? html`<p><strong>${t('tracker.feeTotalDue', { amount: fmt.currency(due) })}</strong></p>` : nothing}
  </section>`;
}

function renderTimeline(t: T, fmt: Formatters, steps: TimelineStep[], sub: Sub): TemplateResult {
  return html`<section class="block" aria-labelledby="timeline-title">
    ${sub('timeline-title', t('tracker.timelineTitle'))}
    <ol class="timeline" part="timeline">
      ${steps.map(
        (s) => html`<li class="step ${s.state}" aria-current=${s.state === 'current' ? 'step' : 'false'}>
          <span class="marker">${icon(s.state === 'done' ? 'check' : s.state === 'current' ? 'clock' : 'dot')}</span>
          <div>
            <p class="step-title"><strong>${s.title}</strong> <span class="step-state">(${t(`tracker.step.${s.state}` as MessageKey)})</span></p>
            <p>${s.agency}</p>
            ${s.handler ? html`<p class="hint">${t('tracker.handler', { name: s.handler })}</p>` : nothing}
            ${s.startedAt || s.finishedAt
              ? html`<p class="hint">${[s.startedAt, s.finishedAt].filter(Boolean).map((x) => fmt.dateTime(x!)).join(' → ')}</p>`
              : nothing}
            ${s.note ? html`<p>${s.note}</p>` : nothing}
          </div>
        </li>`,
      )}
    </ol>
  </section>`;
}
