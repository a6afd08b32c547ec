// OpenCPS votings (§4.1) as the contract's survey form: one criterion per question, its choices
// as options whose value is the 1-based index OpenCPS expects back (§4.2).
import { plainText } from '../../../src/elements/procedure-detail/plain-text.js';
import type { Criterion, CriterionOption, SurveyForm } from '../../../src/model/index.js';
import { ApiError } from '../../errors.js';
import { mustHave, type OpencpsClient } from './client.js';
import type { DossierHandle } from './handles.js';
import { count, flag, items, obj, ShapeError, strings, text } from './read.js';

export interface Question {
  votingId: number;
  criterion: Criterion;
  commentable: boolean;
}

export interface OpencpsForm {
  form: SurveyForm;
  questions: Question[];
}

const tone = (i: number, n: number): CriterionOption['tone'] => (i === 0 ? 'positive' : i === n - 1 ? 'negative' : 'neutral');

export const FORM_IDS = { dossier: 'opencps-dossier', survey: 'opencps-survey' } as const;

/**
 * The questions for a dossier (`dossier/{dossierId}`: the GET copies the site's questions for it,
 * which is what gives each its own votingId) or the site-wide survey (`survey/0`).
 */
export async function fetchForm(client: OpencpsClient, dossier?: { code: string; handle: DossierHandle }): Promise<OpencpsForm> {
  const path = dossier ? `/o/rest/v2/postal/votings/dossier/${encodeURIComponent(dossier.handle.backendId)}` : '/o/rest/v2/postal/votings/survey/0';
  const body = mustHave(`GET ${path}`, await client.get(path));
  const questions = client.read(`GET ${path}`, () =>
    items(obj(body, 'body').data, 'data').map((v, i): Question => {
      const choices = strings(v.choices, `data[${i}].choices`).map((c) => plainText(c)).filter(Boolean);
      const votingId = count(v.votingId, `data[${i}].votingId`);
      if (choices.length < 2) throw new ShapeError(`data[${i}].choices`, 'cần ít nhất hai lựa chọn');
      return {
        votingId,
        commentable: flag(v.commentable),
        criterion: {
          id: `q${votingId}`,
          label: plainText(text(v.subject, `data[${i}].subject`)) || `Câu hỏi ${i + 1}`,
          required: true,
          options: choices.map((label, j) => ({ value: String(j + 1), label, tone: tone(j, choices.length) })),
        },
      };
    }),
  );
  if (questions.length === 0) throw new ApiError(404, 'SURVEY_NOT_AVAILABLE', 'Hệ thống chưa có câu hỏi đánh giá cho hồ sơ này.');
  const agencyId = dossier ? `agency-${dossier.handle.agency}`.slice(0, 60) : undefined;
  const form: SurveyForm = {
    id: dossier ? FORM_IDS.dossier : FORM_IDS.survey,
    version: 1,
    title: 'Đánh giá mức độ hài lòng',
    sections: [{ id: 'opencps', part: 'procedure', title: 'Ý kiến của người dân', criteria: questions.map((q) => q.criterion) }],
    comment: { maxLength: questions.some((q) => q.commentable) ? 1000 : 0 },
    agencies: dossier && agencyId ? [{ id: agencyId, name: dossier.handle.agency }] : [],
    officials: [],
  };
  if (dossier) form.dossier = { code: dossier.code, procedureName: dossier.handle.procedureName || 'Thủ tục hành chính', agency: dossier.handle.agency };
  return { form, questions };
}
