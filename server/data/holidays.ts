import type { CalendarDay, HolidayList } from '../../src/model/index.js';

// Public holidays for public servants (cán bộ, công chức, viên chức), 2024–2027.
// 2024 and 2025 follow the Prime Minister's approvals announced by the Ministry of Labour – Invalids
// and Social Affairs (later the Ministry of Home Affairs) as best we know them, including swapped days.
// 2026: Tết Nguyên đán as announced (14/2–22/2/2026, no swap); for the other holidays of 2026 and for
// all of 2027 we do not know a decision, so they are the statutory days of Labour Code 2019 (Art. 112),
// with a holiday falling on a weekend moved to the next working day (compensatory day), and the
// 2/9 adjacent day assumed. Replace these when the year's decision is published.

const day = (date: string, name: string): CalendarDay => ({ date, name });

function span(from: string, to: string, name: string): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(day(new Date(t).toISOString().slice(0, 10), name));
  }
  return out;
}

const NEW_YEAR = 'Tết Dương lịch';
const TET = 'Tết Nguyên đán';
const HUNG = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const REUNIFICATION = 'Ngày Chiến thắng (30/4)';
const LABOUR = 'Ngày Quốc tế Lao động (1/5)';
const NATIONAL = 'Quốc khánh (2/9)';

export const HOLIDAYS: HolidayList[] = [
  {
    year: 2024,
    holidays: [
      day('2024-01-01', NEW_YEAR),
      ...span('2024-02-08', '2024-02-14', `${TET} Giáp Thìn`),
      day('2024-04-18', HUNG),
      day('2024-04-27', `${REUNIFICATION} – nghỉ hoán đổi`),
      day('2024-04-28', `${REUNIFICATION} – nghỉ hoán đổi`),
      day('2024-04-29', `${REUNIFICATION} – nghỉ hoán đổi (làm bù thứ Bảy 04/5)`),
      day('2024-04-30', REUNIFICATION),
      day('2024-05-01', LABOUR),
      day('2024-08-31', NATIONAL),
      day('2024-09-01', NATIONAL),
      day('2024-09-02', NATIONAL),
      day('2024-09-03', `${NATIONAL} – ngày liền kề`),
    ],
    workdays: [day('2024-05-04', 'Làm bù cho ngày nghỉ 29/4/2024')],
  },
  {
    year: 2025,
    holidays: [
      day('2025-01-01', NEW_YEAR),
      ...span('2025-01-25', '2025-02-02', `${TET} Ất Tỵ`),
      ...span('2025-04-05', '2025-04-07', HUNG),
      day('2025-04-30', REUNIFICATION),
      day('2025-05-01', LABOUR),
      day('2025-05-02', `${LABOUR} – nghỉ hoán đổi (làm bù thứ Bảy 26/4)`),
      day('2025-05-03', LABOUR),
      day('2025-05-04', LABOUR),
      day('2025-08-30', NATIONAL),
      day('2025-08-31', NATIONAL),
      day('2025-09-01', `${NATIONAL} – ngày liền kề`),
      day('2025-09-02', NATIONAL),
    ],
    workdays: [
      day('2025-02-08', 'Làm bù cho ngày nghỉ Tết Nguyên đán 27/1/2025'),
      day('2025-04-26', 'Làm bù cho ngày nghỉ 02/5/2025'),
    ],
  },
  {
    year: 2026,
    holidays: [
      day('2026-01-01', NEW_YEAR),
      ...span('2026-02-14', '2026-02-22', `${TET} Bính Ngọ`),
      // 10/3 Bính Ngọ is Sunday 26/4/2026: compensatory day Monday 27/4 (statutory rule).
      day('2026-04-26', HUNG),
      day('2026-04-27', `${HUNG} – nghỉ bù`),
      day('2026-04-30', REUNIFICATION),
      day('2026-05-01', LABOUR),
      day('2026-09-01', `${NATIONAL} – ngày liền kề (giả định)`),
      day('2026-09-02', NATIONAL),
    ],
    workdays: [],
  },
  {
    year: 2027,
    holidays: [
      day('2027-01-01', NEW_YEAR),
      // Tết Đinh Mùi falls on Saturday 6/2/2027: five statutory days taken as Thursday 4/2 to Wednesday 10/2.
      ...span('2027-02-04', '2027-02-10', `${TET} Đinh Mùi`),
      day('2027-04-16', HUNG),
      day('2027-04-30', REUNIFICATION),
      day('2027-05-01', LABOUR),
      day('2027-05-03', `${LABOUR} – nghỉ bù`),
      day('2027-09-02', NATIONAL),
      day('2027-09-03', `${NATIONAL} – ngày liền kề (giả định)`),
    ],
    workdays: [],
  },
];

/** Every year's days off and swapped working days in one calendar, for working-day arithmetic. */
export function allHolidays(): { holidays: CalendarDay[]; workdays: CalendarDay[] } {
  return {
    holidays: HOLIDAYS.flatMap((y) => y.holidays),
    workdays: HOLIDAYS.flatMap((y) => y.workdays),
  };
}
