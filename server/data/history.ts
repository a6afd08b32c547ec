import type { Timeliness } from '../../src/model/index.js';
import { addDays, createWorkCalendar } from '../../src/calendar/index.js';
import { allHolidays } from './holidays.js';
import { createRng } from './prng.js';
import { AGENCIES } from './staff.js';

export interface DossierHistoryRow { receivedOn: string; fieldCode: string; outcome: Timeliness }
export type Satisfaction = 'very-satisfied' | 'satisfied' | 'dissatisfied';
export interface SurveyHistoryRow { createdOn: string; agency: string; overall: Satisfaction }

/**
 * Share of dossiers by field at a ward one-stop office: civil status and certification dominate.
 * Codes are those of the sample catalogue's real fields (the national field name as a slug).
 */
const FIELD_WEIGHTS: [string, number][] = [
  ['ho-tich', 24], ['chung-thuc', 22], ['dat-dai', 14], ['dang-ky-quan-ly-cu-tru', 9],
  ['thanh-lap-va-hoat-dong-doanh-nghiep-ho-kinh-doanh', 6], ['hoat-dong-xay-dung', 4],
  ['thuc-hien-chinh-sach-bhxh', 9], ['cap-quan-ly-can-cuoc', 3], ['thue', 2], ['ly-lich-tu-phap', 2],
  ['duong-bo', 1], ['nuoi-con-nuoi', 1], ['nong-nghiep', 1],
];

const AGENCY_WEIGHTS: [string, number][] = AGENCIES.map((a, i) => [a.name, i === 0 ? 10 : i === 1 ? 5 : 2]);

function threeYearsBefore(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // 29 February steps back to 28 February when the target year is not a leap year.
  const back = new Date(Date.UTC(y - 3, m - 1, d));
  if (back.getUTCMonth() !== m - 1) back.setUTCDate(0);
  return back.toISOString().slice(0, 10);
}

/**
 * Three years of received dossiers (~20,000) and evaluations (~3,000) for the statistics page.
 * On-time rate ≈ 99.5% as provincial reports show; the last weeks still have dossiers in progress.
 * Days before 2024 have no holiday data, so only weekends are skipped there.
 */
export function buildHistory(today: string): { dossierHistory: DossierHistoryRow[]; surveyHistory: SurveyHistoryRow[] } {
  const cal = createWorkCalendar(allHolidays());
  const rng = createRng(31_12_2023);
  const dossierHistory: DossierHistoryRow[] = [];
  const surveyHistory: SurveyHistoryRow[] = [];
  const recent = cal.addWorkingDays(today, -15);
  const veryRecent = cal.addWorkingDays(today, -3);
  for (let date = threeYearsBefore(today); date <= today; date = addDays(date, 1)) {
    if (!cal.isWorkingDay(date)) continue;
    const n = rng.int(15, 39);
    for (let i = 0; i < n; i++) {
      const fieldCode = rng.weighted(FIELD_WEIGHTS);
      let outcome: Timeliness;
      if (date > veryRecent) outcome = rng.chance(0.25) ? 'early' : 'in-progress';
      else if (date > recent) outcome = rng.weighted([['early', 30], ['on-time', 25], ['in-progress', 44], ['overdue', 1]] as const);
      else outcome = rng.weighted([['early', 38], ['on-time', 61.5], ['late', 0.5]] as const);
      dossierHistory.push({ receivedOn: date, fieldCode, outcome });
    }
    const m = rng.int(2, 6);
    for (let i = 0; i < m; i++) {
      surveyHistory.push({
        createdOn: date,
        agency: rng.weighted(AGENCY_WEIGHTS),
        overall: rng.weighted([['very-satisfied', 58], ['satisfied', 40], ['dissatisfied', 2]] as const),
      });
    }
  }
  return { dossierHistory, surveyHistory };
}
