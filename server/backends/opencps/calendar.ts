// Holidays and working hours (§5). The holiday list loses `holidayType` (not indexed, so always
// 0), which would make a Saturday make-up working day look like a day off; each listed date is
// therefore asked for by itself (`/holidays/{yyyyMMdd}` has the real type), and only when that
// fails is a weekend date taken for a make-up working day. OpenCPS has no duty roster: the
// gateway answers the week's empty frame with the site's holidays and office hours.
import * as z from 'zod/mini';
import { isoWeek, weekDates } from '../../../src/calendar/index.js';
import { IsoWeek, type CalendarDay, type HolidayList } from '../../../src/model/index.js';
import { parseQuery } from '../../query.js';
import { getRoster as referenceRoster } from '../../routes/roster.js';
import type { Context, Reply } from '../../types.js';
import { mustHave, type OpencpsClient } from './client.js';
import { count, date, items, obj, text } from './read.js';

const HolidayQuery = z.object({ year: z.string().check(z.regex(/^\d{4}$/, 'năm gồm đúng 4 chữ số (ví dụ 2025)')) });
const TTL_MS = 60 * 60_000;

async function realType(client: OpencpsClient, day: string, listed: number): Promise<number> {
  if (listed !== 0) return listed;
  const path = `/o/rest/v2/holidays/${day.replaceAll('-', '')}`;
  const result = await client.get(path);
  if (result.ok) return client.read(`GET ${path}`, () => count(obj(result.body, 'body').holidayType, 'holidayType'));
  // No per-date answer: a weekend date in the list can only be a make-up working day.
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 ? 1 : 0;
}

function weekYears(ctx: Context): number[] {
  const week = ctx.url.searchParams.get('week')?.trim() || isoWeek(ctx.state.today());
  if (!IsoWeek.safeParse(week).success) return [];
  try {
    return weekDates(week).map((d) => Number(d.slice(0, 4)));
  } catch {
    return [];
  }
}

export function opencpsCalendar(client: OpencpsClient, now: () => number) {
  const years = new Map<number, { at: number; list: Promise<HolidayList> }>();
  let hours: { at: number; value: Promise<{ morning: string; afternoon: string }> } | undefined;

  async function load(year: number): Promise<HolidayList> {
    const path = '/o/rest/v2/holidays';
    const body = mustHave(`GET ${path}`, await client.get(path, { year: String(year), sort: 'holidayDate', start: '0', end: '0' }));
    const rows = client.read(`GET ${path}`, () =>
      items(obj(body, 'body').data, 'data').map((h, i) => ({
        date: date(h.holidayDate, `data[${i}].holidayDate`)?.date ?? '',
        name: text(h.description, `data[${i}].description`).trim() || 'Ngày nghỉ',
        type: count(h.holidayType ?? 0, `data[${i}].holidayType`),
      })),
    );
    const typed = await Promise.all(rows.filter((r) => r.date.startsWith(String(year))).map(async (r) => ({ ...r, type: await realType(client, r.date, r.type) })));
    const pick = (type: number): CalendarDay[] => typed.filter((r) => r.type === type).map(({ date: d, name }) => ({ date: d, name })).sort((a, b) => a.date.localeCompare(b.date));
    return { year, holidays: pick(0), workdays: pick(1) };
  }

  function holidays(year: number): Promise<HolidayList> {
    const cached = years.get(year);
    if (cached && now() - cached.at < TTL_MS) return cached.list;
    const list = load(year);
    years.set(year, { at: now(), list });
    list.catch(() => years.delete(year));
    return list;
  }

  /** Monday's hours (Java day 2), "07:30-11:30,13:00-17:00", as the roster shows them. */
  async function loadHours() {
    const path = '/o/rest/v2/worktimes';
    const body = mustHave(`GET ${path}`, await client.get(path, { start: '0', end: '0' }));
    return client.read(`GET ${path}`, () => {
      const monday = items(obj(body, 'body').data, 'data').find((w) => count(w.day, 'day') === 2);
      const [morning = '', afternoon = ''] = text(monday?.hours, 'hours').split(',').map((s) => s.trim().replace('-', '–'));
      return { morning, afternoon };
    });
  }

  return {
    async getHolidays({ url }: Context): Promise<Reply> {
      const { year } = parseQuery(url.searchParams, HolidayQuery, ['year']);
      return { body: await holidays(Number(year)) };
    },
    async getRoster(ctx: Context): Promise<Reply> {
      if (!hours || now() - hours.at > TTL_MS) {
        const value = loadHours();
        hours = { at: now(), value };
        value.catch(() => (hours = undefined));
      }
      // The years the week's days fall in (a week may straddle New Year); a malformed week gets the
      // reference's 400 below without any call to OpenCPS.
      const lists = await Promise.all([...new Set(weekYears(ctx))].map(holidays));
      const frame = { week: '2000-W01', office: 'Bộ phận Một cửa', hours: await hours.value, days: [] };
      const state = { ...ctx.state, roster: new Map(), holidays: new Map(lists.map((l) => [l.year, l])), data: { ...ctx.state.data, rosterWeeks: [frame] } };
      return referenceRoster({ ...ctx, state });
    },
  };
}
