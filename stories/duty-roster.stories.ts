// <motcua-duty-roster> in every state. The stories never need the reference server: each gets a
// client whose fetch answers from canned weeks built here (fine in stories, never in tests).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createClient } from '../src/api/client.js';
import { addDays, isoWeek, todayIso, weekDates } from '../src/calendar/index.js';
import '../src/elements/duty-roster/duty-roster.js';
import { shiftWeek } from '../src/elements/duty-roster/roster-week.js';
import type { DutySlot, RosterWeek } from '../src/model/index.js';

const DESKS = [
  { desk: 'Quầy 1 – Hộ tịch, Chứng thực', fields: ['Hộ tịch', 'Chứng thực'], people: ['Nguyễn Thị Thu Hà', 'Lê Minh Tuấn'] },
  { desk: 'Quầy 2 – Đất đai, Xây dựng', fields: ['Đất đai', 'Xây dựng'], people: ['Hoàng Văn Dũng', 'Phạm Thị Lan Anh'] },
  { desk: 'Quầy 3 – Kinh doanh, Đầu tư', fields: ['Công thương', 'Thuế'], people: ['Đỗ Thị Ngọc Mai', 'Vũ Đức Thắng'] },
  { desk: 'Quầy 4 – Lao động, Xã hội', fields: ['Lao động – Thương binh và Xã hội'], people: ['Bùi Thị Hương', 'Ngô Văn Hải'] },
];

type Variant = 'full' | 'partial' | 'changed' | 'holiday' | 'empty' | 'long';

function cannedWeek(week: string, variant: Variant): RosterWeek {
  const days = weekDates(week).map((date, i) => {
    const holiday = variant === 'holiday' && i === 3 ? 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' : undefined;
    const staffed = variant !== 'empty' && i < 5 && !holiday && !(variant === 'partial' && i > 1);
    const slots = (session: 'morning' | 'afternoon'): DutySlot[] =>
      DESKS.map((d, k) => {
        const name = d.people[(i + k) % 2]!;
        const slot: DutySlot = {
          desk: variant === 'long' && k === 0 ? 'Quầy 1 – Hộ tịch, Chứng thực, Nuôi con nuôi, Quốc tịch và Lý lịch tư pháp' : d.desk,
          fields: d.fields,
          officials: [
            {
              name: variant === 'long' && k === 0 ? 'Tôn Nữ Thị Phương Khanh Nguyễn Hoàng Bảo Ngọc' : name,
              title: 'Chuyên viên',
              office: variant === 'long' ? 'Phòng Kinh tế, Hạ tầng và Đô thị – Bộ phận Tiếp nhận và Trả kết quả' : 'Phòng Văn hóa – Xã hội',
              ...(k % 2 === 0 ? { phone: `0209.3870.1${k}${i}` } : {}),
            },
          ],
        };
        if (variant === 'changed' && k === 1 && i === 2) slot.officials = [{ name: 'Trần Quốc Bảo', office: 'Phòng Kinh tế, Hạ tầng và Đô thị', phone: '0209.3870.116', replaces: name }];
        if (session === 'morning' && k === 3 && i === 0) slot.officials.push({ name: 'Trịnh Thị Phương', office: 'Phòng Tư pháp' });
        return slot;
      });
    return {
      date,
      ...(holiday ? { holiday } : {}),
      sessions: staffed
        ? [
            { session: 'morning' as const, slots: slots('morning') },
            { session: 'afternoon' as const, slots: slots('afternoon') },
          ]
        : [],
    };
  });
  return {
    week,
    office: 'Trung tâm Phục vụ hành chính công phường Minh Khai',
    hours: { morning: '07:30–11:30', afternoon: '13:30–17:00' },
    days,
    updatedAt: `${addDays(weekDates(week)[0]!, -3)}T16:00:00+07:00`,
  };
}

