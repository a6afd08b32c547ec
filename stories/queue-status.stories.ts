// <motcua-queue-status> in every state. The stories never need the reference server: each gets a
// client whose fetch answers from a canned snapshot and streams canned calls (fine in stories,
// never in tests).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createClient } from '../src/api/client.js';
import '../src/elements/queue-status/queue-status.js';
import type { QueueEvent, QueueSnapshot } from '../src/model/index.js';

type Variant = 'open' | 'closed' | 'holiday' | 'early' | 'long';

function cannedSnapshot(variant: Variant): QueueSnapshot {
  const early = variant === 'early' || variant === 'holiday';
  const service = (id: string, name: string, first: number, counters: string[], called: number, waiting: number) => ({
    id,
    name,
    firstNumber: first,
    counters: counters.map((c, i) => ({ id: c, name: `Quầy ${c.slice(1)}`, serving: early ? null : first + called - i })),
    lastIssued: early ? null : first + called + waiting,
    lastCalled: early ? null : first + called,
    waiting: early ? 0 : waiting,
    serviceMinutes: early ? null : { min: 5, max: 9 },
    estimate: early ? null : { min: Math.floor((waiting / counters.length) * 5), max: Math.ceil((waiting / counters.length) * 9) },
  });
  return {
    office: variant === 'long' ? 'Trung tâm Phục vụ hành chính công tỉnh Thừa Thiên Huế – Chi nhánh phường Thuận Hóa' : 'Bộ phận Một cửa phường Minh Khai',
    date: '2025-09-15',
    asOf: '2025-09-15T10:12:00+07:00',
    open: variant === 'open' || variant === 'long',
    ...(variant === 'closed' ? { closedReason: 'outside-hours' as const, opensAt: '2025-09-15T13:30:00+07:00' } : {}),
    ...(variant === 'holiday' ? { closedReason: 'holiday' as const, holiday: 'Quốc khánh', opensAt: '2025-09-03T07:30:00+07:00' } : {}),
    ...(variant === 'early' ? { closedReason: 'outside-hours' as const, opensAt: '2025-09-15T07:30:00+07:00' } : {}),
    hours: { morning: '07:30–11:30', afternoon: '13:30–17:00' },
    services: [
      service('hotich', variant === 'long' ? 'Hộ tịch, Chứng thực, Nuôi con nuôi, Quốc tịch và Lý lịch tư pháp' : 'Hộ tịch – Chứng thực', 1001, ['Q1', 'Q2'], 34, 6),
      service('datdai', 'Đất đai – Xây dựng', 2001, ['Q3'], 9, 2),
      service('kinhdoanh', 'Đăng ký kinh doanh', 3001, ['Q4'], 11, 0),
      service('ldtbxh', 'Lao động – Thương binh và Xã hội', 4001, ['Q5'], 12, 3),
    ],
    lastEventId: 100,
  };
}

/** A client whose /queue is the canned snapshot and whose stream calls the next number every 3 s. */
function storyClient(variant: Variant, options: { delay?: number; status?: number; code?: string } = {}) {
  return createClient({
    baseUrl: 'https://story.invalid/api/v1',
    retry: 0,
    fetch: async (input) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (options.delay) await new Promise((r) => setTimeout(r, options.delay));
      if (options.status) {
        return new Response(JSON.stringify({ error: { code: options.code ?? 'UNAVAILABLE', message: 'Dịch vụ tạm thời gián đoạn.' } }), { status: options.status, headers: { 'content-type': 'application/json' } });
      }
      const snapshot = cannedSnapshot(variant);
      if (!url.pathname.endsWith('/stream')) return new Response(JSON.stringify(snapshot), { headers: { 'content-type': 'application/json' } });
      return new Response(cannedStream(snapshot, variant === 'open' || variant === 'long'), { headers: { 'content-type': 'text/event-stream' } });
    },
  });
}

function cannedStream(snapshot: QueueSnapshot, calling: boolean): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setInterval>;
  let id = snapshot.lastEventId;
  const hotich = snapshot.services[0]!;
  let next = (hotich.lastCalled ?? 1000) + 1;
  return new ReadableStream({
    start(controller) {
      if (!calling) return;
      timer = setInterval(() => {
        const event: QueueEvent = { id: ++id, type: 'called', at: snapshot.asOf, service: 'hotich', counter: id % 2 ? 'Q1' : 'Q2', number: next++, waiting: 5 };
        controller.enqueue(encoder.encode(`id: ${event.id}\nevent: called\ndata: ${JSON.stringify(event)}\n\n`));
      }, 3_000);
    },
    cancel() {
      clearInterval(timer);
    },
  });
}

type Args = { variant: Variant; mode: 'status' | 'display'; ticket?: number; lang: string; theme: string; width: string };

const meta: Meta<Args> = {
  title: 'Elements/Queue status',
  component: 'motcua-queue-status',
  args: { variant: 'open', mode: 'status', lang: '', theme: '', width: '100%' },
  argTypes: {
    variant: { control: 'select', options: ['open', 'closed', 'holiday', 'early', 'long'] },
    mode: { control: 'inline-radio', options: ['status', 'display'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: ({ variant, mode, ticket, lang, theme, width }) => html`<div lang=${ifDefined(lang || undefined)} style="max-width: ${width}">
    <motcua-queue-status mode=${mode} ticket=${ifDefined(ticket)} theme=${ifDefined(theme || undefined)} .client=${storyClient(variant)}></motcua-queue-status>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Open: Story = {};
export const Closed: Story = { args: { variant: 'closed' } };
export const Holiday: Story = { args: { variant: 'holiday' } };
export const BeforeOpening: Story = { args: { variant: 'early' } };
export const MyTicketWaiting: Story = { args: { ticket: 1039 } };
export const MyTicketNext: Story = { args: { ticket: 1035 } };
export const YourTurn: Story = { args: { ticket: 1034 } };
export const TicketAlreadyCalled: Story = { args: { ticket: 1020 } };
export const TicketNotIssued: Story = { args: { ticket: 1090 } };
export const LongVietnameseText: Story = { args: { variant: 'long' } };
export const PhoneWidth: Story = { args: { width: '320px', ticket: 1039 } };
export const DarkTheme: Story = { args: { theme: 'dark', ticket: 1039 } };
export const English: Story = { args: { lang: 'en', ticket: 1039 } };
export const DisplayBoard: Story = { args: { mode: 'display' }, parameters: { layout: 'fullscreen' } };
export const DisplayBoardClosed: Story = { args: { mode: 'display', variant: 'closed' }, parameters: { layout: 'fullscreen' } };
export const DisplayBoardDark: Story = { args: { mode: 'display', theme: 'dark' }, parameters: { layout: 'fullscreen' } };
export const Loading: Story = { render: () => html`<motcua-queue-status .client=${storyClient('open', { delay: 60_000 })}></motcua-queue-status>` };
export const ServerError: Story = { render: () => html`<motcua-queue-status .client=${storyClient('open', { status: 503 })}></motcua-queue-status>` };
/** The back end has no ticket machine (an OpenCPS gateway answers 404 QUEUE_NOT_AVAILABLE): said plainly, no retry. */
export const NoTicketMachine: Story = { render: () => html`<motcua-queue-status .client=${storyClient('open', { status: 404, code: 'QUEUE_NOT_AVAILABLE' })}></motcua-queue-status>` };
export const NoApiBase: Story = { render: () => html`<motcua-queue-status></motcua-queue-status>` };
