// The office the queue simulation models: which services the ticket machine offers, at which
// counters, how often citizens come and how long a ticket takes. Plain data, one place to change.

export interface ServiceLayout {
  id: string;
  name: string;
  counters: Array<{ id: string; name: string }>;
  /** Tickets per hour the machine issues for this service, on average. */
  perHour: number;
  /** Minutes one ticket takes at the counter: shortest and longest usual case. */
  minutes: [number, number];
}

export const DEFAULT_LAYOUT: ServiceLayout[] = [
  {
    id: 'hotich',
    name: 'Hộ tịch – Chứng thực',
    counters: [
      { id: 'Q1', name: 'Quầy 1' },
      { id: 'Q2', name: 'Quầy 2' },
    ],
    perHour: 13,
    minutes: [4, 12],
  },
  { id: 'datdai', name: 'Đất đai – Xây dựng', counters: [{ id: 'Q3', name: 'Quầy 3' }], perHour: 4, minutes: [8, 20] },
  { id: 'kinhdoanh', name: 'Đăng ký kinh doanh', counters: [{ id: 'Q4', name: 'Quầy 4' }], perHour: 5, minutes: [6, 14] },
  { id: 'ldtbxh', name: 'Lao động – Thương binh và Xã hội', counters: [{ id: 'Q5', name: 'Quầy 5' }], perHour: 5, minutes: [5, 13] },
];

/** Service `index` (0-based) prints numbers from (index + 1) × 1000 + 1: 1001, 2001 … */
export const numberBase = (index: number) => (index + 1) * 1000;
