/**
 * The survey's pure logic (DOM-free, tested in Node): which criteria are asked, which required
 * ones are missing, the officials of an agency, and the response sent to the API.
 */
import type { Criterion, CriterionOption, SurveyForm, SurveyResponse } from '../../model/index.js';

/** What the citizen has filled in so far. */
export interface SurveyDraft {
  answers: Record<string, string>;
  comment: string;
  agencyId: string;
  officialId: string;
}

export const emptyDraft = (): SurveyDraft => ({ answers: {}, comment: '', agencyId: '', officialId: '' });

/** Criteria the citizen is asked: the ones the system does not already know. */
export function askedCriteria(form: SurveyForm): Criterion[] {
  return form.sections.flatMap((s) => s.criteria).filter((c) => !c.prefilled);
}

/** Required criteria without an answer, in the order the form shows them. */
export function missingRequired(form: SurveyForm, answers: Record<string, string>): Criterion[] {
  return askedCriteria(form).filter((c) => c.required && !c.options.some((o) => o.value === answers[c.id]));
}

/** Officials who work at the chosen agency; every official when none is chosen. */
export function officialsOf(form: SurveyForm, agencyId: string): SurveyForm['officials'] {
  return agencyId ? form.officials.filter((o) => o.agencyId === agencyId) : form.officials;
}

/** The agency a dossier's form names (by name), so the select starts on it. */
export function initialDraft(form: SurveyForm): SurveyDraft {
  const draft = emptyDraft();
  const dossier = form.dossier;
  if (dossier) {
    const agency = form.agencies.find((a) => a.name === dossier.agency);
    if (agency) draft.agencyId = agency.id;
    const official = dossier.officialId ? form.officials.find((o) => o.id === dossier.officialId) : undefined;
    if (official) {
      draft.officialId = official.id;
      draft.agencyId = official.agencyId;
    }
  }
  return draft;
}

/** Choosing another agency drops an official who does not work there. */
export function withAgency(form: SurveyForm, draft: SurveyDraft, agencyId: string): SurveyDraft {
  const keep = officialsOf(form, agencyId).some((o) => o.id === draft.officialId);
  return { ...draft, agencyId, officialId: keep ? draft.officialId : '' };
}

/** Counts characters as the server does (UTF-16 code units, like `maxlength`). */
export function commentLength(comment: string): number {
  return comment.trim().length;
}

/**
 * The body for `POST /surveys/responses`. Only answers to asked criteria with a valid option are
 * sent; empty optional fields are left out. No time: the server records when it receives it.
 */
export function buildResponse(form: SurveyForm, draft: SurveyDraft, channel: SurveyResponse['channel']): SurveyResponse {
  const answers: Record<string, string> = {};
  for (const criterion of askedCriteria(form)) {
    const value = draft.answers[criterion.id];
    if (value !== undefined && criterion.options.some((o) => o.value === value)) answers[criterion.id] = value;
  }
  const response: SurveyResponse = { formId: form.id, formVersion: form.version, answers, channel };
  if (form.dossier) response.dossierCode = form.dossier.code;
  const comment = draft.comment.trim().slice(0, form.comment.maxLength);
  if (comment) response.comment = comment;
  // A dossier's evaluation is about the agency that received it; the server refuses any other.
  const agencyId = form.dossier ? form.agencies.find((a) => a.name === form.dossier!.agency)?.id : draft.agencyId;
  if (agencyId && form.agencies.some((a) => a.id === agencyId)) response.agencyId = agencyId;
  const official = form.officials.find((o) => o.id === draft.officialId);
  if (official && (!response.agencyId || official.agencyId === response.agencyId)) response.officialId = official.id;
  return response;
}

/** Emoji per tone; decoration only (hidden from screen readers), the label carries the meaning. */
export function toneEmoji(tone: CriterionOption['tone']): string {
  // ☹️ (U+2639 + VS16) falls back to a plain glyph on systems without a colour emoji font.
  return tone === 'positive' ? '😊' : tone === 'neutral' ? '😐' : '☹️';
}

/** The option a prefilled criterion's value stands for, to show its label. */
export function prefilledOption(criterion: Criterion): CriterionOption | undefined {
  return criterion.prefilled ? criterion.options.find((o) => o.value === criterion.prefilled!.value) : undefined;
}

/**
 * Server validation details (`answers.<id>`, `comment`, `agencyId`, …) mapped to the form's
 * field ids, so a 422 shows beside the field it is about.
 */
export function fieldOfPath(path: string): string | undefined {
  if (path.startsWith('answers.')) return `c-${path.slice('answers.'.length)}`;
  if (path === 'comment') return 'comment';
  if (path === 'agencyId') return 'agency';
  if (path === 'officialId') return 'official';
  return undefined;
}
