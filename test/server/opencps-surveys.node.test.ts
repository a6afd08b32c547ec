// Surveys over OpenCPS, which stores every vote it is sent: the gateway asks for the dossier's
// key or token, checks the answers against OpenCPS's questions, and forwards each answer exactly
// once through the ledger — under replays, parallel retries, another key for the same dossier,
// and a forward that failed half-way.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Dossier, ErrorBody, SurveyForm, SurveyReceipt } from '../../src/model/index.js';
import { expectError, getJson, postJson } from './helpers.js';
import { startGateway, type Gateway } from './opencps-gateway.js';

const CODE = '000.00.07.G12-261102-0007';

describe('OpenCPS gateway: surveys', () => {
  let gw: Gateway;
  let token: string;
  let form: SurveyForm;
  before(async () => {
    gw = await startGateway({ server: { rateLimits: { lookupFailures: { limit: 100, windowMs: 600_000 }, surveys: { limit: 100, windowMs: 60_000 } } } });
  });
  after(() => gw.close());
  beforeEach(async () => {
    gw.sim.state.votes.length = 0;
    gw.sim.state.votings.length = 0;
    await gw.server.database.query('truncate ledger, idempotency_keys, survey_responses');
    const { body } = await getJson(gw.url, '/dossiers/lookup', 200, Dossier, postJson({ code: CODE, lookupKey: '4821' }));
    token = body.access!.token;
    form = (await getJson(gw.url, `/surveys/form?dossier=${CODE}`, 200, SurveyForm, { headers: { Authorization: `Bearer ${token}` } })).body;
  });

  const answers = () => Object.fromEntries(form.sections[0]!.criteria.map((c, i) => [c.id, c.options[i % 2]!.value]));
  const submit = (key: string, body: object = { formId: form.id, formVersion: 1, dossierCode: CODE, answers: answers(), channel: 'web' }) =>
    fetch(`${gw.url}/surveys/responses`, postJson(body, { 'Idempotency-Key': key, Authorization: `Bearer ${token}` }));

  it('builds the form from the dossier questions: 1-based choice values, the dossier named', () => {
    assert.equal(form.id, 'opencps-dossier');
    assert.equal(form.sections[0]!.criteria.length, 2);
    assert.deepEqual(form.sections[0]!.criteria[0]!.options.map((o) => [o.value, o.tone]), [['1', 'positive'], ['2', 'neutral'], ['3', 'negative']]);
    assert.equal(form.dossier?.agency, 'Sở Giao thông vận tải');
  });

  it('forwards each answer once under sequential and parallel replays', async () => {
    const first = await submit('replay-key-0001');
    assert.equal(first.status, 201);
    const receipt = SurveyReceipt.parse(await first.json());
    const again = await Promise.all([1, 2, 3, 4].map(() => submit('replay-key-0001')));
    for (const res of again) {
      assert.equal(res.status, 200);
      const r = SurveyReceipt.parse(await res.json());
      assert.deepEqual([r.id, r.duplicate], [receipt.id, true]);
    }
    assert.equal(gw.sim.state.votes.length, 2, 'OpenCPS got each of the two answers once');
    assert.deepEqual(gw.sim.state.votes.map((v) => v.selected), [1, 2], 'selected is the 1-based choice');
  });

  it('refuses a different body under the same key and a second evaluation of the dossier, forwarding nothing more', async () => {
    assert.equal((await submit('conflict-key-01')).status, 201);
    const other = { formId: form.id, formVersion: 1, dossierCode: CODE, answers: Object.fromEntries(Object.keys(answers()).map((k) => [k, '3'])), channel: 'web' };
    const conflict = await submit('conflict-key-01', other);
    assert.equal(conflict.status, 409);
    assert.equal(((await conflict.json()) as ErrorBody).error.code, 'IDEMPOTENCY_CONFLICT');
    const second = await submit('conflict-key-02', other);
    assert.equal(second.status, 409);
    assert.equal(((await second.json()) as ErrorBody).error.code, 'SURVEY_ALREADY_SUBMITTED');
    assert.equal(gw.sim.state.votes.length, 2);
  });

  it('finishes a forward that failed half-way without sending the first answer twice', async () => {
    gw.sim.state.votePosts = 0;
    gw.sim.state.failVotePosts = [2];
    const failed = await submit('halfway-key-01');
    assert.equal(failed.status, 502);
    const error = ((await failed.json()) as ErrorBody).error;
    assert.equal(error.code, 'BACKEND_UNEXPECTED');
    assert.match(error.details?.[0]?.path ?? '', /^POST \/o\/rest\/v2\/postal\/votings\/\d+\/results$/);
    assert.equal(gw.sim.state.votes.length, 1);
    assert.equal((await submit('halfway-key-01')).status, 201);
    assert.equal(gw.sim.state.votes.length, 2, 'the retry sent only the missing answer');
    gw.sim.state.failVotePosts = [];
  });

  it('checks answers against the questions and the dossier credential', async () => {
    const bad = await submit('invalid-key-01', { formId: form.id, formVersion: 1, dossierCode: CODE, answers: { q1: '9' }, channel: 'web' });
    assert.equal(bad.status, 422);
    const noCredential = await fetch(`${gw.url}/surveys/form?dossier=${CODE}`);
    assert.equal(noCredential.status, 401);
    await expectError(gw.url, `/surveys/form?dossier=${CODE}`, 404, 'DOSSIER_NOT_FOUND', undefined, { headers: { 'Lookup-Key': '0000' } });
    await getJson(gw.url, `/surveys/form?dossier=${CODE}`, 200, SurveyForm, { headers: { 'Lookup-Key': '4821' } });
    assert.equal(gw.sim.state.votes.length, 0);
  });

  it('serves and forwards the site-wide survey once per Idempotency-Key', async () => {
    const site = (await getJson(gw.url, '/surveys/form', 200, SurveyForm)).body;
    assert.equal(site.id, 'opencps-survey');
    const body = { formId: site.id, formVersion: 1, answers: { [site.sections[0]!.criteria[0]!.id]: '1' }, channel: 'kiosk' };
    const send = () => fetch(`${gw.url}/surveys/responses`, postJson(body, { 'Idempotency-Key': 'kiosk-key-0001' }));
    assert.equal((await send()).status, 201);
    assert.equal((await send()).status, 200);
    assert.equal(gw.sim.state.votes.length, 1);
  });
});
