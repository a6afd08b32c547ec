// <motcua-satisfaction-survey> against the real reference API: rendering, required answers with
// the error summary, keyboard-only completion, exactly-once sending (double click, offline queue,
// reload with a queued response, also with the browser's real connection dropped and a real page
// reload), kiosk reset, rejection, and axe in every state.
import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { createClient, type MotcuaClient } from '../../../src/api/client.js';
import '../../../src/elements/satisfaction-survey/satisfaction-survey.js';
import type { MotcuaSatisfactionSurvey } from '../../../src/elements/satisfaction-survey/satisfaction-survey.component.js';
import type { SurveySubmitDetail } from '../../../src/elements/satisfaction-survey/events.js';
import { Outbox } from '../../../src/elements/satisfaction-survey/outbox.js';
import { openOutboxStorage } from '../../../src/elements/satisfaction-survey/outbox-storage.js';
import { DEMO_LOOKUPS } from '../../../server/data/index.js';

let counter = 0;
const uniqueOutbox = () => `motcua-test-outbox-${Date.now()}-${counter++}`;

/** A client on the real API whose network can be "cut": fetch rejects like a browser offline. */
function flakyClient() {
  const net = { offline: false, keys: [] as string[], posts: 0 };
  const client = createClient({
    baseUrl: window.__MOTCUA_API__,
    retry: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST') {
        net.keys.push(request.headers.get('idempotency-key') ?? '');
        if (!net.offline) net.posts++;
      }
      if (net.offline) throw new TypeError('Failed to fetch');
      return fetch(request);
    },
  });
  return { client, net };
}

const api = createClient({ baseUrl: window.__MOTCUA_API__ });
const storedCount = async () => (await api.stats.get()).satisfaction.responses;

async function survey(
  client: MotcuaClient,
  extra: { kiosk?: boolean; resetAfter?: number; dossier?: string; lookupKey?: string; token?: string; outboxName?: string } = {},
) {
  const el = await fixture<MotcuaSatisfactionSurvey>(html`<motcua-satisfaction-survey
    .client=${client}
    outbox-name=${extra.outboxName ?? uniqueOutbox()}
    ?kiosk=${extra.kiosk ?? false}
    reset-after=${extra.resetAfter ?? 10}
    dossier=${extra.dossier ?? ''}
    lookup-key=${extra.lookupKey ?? ''}
    .token=${extra.token}
  ></motcua-satisfaction-survey>`);
  await waitUntil(() => el.shadowRoot!.querySelector('form'), 'form rendered', { timeout: 8000 }).catch((e: Error) => {
    throw new Error(`${e.message}: ${el.shadowRoot!.innerHTML.slice(0, 400)}`);
  });
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MotcuaSatisfactionSurvey, selector: string) =>
  el.shadowRoot!.querySelector<T & HTMLElement>(selector);
const $$ = <T extends Element = HTMLElement>(el: MotcuaSatisfactionSurvey, selector: string) =>
  [...el.shadowRoot!.querySelectorAll<T & HTMLElement>(selector)];

/** Picks the first option of every criterion that is asked (required or not). */
async function answerAll(el: MotcuaSatisfactionSurvey) {
  for (const group of $$(el, 'fieldset.criterion')) group.querySelector<HTMLInputElement>('input')!.click();
  await el.updateComplete;
}

function submit(el: MotcuaSatisfactionSurvey) {
  $(el, 'button[type=submit]')!.click();
}

function outboxOf(el: MotcuaSatisfactionSurvey) {
  return new Outbox(openOutboxStorage(el.outboxName));
}

