// §5: holidays (list loses the type; the per-date call has it) and working hours.
import type { SimAnswer, SimRequest } from './context.js';
import { formatDate } from './format.js';
import { HOLIDAYS, WORKTIMES } from './seed.js';

const model = (req: SimRequest, h: (typeof HOLIDAYS)[number], listed: boolean) => ({
  holidayDate: formatDate(h.date, 'epoch-string', req.quirks),
  description: h.description,
  // holidayType is not indexed, so the list mapper leaves it at 0.
  holidayType: listed && req.quirks.holidayListLosesType ? 0 : h.type,
});

export function listHolidays(req: SimRequest): SimAnswer {
  const year = req.query.get('year');
  const rows = req.inGroup ? HOLIDAYS.filter((h) => !year || h.date.startsWith(year)) : [];
  return { status: 200, json: { total: rows.length, data: rows.map((h) => model(req, h, true)) }, jaxb: true };
}

export function holidayOn(req: SimRequest, yyyymmdd: string): SimAnswer {
  const h = req.quirks.noHolidayByDate ? undefined : HOLIDAYS.find((x) => x.date.replaceAll('-', '') === yyyymmdd);
  if (!h) return { status: 404, json: { message: 'Not Found', code: 404, description: `holiday ${yyyymmdd}` } };
  return { status: 200, json: model(req, h, false), jaxb: true };
}

export function listWorktimes(req: SimRequest): SimAnswer {
  const rows = req.inGroup ? WORKTIMES : [];
  return { status: 200, json: { total: rows.length, data: rows }, jaxb: true };
}
