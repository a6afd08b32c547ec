// <motcua-satisfaction-survey> with the browser's real connections to the API dropped (Playwright,
// through the motcua-block command of web-test-runner.config.mjs), and with a real page reload (the survey on its own page in an iframe): a response made offline is kept on the device
// and stored exactly once when the network or the next page load lets it through.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createClient } from '../../src/api/client.js';
import '../../src/elements/satisfaction-survey/satisfaction-survey.js';
import type { MotcuaSatisfactionSurvey } from '../../src/elements/satisfaction-survey/satisfaction-survey.component.js';
import type { SurveySubmitDetail } from '../../src/elements/satisfaction-survey/events.js';
import { Outbox } from '../../src/elements/satisfaction-survey/outbox.js';
import { openOutboxStorage } from '../../src/elements/satisfaction-survey/outbox-storage.js';

const api = createClient({ baseUrl: window.__MOTCUA_API__ });
const storedCount = async () => (await api.stats.get()).satisfaction.responses;
const outboxName = () => `motcua-net-test-${Date.now()}-${Math.random().toString(36).slice(2)}`;
const block = (pattern: string | null) => executeServerCommand('motcua-block', { pattern });

const $ = (el: MotcuaSatisfactionSurvey, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function answerAndSend(el: MotcuaSatisfactionSurvey) {
  for (const group of el.shadowRoot!.querySelectorAll('fieldset.criterion')) group.querySelector<HTMLInputElement>('input')!.click();
  await el.updateComplete;
  const sent = oneEvent(el, 'motcua-submit');
  $(el, 'button[type=submit]')!.click();
  return ((await sent) as CustomEvent<SurveySubmitDetail>).detail;
}

afterEach(async () => {
  await block(null);
});

describe('<motcua-satisfaction-survey> on a real network', () => {
  it('the connection drops: queued and said so; restored: its own retry sends it, stored once', async function () {
    this.timeout(20_000); // the outbox's first retry comes 2.5–5 s after a failure
    const name = outboxName();
    const el = await fixture<MotcuaSatisfactionSurvey>(
      html`<motcua-satisfaction-survey api-base=${window.__MOTCUA_API__} outbox-name=${name}></motcua-satisfaction-survey>`,
    );
    await waitUntil(() => $(el, 'form'), 'form rendered', { timeout: 8000 });
    const before = await storedCount();

    await block('/surveys/responses');
    const detail = await answerAndSend(el);
    expect(detail.queued).to.equal(true);
    await el.updateComplete;
    expect($(el, '.done-title')!.textContent).to.contain('Đã lưu, sẽ gửi khi có mạng');
    await expect(el).to.be.accessible();
    const [entry] = await new Outbox(openOutboxStorage(name)).list();
    expect(entry, 'kept on the device').to.not.equal(undefined);

    // Nothing in the test pokes the element: its own backoff retry goes through once the network does.
    const delivered = oneEvent(el, 'motcua-submit');
    await block(null);
    const sent = ((await delivered) as CustomEvent<SurveySubmitDetail>).detail;
    expect(sent.queued === false && sent.fromOutbox).to.equal(true);
    expect(sent.idempotencyKey).to.equal(entry!.key);
    expect(await storedCount()).to.equal(before + 1);
    expect(await new Outbox(openOutboxStorage(name)).list()).to.have.length(0);
  });

  it('a response queued when the API drops the connection survives page reloads and is stored once', async function () {
    this.timeout(30_000);
    const name = outboxName();
    const before = await storedCount();
    await block('/surveys/responses');

    const frame = document.createElement('iframe');
    frame.title = 'survey page';
    frame.style.cssText = 'width: 800px; height: 600px';
    document.body.append(frame);
    const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const survey = () => frame.contentDocument?.querySelector<MotcuaSatisfactionSurvey>('motcua-satisfaction-survey') ?? null;
    const formReady = () => waitUntil(() => survey()?.shadowRoot?.querySelector('form'), 'form in the page', { timeout: 8000 });
    try {
      let load = loaded();
      frame.src = `/test/elements/pages/survey-page.html?outbox=${encodeURIComponent(name)}`;
      await load;
      await formReady();
      const detail = await answerAndSend(survey()!);
      expect(detail.queued).to.equal(true);

      // Reload while the API still drops the connection: the response is still there, and shown.
      load = loaded();
      frame.contentWindow!.location.reload();
      await load;
      await formReady();
      await waitUntil(() => survey()!.shadowRoot!.querySelector('.pending'), 'pending banner after reload', { timeout: 8000 });
      expect(survey()!.shadowRoot!.querySelector('.pending')!.textContent).to.contain('1 phiếu đã lưu đang chờ gửi');
      expect(await storedCount()).to.equal(before);

      // The connection is back; the next page load sends it, once.
      await block(null);
      load = loaded();
      frame.contentWindow!.location.reload();
      await load;
      await waitUntil(async () => (await storedCount()) === before + 1, 'stored after the reload', { timeout: 8000 });
      await waitUntil(async () => (await new Outbox(openOutboxStorage(name)).list()).length === 0, 'outbox emptied', { timeout: 8000 });

      // And one more reload stores nothing more.
      load = loaded();
      frame.contentWindow!.location.reload();
      await load;
      await formReady();
      await new Promise((r) => setTimeout(r, 500));
      expect(await storedCount()).to.equal(before + 1);
    } finally {
      frame.remove();
    }
  });
});
