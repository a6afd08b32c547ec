// What the survey does with each kind of answer, against the in-memory fake client: loading,
// required answers, keyboard choice, a stored response, one kept on the device while the server
// fails and sent later with the same key, a refused one, a form that cannot load, a dossier's
// form. The end-to-end suite (test/elements/satisfaction-survey/satisfaction-survey.browser.test.ts) keeps the real server.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/satisfaction-survey/satisfaction-survey.js';
import type { MotcuaSatisfactionSurvey } from '../../../src/elements/satisfaction-survey/satisfaction-survey.component.js';
import type { SurveySubmitDetail } from '../../../src/elements/satisfaction-survey/events.js';
import { SAMPLE_CODE, SAMPLE_KEY } from '../../fixtures/dossier-codes.js';
import { fakeClient, IN_PROGRESS, INVALID_DETAIL, type FakeCall, type FakeClient } from '../fake-client.js';
import { retryFromErrorBox } from '../error-box.js';
import { SURVEY_FORM } from '../fake-data.js';

let counter = 0;
/** A fresh outbox per test, so nothing queued by one test is sent by the next. */
const outboxName = () => `motcua-behaviour-outbox-${Date.now()}-${counter++}`;

async function survey(fake: FakeClient, extra: { dossier?: string; lookupKey?: string } = {}) {
  const el = await fixture<MotcuaSatisfactionSurvey>(html`<motcua-satisfaction-survey
    .client=${fake.client}
    outbox-name=${outboxName()}
    dossier=${extra.dossier ?? ''}
    lookup-key=${extra.lookupKey ?? ''}
  ></motcua-satisfaction-survey>`);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MotcuaSatisfactionSurvey, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;

const text = (el: MotcuaSatisfactionSurvey, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

const formShown = (el: MotcuaSatisfactionSurvey) => waitUntil(() => $(el, 'form'), 'form rendered');

function radio(el: MotcuaSatisfactionSurvey, criterion: string, value: string): HTMLInputElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${criterion}"]`)].find((i) => i.value === value);
  if (!found) throw new Error(`no choice ${value} for ${criterion}`);
  return found;
}

const submits = (fake: FakeClient) => fake.calls.filter((c): c is Extract<FakeCall, { method: 'surveys.submit' }> => c.method === 'surveys.submit');

/** Answers both required questions and sends; resolves with the submit event. */
async function answerAndSend(el: MotcuaSatisfactionSurvey, outcome: 'motcua-submit' | 'motcua-error' = 'motcua-submit') {
  radio(el, 'access', 'good').click();
  radio(el, 'courtesy', 'bad').click();
  await el.updateComplete;
  const done = oneEvent(el, outcome);
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  const event = await done;
  await el.updateComplete;
  return event;
}

describe('<motcua-satisfaction-survey> behaviour (fake client)', () => {
  it('says it is loading while the form is on its way, then shows the sections and questions', async () => {
    const fake = fakeClient();
    const release = fake.hold();
    const el = await survey(fake);
    expect($(el, '.loading')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
    release();
    await formShown(el);
    expect(fake.calls).to.deep.equal([{ method: 'surveys.form', credential: {} }]);
    expect(text(el, '.title')).to.equal(SURVEY_FORM.title);
    const legends = [...el.shadowRoot!.querySelectorAll('.section-title')].map((l) => l.textContent!.trim());
    expect(legends).to.include.members(SURVEY_FORM.sections.map((s) => s.title));
    expect(el.shadowRoot!.querySelectorAll('fieldset.criterion')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('lists the unanswered required questions, focused, and sends nothing; answering one clears its message', async () => {
    const fake = fakeClient();
    const el = await survey(fake);
    await formShown(el);
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    const summary = $(el, '.error-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const items = [...summary.querySelectorAll('li')].map((li) => li.textContent!.trim());
    // The optional "waiting" question is not asked for.
    expect(items).to.deep.equal(['Chọn một mức đánh giá cho: Nơi tiếp nhận hồ sơ dễ tìm', 'Chọn một mức đánh giá cho: Công chức lịch sự']);
    expect($(el, '#c-access')!.getAttribute('aria-describedby')).to.equal('e-access');
    expect(radio(el, 'access', 'good').getAttribute('aria-invalid')).to.equal('true');
    expect(radio(el, 'waiting', 'good').getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();

    // The summary's link takes the focus to the question.
    summary.querySelector<HTMLAnchorElement>('li:last-child a')!.click();
    expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'courtesy', 'good'));
    radio(el, 'access', 'ok').click();
    await el.updateComplete;
    expect($(el, '#e-access')).to.equal(null);
    expect([...$(el, '.error-summary')!.querySelectorAll('li')]).to.have.length(1);
    expect(submits(fake)).to.deep.equal([]);
  });

  it('can be answered with the keyboard alone: arrows move the choice, Enter sends', async () => {
    const fake = fakeClient();
    const el = await survey(fake);
    await formShown(el);
    radio(el, 'access', 'good').focus();
    await sendKeys({ press: 'ArrowRight' });
    radio(el, 'courtesy', 'good').focus();
    await sendKeys({ press: 'Space' });
    const sent = oneEvent(el, 'motcua-submit');
    await sendKeys({ press: 'Enter' });
    await sent;
    expect(submits(fake)[0]!.response.answers).to.deep.equal({ access: 'ok', courtesy: 'good' });
  });

  it('sends the answers, comment, agency and official once, then thanks with the receipt number', async () => {
    const fake = fakeClient();
    const el = await survey(fake);
    await formShown(el);
    const agency = $<HTMLSelectElement>(el, '#agency')!;
    agency.value = 'hc';
    agency.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // Only the chosen agency's officials are offered.
    const officials = [...$<HTMLSelectElement>(el, '#official')!.options].map((o) => o.value);
    expect(officials).to.deep.equal(['', 'o2']);
    $<HTMLSelectElement>(el, '#official')!.value = 'o2';
    $(el, '#official')!.dispatchEvent(new Event('change'));
    const comment = $<HTMLTextAreaElement>(el, '#comment')!;
    comment.value = '  Cán bộ hướng dẫn tận tình.  ';
    comment.dispatchEvent(new Event('input'));
    const event = await answerAndSend(el);
    const detail = (event as CustomEvent<SurveySubmitDetail>).detail;
    expect(detail.queued).to.equal(false);
    const [call] = submits(fake);
    expect(submits(fake)).to.have.length(1);
    expect(call!.response).to.deep.equal({
      formId: SURVEY_FORM.id,
      formVersion: SURVEY_FORM.version,
      answers: { access: 'good', courtesy: 'bad' },
      comment: 'Cán bộ hướng dẫn tận tình.',
      agencyId: 'hc',
      officialId: 'o2',
      channel: 'web',
    });
    expect(call!.idempotencyKey).to.equal(detail.idempotencyKey);
    expect(text(el, '.done')).to.include('Mã phiếu: PH-1');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.done-title'));
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '.again')!.click();
    await el.updateComplete;
    expect(radio(el, 'access', 'good').checked).to.equal(false);
    expect($<HTMLTextAreaElement>(el, '#comment')!.value).to.equal('');
  });

  it('keeps the response on the device while the server fails, then sends it with the same key', async () => {
    const fake = fakeClient();
    const el = await survey(fake);
    await formShown(el);
    fake.failWith('server-error');
    const queued = (await answerAndSend(el)) as CustomEvent<SurveySubmitDetail>;
    expect(queued.detail.queued).to.equal(true);
    expect($(el, '.done')!.classList.contains('queued')).to.equal(true);
    expect(text(el, '.done')).to.include('sẽ gửi khi có mạng');
    await expect(el).to.be.accessible();

    fake.failWith(undefined);
    const sent = oneEvent(el, 'motcua-submit');
    await el.flushQueue();
    const detail = (await sent).detail as SurveySubmitDetail;
    await el.updateComplete;
    expect(detail).to.include({ queued: false, fromOutbox: true, idempotencyKey: queued.detail.idempotencyKey });
    const keys = submits(fake).map((c) => c.idempotencyKey);
    expect(keys).to.deep.equal([queued.detail.idempotencyKey, queued.detail.idempotencyKey]);
    expect($(el, '.done')!.classList.contains('sent')).to.equal(true);
  });

  it('shows a refusal beside the field it is about, keeps the answers, and does not queue it', async () => {
    const fake = fakeClient();
    const el = await survey(fake);
    await formShown(el);
    fake.failWith('invalid');
    const event = await answerAndSend(el, 'motcua-error');
    expect(event.detail.message).to.include(INVALID_DETAIL.message);
    const summary = $(el, '.error-summary')!;
    expect(summary.textContent).to.include('Máy chủ không nhận phiếu này');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(text(el, '#e-comment')).to.equal(INVALID_DETAIL.message);
    expect(radio(el, 'access', 'good').checked).to.equal(true);
    await expect(el).to.be.accessible();
    // A refusal is final: a later flush sends nothing again.
    fake.failWith(undefined);
    await el.flushQueue();
    expect(submits(fake)).to.have.length(1);
  });

  it('says why the form could not load, and "try again" loads it', async () => {
    const fake = fakeClient();
    fake.failWith('offline');
    const failed = oneEvent(document.body, 'motcua-error');
    const el = await survey(fake);
    await failed;
    await el.updateComplete;
    await retryFromErrorBox(el, fake, 'Không có kết nối mạng');
    await formShown(el);
    expect(fake.calls.filter((c) => c.method === 'surveys.form')).to.have.length(2);
  });

  it('names the dossier, sends its key with the response, and shows no form for a wrong key', async () => {
    const fake = fakeClient();
    const el = await survey(fake, { dossier: SAMPLE_CODE, lookupKey: SAMPLE_KEY.toLowerCase() });
    await formShown(el);
    expect(text(el, '.dossier')).to.include(SAMPLE_CODE);
    expect(text(el, '.dossier')).to.include(IN_PROGRESS.procedure.name);
    // A dossier's evaluation is about the agency that received it: no agency to choose.
    expect($(el, '#agency')).to.equal(null);
    await answerAndSend(el);
    const [call] = submits(fake);
    expect(call!.response.dossierCode).to.equal(SAMPLE_CODE);
    expect(call!.response.agencyId).to.equal('tp');
    expect(call!.credential).to.deep.equal({ lookupKey: SAMPLE_KEY });

    const wrong = await survey(fake, { dossier: SAMPLE_CODE, lookupKey: 'WRONG1' });
    await waitUntil(() => $(wrong, '[part=error]'), 'error shown');
    // Says what the tracker says for a wrong key (which dossier, check both codes), not a bare "no data".
    expect(text(wrong, '[part=error]')).to.include(`Không tìm thấy hồ sơ ${SAMPLE_CODE} với mã tra cứu này`);
    expect(text(wrong, '[part=error]')).not.to.include('Không tìm thấy dữ liệu');
    expect($(wrong, 'form')).to.equal(null);
    await expect(wrong).to.be.accessible();
  });
});
