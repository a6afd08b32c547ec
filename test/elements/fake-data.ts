// Canned answers for the fake client beyond the dossier: a survey form, one roster week and a
// year of statistics, all fixed in 2022 and parsed with the model schemas at load, so a schema
// change breaks here first rather than in a confusing element test.
import * as z from 'zod/mini';
import { RosterWeek } from '../../src/model/roster.js';
import { ProcedureSummary } from '../../src/model/procedure.js';
import { Stats } from '../../src/model/stats.js';
import { SurveyForm } from '../../src/model/survey.js';

const options = z.parse(z.array(z.object({ value: z.string(), label: z.string(), tone: z.enum(['positive', 'neutral', 'negative']) })), [
  { value: 'good', label: 'Hài lòng', tone: 'positive' },
  { value: 'ok', label: 'Bình thường', tone: 'neutral' },
  { value: 'bad', label: 'Không hài lòng', tone: 'negative' },
]);

/** Two required questions and one optional one, two agencies with one official each. */
export const SURVEY_FORM: SurveyForm = z.parse(SurveyForm, {
  id: 'sipas-fake',
  version: 1,
  title: 'Đánh giá mức độ hài lòng',
  sections: [
    {
      id: 's-access',
      part: 'access',
      title: 'Tiếp cận dịch vụ',
      criteria: [
        { id: 'access', label: 'Nơi tiếp nhận hồ sơ dễ tìm', required: true, options },
        { id: 'waiting', label: 'Thời gian chờ hợp lý', required: false, options },
      ],
    },
    { id: 's-official', part: 'official', title: 'Công chức', criteria: [{ id: 'courtesy', label: 'Công chức lịch sự', required: true, options }] },
  ],
  comment: { maxLength: 200 },
  agencies: [
    { id: 'tp', name: 'Bộ phận Một cửa UBND phường Thạch Thang' },
    { id: 'hc', name: 'Bộ phận Một cửa UBND phường Hải Châu' },
  ],
  officials: [
    { id: 'o1', name: 'Trần Thị Bình', agencyId: 'tp' },
    { id: 'o2', name: 'Lê Văn Cường', agencyId: 'hc' },
  ],
});

/** ISO week 38 of 2022 (19–25 September): both desks staffed on weekdays, one stand-in. */
export const ROSTER_WEEK_ID = '2022-W38';
const dates = ['2022-09-19', '2022-09-20', '2022-09-21', '2022-09-22', '2022-09-23', '2022-09-24', '2022-09-25'];
const desk = (name: string, official: string, extra: object = {}) => ({
  desk: name,
  fields: [name === 'Quầy 1' ? 'Hộ tịch' : 'Đất đai'],
  officials: [{ name: official, office: 'UBND phường Thạch Thang', phone: '0236 3821 111', ...extra }],
});
export const ROSTER_WEEK: RosterWeek = z.parse(RosterWeek, {
  week: ROSTER_WEEK_ID,
  office: 'Bộ phận Một cửa UBND phường Thạch Thang',
  hours: { morning: '07:30–11:30', afternoon: '13:30–17:00' },
  days: dates.map((date, i) => ({
    date,
    sessions:
      i < 5
        ? [
            { session: 'morning', slots: [desk('Quầy 1', 'Trần Thị Bình'), desk('Quầy 2', 'Lê Văn Cường')] },
            {
              session: 'afternoon',
              slots: [desk('Quầy 1', i === 2 ? 'Phạm Minh Đức' : 'Trần Thị Bình', i === 2 ? { replaces: 'Trần Thị Bình' } : {}), desk('Quầy 2', 'Lê Văn Cường')],
            },
          ]
        : [],
  })),
});

/** A week nobody is on duty (what the server answers for a week not yet published). */
export function emptyRosterWeek(week: string, days: readonly string[]): RosterWeek {
  return z.parse(RosterWeek, { ...ROSTER_WEEK, week, days: days.map((date) => ({ date, sessions: [] })) });
}

const counts = (received: number, early: number, onTime: number, late: number, inProgress: number, overdue: number) => ({
  received,
  resolved: early + onTime + late,
  early,
  onTime,
  late,
  inProgress,
  overdue,
});

/** The first quarter of 2022 by month, two fields, two agencies rated. */
export const STATS: Stats = z.parse(Stats, {
  from: '2022-01-01',
  to: '2022-03-31',
  groupBy: 'month',
  totals: counts(300, 60, 200, 20, 15, 5),
  byField: [
    { field: { code: 'HT', name: 'Hộ tịch' }, ...counts(200, 50, 130, 5, 10, 5) },
    { field: { code: 'DD', name: 'Đất đai' }, ...counts(100, 10, 70, 15, 5, 0) },
  ],
  byPeriod: [
    { period: '2022-01', ...counts(90, 20, 60, 10, 0, 0) },
    { period: '2022-02', ...counts(80, 20, 55, 5, 0, 0) },
    { period: '2022-03', ...counts(130, 20, 85, 5, 15, 5) },
  ],
  satisfaction: {
    responses: 40,
    verySatisfied: 20,
    satisfied: 15,
    dissatisfied: 5,
    byAgency: [
      { agency: 'UBND phường Thạch Thang', responses: 25, verySatisfied: 15, satisfied: 8, dissatisfied: 2 },
      { agency: 'UBND phường Hải Châu', responses: 15, verySatisfied: 5, satisfied: 7, dissatisfied: 3 },
    ],
  },
});

/** The same period with nothing received and nobody rated. */
export const EMPTY_STATS: Stats = z.parse(Stats, {
  ...STATS,
  totals: counts(0, 0, 0, 0, 0, 0),
  byField: [],
  byPeriod: STATS.byPeriod.map(({ period }) => ({ period, ...counts(0, 0, 0, 0, 0, 0) })),
  satisfaction: { responses: 0, verySatisfied: 0, satisfied: 0, dissatisfied: 0, byAgency: [] },
});

/** Three hộ tịch procedures; the fake's search matches a plain substring of the name. */
export const PROCEDURES: ProcedureSummary[] = z.parse(z.array(ProcedureSummary), [
  ['1.001193', 'Đăng ký khai sinh'],
  ['1.000894', 'Đăng ký khai tử'],
  ['1.000656', 'Đăng ký kết hôn'],
].map(([code, name]) => ({ code, name, field: { code: 'HT', name: 'Hộ tịch' }, levels: ['commune'], channels: ['in-person', 'online'], processingTime: '1 ngày làm việc' })));
