// The survey's pure logic: asked criteria, required answers, officials by agency, the response body.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildResponse, fieldOfPath, initialDraft, missingRequired, officialsOf, withAgency, emptyDraft } from '../../../src/elements/satisfaction-survey/survey-logic.js';
import { SurveyResponse, type SurveyForm } from '../../../src/model/index.js';
import { buildSurveyForm } from '../../../server/data/survey-form.js';

const form: SurveyForm = buildSurveyForm();
const withDossier: SurveyForm = {
  ...form,
  dossier: { code: '000.00.53.H48-250901-0001', procedureName: 'Khai sinh', agency: form.agencies[0]!.name },
  sections: form.sections.map((s) => ({ ...s, criteria: s.criteria.map((c) => (c.id === 'time' ? { ...c, prefilled: { value: 'early', source: 'Hồ sơ' } } : c)) })),
};

describe('survey logic', () => {
  it('lists missing required criteria in form order, skipping prefilled ones', () => {
    const all = missingRequired(form, {}).map((c) => c.id);
    assert.deepEqual(all, ['convenience', 'time', 'contacts', 'agencies', 'staffAttitude', 'overall']);
    assert.ok(!missingRequired(withDossier, {}).some((c) => c.id === 'time'));
    assert.deepEqual(missingRequired(form, { convenience: 'nope' }).map((c) => c.id)[0], 'convenience', 'an unknown value is no answer');
  });

  it('filters officials by agency and drops an official from another agency', () => {
    const agency = form.officials[0]!.agencyId;
    assert.ok(officialsOf(form, agency).every((o) => o.agencyId === agency));
    assert.equal(officialsOf(form, '').length, form.officials.length);
    const other = form.agencies.find((a) => a.id !== agency)!.id;
    const draft = { ...emptyDraft(), agencyId: agency, officialId: form.officials[0]!.id };
    assert.equal(withAgency(form, draft, other).officialId, '');
    assert.equal(withAgency(form, draft, agency).officialId, form.officials[0]!.id);
  });

  it('starts a dossier form on the dossier agency', () => {
    assert.equal(initialDraft(withDossier).agencyId, form.agencies[0]!.id);
    assert.equal(initialDraft(form).agencyId, '');
  });

  it('builds a schema-valid body with only asked answers, trimmed comment and dossier, and no time of its own', () => {
    const draft = { answers: { time: 'late', overall: 'satisfied', bogus: 'x' }, comment: '  tốt  ', agencyId: '', officialId: '' };
    const body = buildResponse(withDossier, draft, 'kiosk');
    assert.deepEqual(body.answers, { overall: 'satisfied' });
    assert.equal(body.comment, 'tốt');
    assert.equal(body.dossierCode, withDossier.dossier!.code);
    assert.equal('createdAt' in body, false, 'the server records when it receives it');
    assert.equal(body.channel, 'kiosk');
    assert.ok(SurveyResponse.safeParse(body).success);
    const empty = buildResponse(form, { ...draft, comment: '   ' }, 'web');
    assert.equal('comment' in empty, false);
  });

  it('a dossier’s response names the dossier’s agency, whatever the draft holds; a generic one the chosen agency', () => {
    const other = form.agencies.find((a) => a.name !== withDossier.dossier!.agency)!;
    const draft = { ...emptyDraft(), answers: { overall: 'satisfied' }, agencyId: other.id };
    assert.equal(buildResponse(withDossier, draft, 'link').agencyId, form.agencies[0]!.id);
    assert.equal(buildResponse(form, draft, 'kiosk').agencyId, other.id);
  });

  it('maps server paths to fields', () => {
    assert.equal(fieldOfPath('answers.overall'), 'c-overall');
    assert.equal(fieldOfPath('comment'), 'comment');
    assert.equal(fieldOfPath('officialId'), 'official');
    assert.equal(fieldOfPath('formVersion'), undefined);
  });
});