/** A client answering /roster from canned data; `status` turns every answer into that error; `delay` in ms. */
function storyClient(variant: Variant, options: { status?: number; delay?: number } = {}) {
  return createClient({
    baseUrl: 'https://example.invalid/api/v1',
    retry: 0,
    fetch: async (input) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (options.delay) await new Promise((r) => setTimeout(r, options.delay));
      if (options.status) {
        return new Response(JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'Dịch vụ tạm thời gián đoạn.' } }), {
          status: options.status,
          headers: { 'content-type': 'application/json' },
        });
      }
      const week = url.searchParams.get('week') ?? isoWeek(todayIso());
      return new Response(JSON.stringify(cannedWeek(week, variant)), { headers: { 'content-type': 'application/json' } });
    },
  });
}

interface Args {
  variant: Variant;
  layout: 'auto' | 'grid' | 'list';
  field: string;
  /** Empty: the toolbar's language (set on the story root) applies. */
  lang: '' | 'vi' | 'en';
  theme: '' | 'light' | 'dark';
  width: string;
  /** Office time shown as "now", e.g. Wednesday 09:15 of this week. */
  nowAt: string;
}

const wednesdayNine = () => `${weekDates(isoWeek(todayIso()))[2]}T09:15:00+07:00`;

const meta: Meta<Args> = {
  title: 'Elements/Duty roster',
  component: 'motcua-duty-roster',
  args: { variant: 'full', layout: 'auto', field: '', lang: '', theme: '', width: '100%', nowAt: '' },
  argTypes: {
    variant: { control: 'select', options: ['full', 'partial', 'changed', 'holiday', 'empty', 'long'] },
    layout: { control: 'inline-radio', options: ['auto', 'grid', 'list'] },
    lang: { control: { type: 'inline-radio', labels: { '': 'toolbar' } }, options: ['', 'vi', 'en'] },
    theme: { control: { type: 'inline-radio', labels: { '': 'host page' } }, options: ['', 'light', 'dark'] },
  },
  render: ({ variant, layout, field, lang, theme, width, nowAt }) => html`<div lang=${ifDefined(lang || undefined)} style="max-width: ${width}">
    <motcua-duty-roster
      .client=${storyClient(variant)}
      .now=${nowAt ? new Date(nowAt) : undefined}
      layout=${layout}
      field=${ifDefined(field || undefined)}
      theme=${ifDefined(theme || undefined)}
    ></motcua-duty-roster>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const ThisWeek: Story = { args: { nowAt: wednesdayNine() } };
export const Changed: Story = { args: { variant: 'changed', nowAt: wednesdayNine() } };
export const PartlyPublished: Story = { args: { variant: 'partial' } };
export const Holiday: Story = { args: { variant: 'holiday' } };
export const Empty: Story = { args: { variant: 'empty' } };
export const Filtered: Story = { args: { field: 'Đất đai' } };
export const LongVietnameseText: Story = { args: { variant: 'long', layout: 'grid' } };
export const PhoneWidth: Story = { args: { variant: 'changed', width: '375px', nowAt: wednesdayNine() } };
export const ListLayout: Story = { args: { layout: 'list' } };
export const DarkTheme: Story = {
  args: { theme: 'dark', variant: 'changed', nowAt: wednesdayNine() },
  parameters: { backgrounds: { default: 'dark' } },
};
export const English: Story = { args: { lang: 'en', variant: 'changed', nowAt: wednesdayNine() } };

export const Loading: Story = {
  render: () => html`<motcua-duty-roster .client=${storyClient('full', { delay: 60_000 })}></motcua-duty-roster>`,
};
export const ServerError: Story = {
  render: () => html`<motcua-duty-roster .client=${storyClient('full', { status: 503 })}></motcua-duty-roster>`,
};
export const NoApiBase: Story = { render: () => html`<motcua-duty-roster></motcua-duty-roster>` };
export const WeekThatDoesNotExist: Story = {
  render: () => html`<motcua-duty-roster week="2025-W53" .client=${storyClient('full')}></motcua-duty-roster>`,
};
export const NextWeek: Story = {
  render: () => html`<motcua-duty-roster week=${shiftWeek(isoWeek(todayIso()), 1)} .client=${storyClient('full')}></motcua-duty-roster>`,
};
