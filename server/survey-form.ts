// The evaluation form per dossier, and checking a response against it.
import type { Criterion, Dossier, ErrorDetail, SurveyForm, SurveyResponse } from '../src/model/index.js';
import type { AppState } from './types.js';

// Ids the form may give the "total time against the legal limit" and "overall" criteria.
const TIME_IDS = ['time', 'totalTime', 'processingTime', 'timeliness', 'duration'];
const OVERALL_IDS = ['overall', 'overallSatisfaction', 'satisfaction'];
const OVERALL_VALUES = ['very-satisfied', 'satisfied', 'dissatisfied'] as const;

const criteria = (form: SurveyForm): Criterion[] => form.sections.flatMap((s) => s.criteria);

export function timeCriterion(form: SurveyForm): Criterion | undefined {
  return criteria(form).find((c) => TIME_IDS.includes(c.id));
}

/** The option that says how the dossier's timeliness went; undefined while it is still open. */
function timeOption(criterion: Criterion, dossier: Dossier): string | undefined {
  const outcome = dossier.timeliness === 'overdue' ? 'late' : dossier.timeliness;
  if (outcome === 'in-progress') return undefined;
  const exact = criterion.options.find((o) => o.value === outcome);
  if (exact) return exact.value;
  // Forms with other wording: early/on time is the positive answer, late the negative one.
  const tone = outcome === 'late' ? 'negative' : 'positive';
  return criterion.options.find((o) => o.tone === tone)?.value;
}

/** The generic form with the dossier filled in and the time criterion answered from its record. */
export function formForDossier(state: AppState, dossier: Dossier): SurveyForm {
  const base = state.data.surveyForm;
  const form: SurveyForm = {
    ...base,
    dossier: { code: dossier.code, procedureName: dossier.procedure.name, agency: dossier.receivingAgency },
  };
  const time = timeCriterion(base);
  const value = time ? timeOption(time, dossier) : undefined;
  if (time && value) {
    form.sections = base.sections.map((section) => ({
      ...section,
      criteria: section.criteria.map((c) =>
        c.id === time.id ? { ...c, prefilled: { value, source: `Hồ sơ ${dossier.code}` } } : c,
      ),
    }));
  }
  return form;
}

/**
 * Checks a schema-valid response against its form; returns one detail per problem.
 * Prefilled criteria need no answer: the server knows them already.
 */
export function checkAgainstForm(state: AppState, response: SurveyResponse): ErrorDetail[] {
  const base = state.data.surveyForm;
  if (response.formId !== base.id) {
    return [{ path: 'formId', message: `không có phiếu "${response.formId}"` }];
  }
  if (response.formVersion !== base.version) {
    return [{ path: 'formVersion', message: `phiếu ${base.id} hiện là phiên bản ${base.version}` }];
  }
  const details: ErrorDetail[] = [];
  let form = base;
  if (response.dossierCode !== undefined) {
    const entry = state.dossiers.get(response.dossierCode);
    if (!entry) details.push({ path: 'dossierCode', message: 'không tìm thấy hồ sơ này' });
    else form = formForDossier(state, entry.dossier);
  }
  const all = criteria(form);
  const known = new Map(all.map((c) => [c.id, c]));
  for (const criterion of all) {
    const answer = response.answers[criterion.id];
    if (answer === undefined || answer === '') {
      if (criterion.required && !criterion.prefilled) {
        details.push({ path: `answers.${criterion.id}`, message: `chưa trả lời "${criterion.label}"` });
      }
    } else if (!criterion.options.some((o) => o.value === answer)) {
      details.push({ path: `answers.${criterion.id}`, message: `"${answer}" không phải một lựa chọn của tiêu chí này` });
    }
  }
  for (const id of Object.keys(response.answers)) {
    if (!known.has(id)) details.push({ path: `answers.${id}`, message: 'phiếu không có tiêu chí này' });
  }
  if (response.comment !== undefined && response.comment.length > form.comment.maxLength) {
    details.push({ path: 'comment', message: `ý kiến tối đa ${form.comment.maxLength} ký tự` });
  }
  const chosen = response.agencyId === undefined ? undefined : form.agencies.find((a) => a.id === response.agencyId);
  if (response.agencyId !== undefined && !chosen) {
    details.push({ path: 'agencyId', message: 'không có cơ quan này trong phiếu' });
  } else if (chosen && form.dossier && chosen.name !== form.dossier.agency) {
    // The agency of a dossier's evaluation is the dossier's, whatever the client says.
    details.push({ path: 'agencyId', message: `hồ sơ này do ${form.dossier.agency} tiếp nhận` });
  }
  if (response.officialId !== undefined) {
    const official = form.officials.find((o) => o.id === response.officialId);
    if (!official) details.push({ path: 'officialId', message: 'không có cán bộ này trong phiếu' });
    else if (response.agencyId !== undefined && official.agencyId !== response.agencyId) {
      details.push({ path: 'officialId', message: 'cán bộ không thuộc cơ quan đã chọn' });
    }
  }
  return details;
}

/** The overall-satisfaction answer of a stored response, if it has one. */
export function overallAnswer(form: SurveyForm, response: SurveyResponse): (typeof OVERALL_VALUES)[number] | undefined {
  const id = criteria(form).find((c) => OVERALL_IDS.includes(c.id))?.id ?? 'overall';
  const value = response.answers[id];
  return OVERALL_VALUES.find((v) => v === value);
}

/**
 * Agency a response evaluates: the dossier's receiving agency when it names a dossier (never the
 * client's choice), else the agency chosen on the form.
 */
export function agencyOfResponse(state: AppState, response: SurveyResponse): string {
  const dossier = response.dossierCode ? state.dossiers.get(response.dossierCode)?.dossier : undefined;
  if (dossier) return dossier.receivingAgency;
  const form = state.data.surveyForm;
  const chosen = response.agencyId ? form.agencies.find((a) => a.id === response.agencyId)?.name : undefined;
  return chosen ?? 'Chưa xác định cơ quan';
}