describe('<motcua-satisfaction-survey>', () => {
  it('renders every SIPAS part as a fieldset with a legend, each criterion as a radio group with text labels', async () => {
    const el = await survey(api);
    const sections = $$(el, 'fieldset.section');
    expect(sections.length).to.be.greaterThanOrEqual(6); // five SIPAS parts + details
    expect(sections.every((s) => s.querySelector(':scope > legend')?.textContent?.trim())).to.equal(true);
    const overall = $(el, '#c-overall')!;
    expect(overall.localName).to.equal('fieldset');
    const labels = [...overall.querySelectorAll('label.choice')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels.join('|')).to.contain('Rất hài lòng').and.contain('Hài lòng').and.contain('Không hài lòng');
    // Emoji and colour are extras: hidden from assistive tech, the text label carries the meaning.
    expect($$(el, '.choice .emoji').every((e) => e.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(overall.querySelectorAll('input[type=radio][name=overall][required]')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('shows criteria the dossier already answers as known, not asked', async () => {
    const early = DEMO_LOOKUPS.find((d) => d.status === 10);
    expect(early, 'a finished demo dossier').to.not.equal(undefined);
    const el = await survey(api, { dossier: early!.code, lookupKey: early!.lookupKey });
    await waitUntil(() => $(el, '.known'), 'known criterion', { timeout: 8000 });
    expect($(el, '.dossier')!.textContent).to.contain(early!.code);
    expect($$(el, 'input[name=time]')).to.have.length(0);
    expect($(el, '.known')!.textContent).to.contain('Sớm hơn');
    // The agency is the dossier's: no choice offered.
    expect($(el, '#agency')).to.equal(null);
    expect(el.getAttribute('lookup-key'), 'the key is not reflected anywhere new').to.equal(early!.lookupKey);
    expect(el.shadowRoot!.textContent).to.not.contain(early!.lookupKey);
    await expect(el).to.be.accessible();
  });

  it('with the token a look-up returned (as the tracker’s motcua-result carries it), a dossier is evaluated once', async () => {
    const done = DEMO_LOOKUPS.find((d) => d.status === 6)!; // any dossier may be evaluated, once
    const { access } = await api.dossiers.lookup({ code: done.code, lookupKey: done.lookupKey });
    const el = await survey(api, { dossier: done.code, token: access!.token });
    await waitUntil(() => $(el, '.dossier'), 'dossier named', { timeout: 8000 });
    await answerAll(el);
    const sent = oneEvent(el, 'motcua-submit');
    submit(el);
    const { detail } = await sent;
    expect(detail.queued).to.equal(false);
    // The dossier has its evaluation now: a second one is refused with the server's reason.
    const again = await survey(api, { dossier: done.code, token: access!.token });
    await answerAll(again);
    const refused = oneEvent(again, 'motcua-error');
    submit(again);
    const { detail: problem } = await refused;
    expect(problem.message).to.contain('đã được đánh giá');
  });

  it('a dossier without its key or token: the form does not load, and says why', async () => {
    const early = DEMO_LOOKUPS.find((d) => d.status === 10)!;
    const el = await fixture<MotcuaSatisfactionSurvey>(html`<motcua-satisfaction-survey
      .client=${api} outbox-name=${uniqueOutbox()} dossier=${early.code}></motcua-satisfaction-survey>`);
    await waitUntil(() => $(el, '[part=error]'), 'error shown', { timeout: 8000 });
    expect($(el, 'form')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.not.contain(early.code.slice(-4) + ' ');
  });

  it('required answers: an error summary (role=alert) gets focus, its links focus the fields', async () => {
    const el = await survey(api);
    submit(el);
    await el.updateComplete;
    const summary = $(el, '.error-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const required = $$(el, 'fieldset.criterion').filter((f) => f.querySelector('input[required]'));
    const links = [...summary.querySelectorAll('a')];
    expect(links).to.have.length(required.length);
    expect($$(el, 'fieldset.criterion.has-error')).to.have.length(required.length);
    await expect(el).to.be.accessible();

    links[1]!.click();
    const target = links[1]!.getAttribute('href')!.slice(1);
    const focused = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(focused.type).to.equal('radio');
    expect(focused.closest('fieldset')!.id).to.equal(target);
    expect(focused.closest('fieldset')!.getAttribute('aria-describedby')).to.equal(`e-${target.slice(2)}`);

    // Answering one takes its error away.
    focused.click();
    await el.updateComplete;
    expect($$(el, '.error-summary a')).to.have.length(required.length - 1);
  });

  it('the comment shows a live count against the form maximum; officials follow the agency', async () => {
    const el = await survey(api);
    const form = await api.surveys.form();
    const comment = $<HTMLTextAreaElement>(el, '#comment')!;
    expect(comment.maxLength).to.equal(form.comment.maxLength);
    comment.value = 'Cán bộ rất nhiệt tình';
    comment.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '#comment-count')!.textContent).to.contain(String(form.comment.maxLength - 'Cán bộ rất nhiệt tình'.length));

    const agency = $<HTMLSelectElement>(el, '#agency')!;
    const chosen = form.agencies.find((a) => form.officials.some((o) => o.agencyId === a.id))!;
    agency.value = chosen.id;
    agency.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const offered = [...$<HTMLSelectElement>(el, '#official')!.options].map((o) => o.value).filter(Boolean);
    expect(offered.length).to.be.greaterThan(0);
    expect(offered.every((id) => form.officials.find((o) => o.id === id)?.agencyId === chosen.id)).to.equal(true);
  });

  it('can be completed with the keyboard alone, and the thank-you heading gets focus', async () => {
    const el = await survey(api);
    const before = await storedCount();
    $<HTMLInputElement>(el, 'fieldset.criterion input')!.focus();
    let guard = 0;
    while ((el.shadowRoot!.activeElement as HTMLInputElement | null)?.type === 'radio' && guard++ < 40) {
      await sendKeys({ press: 'ArrowDown' }); // moves to and checks the next choice
      await sendKeys({ press: 'Tab' }); // next group
    }
    expect(el.shadowRoot!.activeElement!.id).to.equal('agency');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('comment');
    await sendKeys({ type: 'Tốt' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.classList.contains('send')).to.equal(true);
    const sent = oneEvent(el, 'motcua-submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await sent) as CustomEvent<SurveySubmitDetail>;
    expect(detail.queued).to.equal(false);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.done-title'));
    expect($(el, '.done-title')!.textContent).to.contain('Đã gửi');
    expect(await storedCount()).to.equal(before + 1);
  });

  it('a double click sends one response, stored once', async () => {
    const { client, net } = flakyClient();
    const el = await survey(client);
    await answerAll(el);
    const before = await storedCount();
    const events: SurveySubmitDetail[] = [];
    el.addEventListener('motcua-submit', (e) => events.push(e.detail));
    const sent = oneEvent(el, 'motcua-submit');
    submit(el);
    submit(el);
    await sent;
    await aTimeout(300);
    expect(events).to.have.length(1);
    expect(net.posts).to.equal(1);
    expect(events[0]!.queued === false && events[0]!.receipt.duplicate).to.equal(false);
    expect(await storedCount()).to.equal(before + 1);
    expect(await outboxOf(el).list()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('offline: says it is saved, keeps it on the device, sends it once when the network returns', async () => {
    const { client, net } = flakyClient();
    const el = await survey(client);
    await answerAll(el);
    const before = await storedCount();
    net.offline = true;
    const queued = oneEvent(el, 'motcua-submit');
    submit(el);
    expect(((await queued) as CustomEvent<SurveySubmitDetail>).detail.queued).to.equal(true);
    await el.updateComplete;
    expect($(el, '.done-title')!.textContent).to.contain('Đã lưu, sẽ gửi khi có mạng');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.done-title'));
    await expect(el).to.be.accessible();
    const waiting = await outboxOf(el).list();
    expect(waiting).to.have.length(1);

    net.offline = false;
    const delivered = oneEvent(el, 'motcua-submit');
    window.dispatchEvent(new Event('online'));
    const { detail } = (await delivered) as CustomEvent<SurveySubmitDetail>;
    expect(detail.queued).to.equal(false);
    expect(detail.queued === false && detail.fromOutbox).to.equal(true);
    expect(detail.idempotencyKey).to.equal(waiting[0]!.key);
    // Every try carried the one key created when send was pressed.
    expect(new Set(net.keys)).to.deep.equal(new Set([waiting[0]!.key]));
    expect(await storedCount()).to.equal(before + 1);
    expect(await outboxOf(el).list()).to.have.length(0);
    await el.updateComplete;
    expect($(el, '.done-title')!.textContent).to.contain('Đã gửi');

    // Another "online" later sends nothing more.
    window.dispatchEvent(new Event('online'));
    await aTimeout(300);
    expect(net.posts).to.equal(1);
    expect(await storedCount()).to.equal(before + 1);
  });

  it('a response queued before a reload is sent by the next page load, once', async () => {
    const name = uniqueOutbox();
    const offline = flakyClient();
    const first = await survey(offline.client, { outboxName: name });
    offline.net.offline = true;
    await answerAll(first);
    const before = await storedCount();
    const queued = oneEvent(first, 'motcua-submit');
    submit(first);
    await queued;
    const [entry] = await outboxOf(first).list();
    expect(entry).to.not.equal(undefined);
    first.remove(); // the page goes away with the response still queued

    const online = flakyClient();
    const delivered = new Promise<SurveySubmitDetail>((resolve) =>
      document.addEventListener('motcua-submit', (e) => resolve((e as CustomEvent<SurveySubmitDetail>).detail), { once: true }),
    );
    const second = await survey(online.client, { outboxName: name });
    const detail = await delivered;
    expect(detail.queued === false && detail.fromOutbox).to.equal(true);
    expect(detail.idempotencyKey).to.equal(entry!.key);
    expect(online.net.keys).to.deep.equal([entry!.key]);
    expect(await storedCount()).to.equal(before + 1);
    await waitUntil(async () => (await outboxOf(second).list()).length === 0, 'outbox emptied');
  });

  it('kiosk: thanks, counts down, then clears everything for the next citizen', async () => {
    const el = await survey(api, { kiosk: true, resetAfter: 2 });
    await answerAll(el);
    const comment = $<HTMLTextAreaElement>(el, '#comment')!;
    comment.value = 'Riêng tư';
    comment.dispatchEvent(new Event('input'));
    const sent = oneEvent(el, 'motcua-submit');
    submit(el);
    const { detail } = (await sent) as CustomEvent<SurveySubmitDetail>;
    expect(detail.queued).to.equal(false);
    await el.updateComplete;
    expect($(el, '[part=countdown]')!.textContent).to.match(/2 giây/);
    expect($(el, '.again')!.textContent).to.contain('Đánh giá mới');
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, 'form'), 'form back after the countdown', { timeout: 4000 });
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'input[type=radio]').some((r) => r.checked)).to.equal(false);
    expect($<HTMLTextAreaElement>(el, '#comment')!.value).to.equal('');
    expect(el.shadowRoot!.textContent).to.not.contain(detail.queued === false ? detail.receipt.id : 'x');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.title'));
  });

  it('kiosk with a dossier: after the reset the last citizen’s dossier is gone, even while the generic form cannot load', async () => {
    const finished = DEMO_LOOKUPS.find((d) => d.status === 10)!;
    let formsBlocked = false;
    const client = createClient({
      baseUrl: window.__MOTCUA_API__,
      retry: 0,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (formsBlocked && request.method === 'GET') throw new TypeError('Failed to fetch');
        return fetch(request);
      },
    });
    const el = await survey(client, { kiosk: true, resetAfter: 60, dossier: finished.code, lookupKey: finished.lookupKey });
    await waitUntil(() => $(el, '.dossier'), 'dossier named', { timeout: 8000 });
    expect(el.shadowRoot!.textContent).to.contain(finished.code);
    await answerAll(el);
    const sent = oneEvent(el, 'motcua-submit');
    submit(el);
    await sent;
    await el.updateComplete;
    formsBlocked = true; // the kiosk loses its network just as the next citizen steps up
    $(el, '.again')!.click();
    await el.updateComplete;
    expect(el.dossier).to.equal(undefined);
    expect([el.lookupKey, el.token], 'the last citizen’s key goes with the dossier').to.deep.equal([undefined, undefined]);
    expect(el.shadowRoot!.textContent).to.not.contain(finished.code);
    expect($(el, 'button[type=submit]'), 'nothing to send with the old form').to.equal(null);
    await waitUntil(() => $(el, '[part=error]'), 'the failed reload is shown', { timeout: 8000 });
    expect(el.shadowRoot!.textContent).to.not.contain(finished.code);
    await expect(el).to.be.accessible();
    formsBlocked = false;
    ($(el, '[part=error] button') as HTMLButtonElement).click();
    await waitUntil(() => $(el, 'form'), 'generic form back', { timeout: 8000 });
    expect($(el, '.dossier')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.not.contain(finished.code);
  });

  it('kiosk: "Đánh giá mới" resets at once', async () => {
    const el = await survey(api, { kiosk: true, resetAfter: 60 });
    await answerAll(el);
    const sent = oneEvent(el, 'motcua-submit');
    submit(el);
    await sent;
    await el.updateComplete;
    $(el, '.again')!.click();
    await el.updateComplete;
    expect($(el, 'form')).to.not.equal(null);
    expect($$<HTMLInputElement>(el, 'input[type=radio]').some((r) => r.checked)).to.equal(false);
  });

  it('a response the server refuses (422) is shown, reported, and not kept for retrying', async () => {
    // The request leaves with an answer the form does not have; the real server refuses it.
    const client = createClient({
      baseUrl: window.__MOTCUA_API__,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.method !== 'POST') return fetch(request);
        const body = (await request.json()) as { answers: Record<string, string> };
        body.answers.overall = 'maybe';
        return fetch(new Request(request, { body: JSON.stringify(body) }));
      },
    });
    const el = await survey(client);
    await answerAll(el);
    const failed = oneEvent(el, 'motcua-error');
    submit(el);
    await failed;
    await el.updateComplete;
    const summary = $(el, '.error-summary')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.textContent).to.contain('answers.overall');
    expect(summary.querySelector('a[href="#c-overall"]')).to.not.equal(null);
    expect(await outboxOf(el).list()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a form that cannot load shows an error with a retry button', async () => {
    const el = await fixture<MotcuaSatisfactionSurvey>(html`<motcua-satisfaction-survey
      .client=${createClient({ baseUrl: new URL('/api/v0', location.origin).href, retry: 0 })}
      outbox-name=${uniqueOutbox()}
    ></motcua-satisfaction-survey>`);
    await waitUntil(() => $(el, '[part=error]'), 'error shown', { timeout: 8000 });
    expect($(el, '[part=error] button')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});

// ---- the browser's real network: Playwright drops the API connection (motcua-block, see
// web-test-runner.config.mjs) and the page really reloads (the survey on its own page in an iframe).
// In this file, not one of its own, so no other test file stores responses while these count them.
const block = (pattern: string | null) => executeServerCommand('motcua-block', { pattern });

async function answerAndSend(el: MotcuaSatisfactionSurvey) {
  await answerAll(el);
  const sent = oneEvent(el, 'motcua-submit');
  submit(el);
  return ((await sent) as CustomEvent<SurveySubmitDetail>).detail;
}

describe('<motcua-satisfaction-survey> on a real network', () => {
  afterEach(async () => {
    await block(null);
  });

  it('the connection drops: queued and said so; restored: its own retry sends it, stored once', async function () {
    this.timeout(20_000); // the outbox's first retry comes 2.5–5 s after a failure
    const name = uniqueOutbox();
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
    // The server holds it under that key: sending it again changes nothing.
    const again = await api.surveys.submit(entry!.response, { idempotencyKey: entry!.key });
    expect(again.duplicate).to.equal(true);
    expect(sent.queued === false && again.id === sent.receipt.id).to.equal(true);
    expect(await storedCount()).to.equal(before + 1);
  });

  it('a response queued when the API drops the connection survives page reloads and is stored once', async function () {
    this.timeout(30_000);
    const name = uniqueOutbox();
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
      frame.src = `/test/elements/satisfaction-survey/survey-page.html?outbox=${encodeURIComponent(name)}`;
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
