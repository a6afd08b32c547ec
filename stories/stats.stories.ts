// <motcua-stats> in every state, on canned figures built here (fine in stories, never in tests).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createClient } from '../src/api/client.js';
import '../src/elements/stats/stats.js';
import type { DossierCounts, Stats, StatsGroupBy } from '../src/model/stats.js';

const FIELDS = [
  ['ho-tich', 'Hộ tịch', 1400],
  ['chung-thuc', 'Chứng thực', 1390],
  ['dat-dai', 'Đất đai', 870],
  ['dkkd', 'Thành lập và hoạt động doanh nghiệp, hộ kinh doanh', 390],
  ['ldtbxh', 'Lao động – Thương binh và Xã hội', 300],
  ['xay-dung', 'Xây dựng', 250],
] as const;

function counts(received: number, seed: number, open = 0): DossierCounts {
  const late = Math.round(received * (0.002 + (seed % 5) / 1000));
  const inProgress = Math.min(received - late, open);
  const overdue = open > 0 ? Math.round(open / 40) : 0;
  const resolved = received - inProgress - overdue;
  const early = Math.round((resolved - late) * 0.38);
  return { received, resolved, early, onTime: resolved - late - early, late, inProgress, overdue };
}

function periods(groupBy: StatsGroupBy): string[] {
  if (groupBy === 'year') return ['2023', '2024', '2025'];
  if (groupBy === 'quarter') return ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
  return Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
}

function cannedStats(groupBy: StatsGroupBy, variant: 'full' | 'empty'): Stats {
  const list = periods(groupBy);
  const byPeriod = list.map((period, i) => ({
    period,
    ...(variant === 'empty' ? counts(0, 0) : counts(groupBy === 'month' ? 420 + ((i * 97) % 230) : groupBy === 'quarter' ? 1500 + i * 90 : 5400 + i * 400, i, i === list.length - 1 ? 240 : 0)),
  }));
  const sum = (key: keyof DossierCounts) => byPeriod.reduce((s, p) => s + p[key], 0);
  const totals: DossierCounts = {
    received: sum('received'), resolved: sum('resolved'), early: sum('early'), onTime: sum('onTime'),
    late: sum('late'), inProgress: sum('inProgress'), overdue: sum('overdue'),
  };
  const responses = variant === 'empty' ? 0 : 880;
  return {
    from: groupBy === 'year' ? '2023-01-01' : '2025-01-01',
    to: '2025-12-31',
    groupBy,
    totals,
    byField: variant === 'empty' ? [] : FIELDS.map(([code, name, n], i) => ({ field: { code, name }, ...counts(n, i, 20) })),
    byPeriod,
    satisfaction: {
      responses,
      verySatisfied: Math.round(responses * 0.6),
      satisfied: Math.round(responses * 0.385),
      dissatisfied: responses - Math.round(responses * 0.6) - Math.round(responses * 0.385),
      byAgency:
        variant === 'empty'
          ? []
          : [
              { agency: 'UBND phường Minh Khai', responses: 300, verySatisfied: 170, satisfied: 129, dissatisfied: 1 },
              { agency: 'Trung tâm Phục vụ hành chính công tỉnh', responses: 580, verySatisfied: 358, satisfied: 210, dissatisfied: 12 },
            ],
    },
  };
}

function storyClient(variant: 'full' | 'empty', options: { status?: number; delay?: number } = {}) {
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
      const groupBy = (url.searchParams.get('groupBy') ?? 'month') as StatsGroupBy;
      return new Response(JSON.stringify(cannedStats(groupBy, variant)), { headers: { 'content-type': 'application/json' } });
    },
  });
}

interface Args {
  groupBy: StatsGroupBy;
  variant: 'full' | 'empty';
  lang: string;
  theme: '' | 'light' | 'dark';
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Stats',
  component: 'motcua-stats',
  args: { groupBy: 'month', variant: 'full', lang: 'vi', theme: '', width: '100%' },
  argTypes: {
    groupBy: { control: 'inline-radio', options: ['month', 'quarter', 'year'] },
    variant: { control: 'inline-radio', options: ['full', 'empty'] },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: ({ groupBy, variant, lang, theme, width }) => html`<div lang=${lang} style="max-width: ${width}">
    <motcua-stats .client=${storyClient(variant)} group-by=${groupBy} theme=${ifDefined(theme || undefined)}></motcua-stats>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const ByMonth: Story = {};
export const ByQuarter: Story = { args: { groupBy: 'quarter' } };
export const ByYear: Story = { args: { groupBy: 'year' } };
export const Empty: Story = { args: { variant: 'empty' } };
export const PhoneWidth: Story = { args: { width: '375px' } };
export const DarkTheme: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const English: Story = { args: { lang: 'en', groupBy: 'quarter' } };
export const LongVietnameseText: Story = {
  render: () => html`<div style="max-width: 40rem"><motcua-stats .client=${storyClient('full')}></motcua-stats></div>`,
};
export const Loading: Story = {
  render: () => html`<motcua-stats .client=${storyClient('full', { delay: 60_000 })}></motcua-stats>`,
};
export const ServerError: Story = {
  render: () => html`<motcua-stats .client=${storyClient('full', { status: 503 })}></motcua-stats>`,
};
