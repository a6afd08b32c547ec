// <motcua-satisfaction-survey> in every state. No server: each story gives the element a client
// whose `fetch` answers from canned data (offline, slow, failing, refusing as the story needs),
// and a memory outbox so nothing is kept between stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createClient } from '../src/api/client.js';
import '../src/elements/satisfaction-survey/satisfaction-survey.js';
import type { MotcuaSatisfactionSurvey } from '../src/elements/satisfaction-survey/satisfaction-survey.component.js';
import { Outbox } from '../src/elements/satisfaction-survey/outbox.js';
import { memoryStorage } from '../src/elements/satisfaction-survey/outbox-storage.js';
import type { SurveyForm } from '../src/model/index.js';
import { buildSurveyForm } from '../server/data/survey-form.js';

type Mode = 'ok' | 'offline' | 'slow' | 'sending' | 'form-error' | 'reject';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function cannedClient(mode: Mode, form: SurveyForm) {
  return createClient({
    baseUrl: 'https://motcua.example.gov.vn/api/v1',
    retry: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const path = new URL(request.url).pathname;
      if (mode === 'slow') await new Promise(() => undefined);
      if (path.endsWith('/surveys/form')) {
        if (mode === 'form-error') return json(503, { error: { code: 'UNAVAILABLE', message: 'Máy chủ đang bảo trì.' } });
        return json(200, form);
      }
      if (mode === 'offline') throw new TypeError('Failed to fetch');
      if (mode === 'sending') await new Promise(() => undefined); // the answer never comes
      if (mode === 'reject') {
        return json(422, { error: { code: 'VALIDATION_FAILED', message: 'Dữ liệu không hợp lệ.', details: [{ path: 'answers.overall', message: 'chưa trả lời "Mức độ hài lòng chung"' }] } });
      }
      return json(201, { id: 'sv-3f2a9c', receivedAt: new Date().toISOString(), duplicate: false });
    },
  });
}

const generic = buildSurveyForm();
const dossierForm: SurveyForm = {
  ...generic,
  dossier: { code: '000.00.53.H48-250901-0099', procedureName: 'Đăng ký khai sinh', agency: generic.agencies[0]!.name },
  sections: generic.sections.map((s) => ({
    ...s,
    criteria: s.criteria.map((c) => (c.id === 'time' ? { ...c, prefilled: { value: 'early', source: 'Hồ sơ 000.00.53.H48-250901-0099' } } : c)),
  })),
};
const longForm: SurveyForm = {
  ...generic,
  title: 'Phiếu khảo sát, đánh giá mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tại Trung tâm Phục vụ hành chính công tỉnh',
  sections: generic.sections.map((s) => ({
    ...s,
    criteria: s.criteria.map((c) => ({
      ...c,
      label: `${c.label} (bao gồm cả thời gian chờ đợi tại Bộ phận Một cửa, thời gian bổ sung hồ sơ và thời gian liên thông giữa các cơ quan chuyên môn)`,
    })),
  })),
};

