// <motcua-stats> in every state, on canned figures built here (fine in stories, never in tests).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createClient } from '../src/api/client.js';
import '../src/elements/stats/stats.js';
import type { DossierCounts, SatisfactionCounts, Stats, StatsGroupBy } from '../src/model/stats.js';

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

type Variant = 'full' | 'empty' | 'no-ratings' | 'old-server';

/** Answers for one period: the shares drift a little from period to period, as real ones do. */
function ratings(responses: number, i: number): SatisfactionCounts {
  const dissatisfied = Math.round(responses * (0.005 + ((i * 7) % 5) / 200));
  const verySatisfied = Math.round(responses * (0.55 + ((i * 3) % 4) / 40));
  return { responses, verySatisfied, satisfied: responses - verySatisfied - dissatisfied, dissatisfied };
}

function cannedStats(groupBy: StatsGroupBy, variant: Variant): Stats {
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
  const rated = variant === 'full' || variant === 'old-server';
  // 880 responses spread over the periods; the totals are their sums, so every view agrees.
  const satisfactionByPeriod = list.map((period, i) => ({
    period,
    ...ratings(rated ? Math.floor(880 / list.length) + (i < 880 % list.length ? 1 : 0) : 0, i),
  }));
  const satSum = (key: keyof SatisfactionCounts) => satisfactionByPeriod.reduce((s, p) => s + p[key], 0);
  return {
    from: groupBy === 'year' ? '2023-01-01' : '2025-01-01',
    to: '2025-12-31',
    groupBy,
    totals,
    byField: variant === 'empty' ? [] : FIELDS.map(([code, name, n], i) => ({ field: { code, name }, ...counts(n, i, 20) })),
    byPeriod,
    satisfaction: {
      responses: satSum('responses'),
      verySatisfied: satSum('verySatisfied'),
      satisfied: satSum('satisfied'),
      dissatisfied: satSum('dissatisfied'),
      byAgency: rated
        ? [
            { agency: 'Trung tâm Phục vụ hành chính công tỉnh', responses: 580, verySatisfied: 358, satisfied: 210, dissatisfied: 12 },
            { agency: 'UBND phường Minh Khai', responses: 300, verySatisfied: 170, satisfied: 129, dissatisfied: 1 },
          ]
        : [],
      // Servers before 0.2 leave satisfaction by period out.
      ...(variant === 'old-server' ? {} : { byPeriod: satisfactionByPeriod }),
    },
  };
}

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
      const groupBy = (url.searchParams.get('groupBy') ?? 'month') as StatsGroupBy;
      return new Response(JSON.stringify(cannedStats(groupBy, variant)), { headers: { 'content-type': 'application/json' } });
    },
  });
}

interface Args {
  groupBy: StatsGroupBy;
  variant: Variant;
  /** Empty: the locale comes from Storybook's toolbar (it sets lang on the story root). */
  lang: '' | 'vi' | 'en';
  theme: '' | 'light' | 'dark';
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Stats',
  component: 'motcua-stats',
  args: { groupBy: 'month', variant: 'full', lang: '', theme: '', width: '100%' },
  argTypes: {
    groupBy: { control: 'inline-radio', options: ['month', 'quarter', 'year'] },
    variant: { control: 'inline-radio', options: ['full', 'empty', 'no-ratings', 'old-server'] },
    lang: { control: 'inline-radio', options: ['', 'vi', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: ({ groupBy, variant, lang, theme, width }) => html`<div lang=${ifDefined(lang || undefined)} style="max-width: ${width}">
    <motcua-stats .client=${storyClient(variant)} group-by=${groupBy} theme=${ifDefined(theme || undefined)}></motcua-stats>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const ByMonth: Story = {};
export const ByQuarter: Story = { args: { groupBy: 'quarter' } };
export const ByYear: Story = { args: { groupBy: 'year' } };
export const Empty: Story = { args: { variant: 'empty' } };
/** Dossiers but no ratings: the satisfaction section says so, with no charts. */
export const NoRatings: Story = { args: { variant: 'no-ratings' } };
/** A server before 0.2 sends no satisfaction by period: that chart and its table are left out. */
export const OlderServer: Story = { args: { variant: 'old-server' } };
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