interface Args {
  mode: Mode;
  /** The form the canned API serves (not `form`: that name is one of the element's CSS parts). */
  surveyForm: SurveyForm;
  kiosk: boolean;
  theme?: '' | 'light' | 'dark';
  lang?: '' | 'vi' | 'en';
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Satisfaction survey',
  component: 'motcua-satisfaction-survey',
  args: { mode: 'ok', surveyForm: generic, kiosk: false },
  argTypes: {
    mode: { control: 'select', options: ['ok', 'offline', 'slow', 'sending', 'form-error', 'reject'] },
    surveyForm: { control: false },
    // Unset: the toolbar's language and the host page's colours apply.
    lang: { control: { type: 'inline-radio', labels: { '': 'toolbar' } }, options: ['', 'vi', 'en'] },
    theme: { control: { type: 'inline-radio', labels: { '': 'host page' } }, options: ['', 'light', 'dark'] },
    width: { control: 'text' },
  },
  render: ({ mode, surveyForm, kiosk, theme, lang, width }, { loaded }) => html`<div lang=${ifDefined(lang || undefined)} style=${ifDefined(width ? `max-width: ${width}` : undefined)}>
    <motcua-satisfaction-survey
      .client=${cannedClient(mode, surveyForm)}
      .outbox=${(loaded['outbox'] as Outbox | undefined) ?? new Outbox(memoryStorage())}
      ?kiosk=${kiosk}
      reset-after="30"
      theme=${ifDefined(theme || undefined)}
    ></motcua-satisfaction-survey>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const el = (canvas: HTMLElement) => canvas.querySelector<MotcuaSatisfactionSurvey>('motcua-satisfaction-survey')!;
async function formReady(canvas: HTMLElement) {
  const survey = el(canvas);
  for (let i = 0; i < 100 && !survey.shadowRoot?.querySelector('form'); i++) await new Promise((r) => setTimeout(r, 20));
  return survey;
}
async function answerAndSend(canvas: HTMLElement) {
  const survey = await formReady(canvas);
  for (const group of survey.shadowRoot!.querySelectorAll('fieldset.criterion')) group.querySelector('input')?.click();
  await survey.updateComplete;
  survey.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

/** The generic form: five SIPAS parts, large choices with emoji, colour and text. */
export const Form: Story = {};

/** For a dossier: the dossier is named and its timeliness is shown as known, not asked. */
export const ForDossier: Story = { args: { surveyForm: dossierForm } };

/** Waiting for the form. */
export const Loading: Story = { args: { mode: 'slow' } };

/** The form could not load: an error with a retry button. */
export const FormError: Story = { args: { mode: 'form-error' } };

/** Sent with nothing answered: the error summary at the top, linked to each question. */
export const RequiredErrors: Story = {
  play: async ({ canvasElement }) => {
    const survey = await formReady(canvasElement);
    survey.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  },
};

/** Sent and stored: "Đã gửi". */
export const Sent: Story = { play: ({ canvasElement }) => answerAndSend(canvasElement) };

/** No network: "Đã lưu, sẽ gửi khi có mạng"; the response waits in the outbox. */
export const Queued: Story = { args: { mode: 'offline' }, play: ({ canvasElement }) => answerAndSend(canvasElement) };

/** The server refused the response (422): shown at the top, linked to the field. */
export const Rejected: Story = { args: { mode: 'reject' }, play: ({ canvasElement }) => answerAndSend(canvasElement) };

/** Kiosk: bigger targets; after sending, a countdown and "Đánh giá mới". */
export const KioskThanks: Story = { args: { kiosk: true }, play: ({ canvasElement }) => answerAndSend(canvasElement) };

/** Long Vietnamese titles and questions wrap without breaking the layout. */
export const LongText: Story = { args: { surveyForm: longForm } };

/** Phone width: one choice per row, full-width buttons. */
export const Phone: Story = { args: { width: '360px', surveyForm: dossierForm } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** English interface (the form's own texts come from the API). */
export const English: Story = { args: { lang: 'en' } };

/** Sending: the answer has not come back yet; the button says so and cannot be pressed twice. */
export const Sending: Story = { args: { mode: 'sending' }, play: ({ canvasElement }) => answerAndSend(canvasElement) };

/** Responses from earlier visits still waiting on this device for the network: the banner counts them. */
export const Waiting: Story = {
  args: { mode: 'offline' },
  loaders: [
    async () => {
      const outbox = new Outbox(memoryStorage());
      const answers = Object.fromEntries(generic.sections.flatMap((s) => s.criteria).filter((c) => c.required).map((c) => [c.id, c.options[0]!.value]));
      for (let i = 0; i < 2; i++) await outbox.add({ formId: generic.id, formVersion: generic.version, answers, channel: 'web' });
      return { outbox };
    },
  ],
};
