// A small in-memory MotcuaClient for element behaviour tests: canned data with fixed dates (no
// sample data, no clock), failures chosen per call, and look-ups that can be held open to see the
// loading state. End-to-end suites keep the real reference server; these test what an element does
// with each kind of answer.
import * as z from 'zod/mini';
import type { MotcuaClient } from '../../src/api/client.js';
import { AbortError, HttpError, NetworkError } from '../../src/api/errors.js';
import type { DossierCredential, SubmitOptions } from '../../src/api/surveys.js';
import { weekDates } from '../../src/calendar/index.js';
import { normaliseDossierCode } from '../../src/domain/dossier-code.js';
import { normaliseLookupKey } from '../../src/domain/lookup-key.js';
import { Dossier } from '../../src/model/dossier.js';
import type { HolidayList } from '../../src/model/calendar.js';
import type { RosterWeek } from '../../src/model/roster.js';
import type { Stats, StatsQuery } from '../../src/model/stats.js';
import type { SurveyForm, SurveyReceipt, SurveyResponse } from '../../src/model/survey.js';
import { emptyRosterWeek, PROCEDURES, ROSTER_WEEK, STATS, SURVEY_FORM } from './fake-data.js';
import type { ProcedurePage, ProcedureQuery } from '../../src/model/procedure.js';
import { SAMPLE_CODE, SAMPLE_KEY } from '../fixtures/dossier-codes.js';

/** A dossier in progress at two agencies, fixed in 2022 so no test depends on today. */
export const IN_PROGRESS: Dossier = z.parse(Dossier, {
  code: SAMPLE_CODE,
  procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
  receivingAgency: 'Bộ phận Một cửa UBND phường Thạch Thang',
  status: 4,
  applicant: { name: 'N*** V*** A', phone: '09******12' },
  channel: 'in-person',
  receivedAt: '2022-09-21T08:15:00+07:00',
  appointmentDate: '2022-09-23',
  legalWorkingDays: 3,
  timeliness: 'in-progress',
  currentHolder: 'Công chức Tư pháp – Hộ tịch',
  timeline: [
    { title: 'Tiếp nhận hồ sơ', agency: 'Bộ phận Một cửa', state: 'done', startedAt: '2022-09-21T08:15:00+07:00', finishedAt: '2022-09-21T08:30:00+07:00' },
    { title: 'Đang xử lý', agency: 'Tư pháp – Hộ tịch', state: 'current', startedAt: '2022-09-21T08:30:00+07:00' },
    { title: 'Trả kết quả', agency: 'Bộ phận Một cửa', state: 'pending' },
  ],
  delivery: 'desk',
});

/** One way a call fails, as the real SDK reports it. */
export type FakeFailure = 'not-found' | 'too-many' | 'offline' | 'server-error' | 'invalid';

/** What the fake's 422 names as wrong, the way the reference server words a refused comment. */
export const INVALID_DETAIL = { path: 'comment', message: 'Ý kiến không được chứa số điện thoại' };

function failure(kind: FakeFailure, retryAfter = 90): Error {
  switch (kind) {
    case 'not-found':
      return new HttpError({ status: 404, body: { code: 'DOSSIER_NOT_FOUND', message: 'Không tìm thấy hồ sơ.' } });
    case 'too-many':
      return new HttpError({ status: 429, body: { code: 'TOO_MANY_ATTEMPTS', message: 'Thử lại sau.' }, retryAfter });
    case 'offline':
      return new NetworkError(new TypeError('Failed to fetch'));
    case 'server-error':
      return new HttpError({ status: 500, body: { code: 'INTERNAL_ERROR', message: 'Máy chủ gặp lỗi.' } });
    case 'invalid':
      return new HttpError({ status: 422, body: { code: 'VALIDATION_FAILED', message: 'Dữ liệu không hợp lệ.', details: [INVALID_DETAIL] } });
  }
}

export interface FakeClientOptions {
  /** Dossiers the fake knows, each with its look-up key; default the in-progress one with SAMPLE_KEY. */
  dossiers?: ReadonlyArray<{ dossier: Dossier; lookupKey: string }>;
  /** Seconds a 429 asks to wait. */
  retryAfter?: number;
  /** The survey form served; default SURVEY_FORM. */
  surveyForm?: SurveyForm;
  /** Roster weeks by ISO week; default ROSTER_WEEK. Any other week is answered as empty. */
  rosterWeeks?: readonly RosterWeek[];
  /** The statistics served for any query; default STATS. */
  stats?: Stats;
}

/** One call the fake received, other than a dossier look-up. */
export type FakeCall =
  | { method: 'surveys.form'; dossier?: string; credential: DossierCredential }
  | { method: 'surveys.submit'; response: SurveyResponse; idempotencyKey?: string; credential: DossierCredential }
  | { method: 'roster.week'; week?: string }
  | { method: 'stats.get'; query: StatsQuery }
  | { method: 'procedures.search'; query: ProcedureQuery };

/** The fake and the handles a test steers it with. */
export interface FakeClient {
  client: MotcuaClient;
  /** Every look-up received, normalised as the SDK would send it. */
  lookups: Array<{ code: string; lookupKey: string }>;
  /** Every other call received, in order. */
  calls: FakeCall[];
  /** The next calls fail this way until set back to undefined. */
  failWith(kind: FakeFailure | undefined): void;
  /** Holds look-ups open until the returned function is called (to see the loading state). */
  hold(): () => void;
}

/** Answers a call after any hold, as the SDK would: aborted, failing, or with the value. */
type Answer = <T>(signal: AbortSignal | undefined, value: () => T) => Promise<T>;

/** Fixed so no receipt depends on the clock. */
const RECEIVED_AT = '2022-09-23T10:00:00+07:00';

function fakeSurveys(options: FakeClientOptions, known: FakeClientOptions['dossiers'] & object, calls: FakeCall[], answer: Answer) {
  const form = options.surveyForm ?? SURVEY_FORM;
  const stored = new Map<string, SurveyReceipt>();
  const credentialOf = ({ lookupKey, token }: DossierCredential): DossierCredential => ({
    ...(lookupKey !== undefined ? { lookupKey: normaliseLookupKey(lookupKey) } : {}),
    ...(token !== undefined ? { token } : {}),
  });
  return {
    form(query: { dossier?: string } & DossierCredential = {}, call?: { signal?: AbortSignal }) {
      const credential = credentialOf(query);
      const dossier = query.dossier === undefined ? undefined : normaliseDossierCode(query.dossier);
      calls.push({ method: 'surveys.form', ...(dossier ? { dossier } : {}), credential });
      return answer(call?.signal, () => {
        if (!dossier) return structuredClone(form);
        const hit = known.find((k) => k.dossier.code === dossier && k.lookupKey === credential.lookupKey);
        if (!hit) throw failure('not-found');
        const { code, procedure, receivingAgency } = hit.dossier;
        return { ...structuredClone(form), dossier: { code, procedureName: procedure.name, agency: receivingAgency } };
      });
    },
    submit(response: SurveyResponse, call: SubmitOptions = {}) {
      const { idempotencyKey, signal } = call;
      calls.push({ method: 'surveys.submit', response: structuredClone(response), idempotencyKey, credential: credentialOf(call) });
      return answer(signal, () => {
        // The same key stores once, as the reference server does: a retry gets the first receipt back.
        const earlier = idempotencyKey ? stored.get(idempotencyKey) : undefined;
        if (earlier) return { ...earlier, duplicate: true };
        const receipt = { id: `PH-${stored.size + 1}`, receivedAt: RECEIVED_AT, duplicate: false };
        if (idempotencyKey) stored.set(idempotencyKey, receipt);
        return receipt;
      });
    },
  };
}

function fakeRoster(options: FakeClientOptions, calls: FakeCall[], answer: Answer) {
  const weeks = options.rosterWeeks ?? [ROSTER_WEEK];
  return {
    week(week?: string, call?: { signal?: AbortSignal }): Promise<RosterWeek> {
      calls.push({ method: 'roster.week', ...(week ? { week } : {}) });
      const shown = week ?? (weeks[0] ?? ROSTER_WEEK).week;
      return answer(call?.signal, () => structuredClone(weeks.find((w) => w.week === shown) ?? emptyRosterWeek(shown, weekDates(shown))));
    },
  };
}

function fakeStats(options: FakeClientOptions, calls: FakeCall[], answer: Answer) {
  return {
    get(query: StatsQuery = {}, call?: { signal?: AbortSignal }): Promise<Stats> {
      calls.push({ method: 'stats.get', query: { ...query } });
      return answer(call?.signal, () => structuredClone(options.stats ?? STATS));
    },
  };
}

function fakeProcedures(calls: FakeCall[], answer: Answer) {
  return {
    search(query: ProcedureQuery = {}, call?: { signal?: AbortSignal }): Promise<ProcedurePage> {
      calls.push({ method: 'procedures.search', query: { ...query } });
      return answer(call?.signal, () => {
        const q = (query.q ?? '').toLocaleLowerCase('vi');
        const hits = PROCEDURES.flatMap((p) => {
          const at = p.name.toLocaleLowerCase('vi').indexOf(q);
          return at < 0 ? [] : [{ ...structuredClone(p), highlights: q ? [[at, at + q.length] as [number, number]] : [] }];
        });
        const page = query.page ?? 1;
        const pageSize = query.pageSize ?? 10;
        const facets = { field: [], level: [], channel: [], onlineLevel: [] };
        return { items: hits.slice((page - 1) * pageSize, page * pageSize), total: hits.length, page, pageSize, facets };
      });
    },
  };
}

function fakeDossiers(known: FakeClientOptions['dossiers'] & object, lookups: FakeClient['lookups'], answer: Answer) {
  return {
    lookup(request: { code: string; lookupKey: string }, call?: { signal?: AbortSignal }) {
      const sent = { code: normaliseDossierCode(request.code), lookupKey: normaliseLookupKey(request.lookupKey) };
      lookups.push(sent);
      return answer(call?.signal, () => {
        const hit = known.find((k) => k.dossier.code === sent.code && k.lookupKey === sent.lookupKey);
        if (!hit) throw failure('not-found');
        return structuredClone(hit.dossier);
      });
    },
  };
}

function fakeCalendar(answer: Answer) {
  return {
    holidays(year: number, call?: { signal?: AbortSignal }): Promise<HolidayList> {
      // National Day 2022 (two days), so working days are counted across a real day off.
      const holidays = year === 2022 ? [{ date: '2022-09-01', name: 'Quốc khánh' }, { date: '2022-09-02', name: 'Quốc khánh' }] : [];
      return answer(call?.signal, () => ({ year, holidays, workdays: [] }));
    },
  };
}

export function fakeClient(options: FakeClientOptions = {}): FakeClient {
  const known = options.dossiers ?? [{ dossier: IN_PROGRESS, lookupKey: SAMPLE_KEY }];
  const lookups: FakeClient['lookups'] = [];
  const calls: FakeCall[] = [];
  let failing: FakeFailure | undefined;
  let gate: Promise<void> = Promise.resolve();

  const answer: Answer = async (signal, value) => {
    await gate;
    if (signal?.aborted) throw new AbortError(signal.reason);
    if (failing) throw failure(failing, options.retryAfter);
    return value();
  };

  // A method the fake does not have rejects with its name, so a test that strays says so plainly.
  const notFaked = (resource: string, faked: object = {}) =>
    new Proxy(faked, {
      get: (target, method) =>
        Reflect.get(target, method) ?? (() => Promise.reject(new Error(`fake client: ${resource}.${String(method)} is not faked`))),
    });

  const client = {
    dossiers: fakeDossiers(known, lookups, answer),
    calendar: fakeCalendar(answer),
    surveys: fakeSurveys(options, known, calls, answer),
    roster: fakeRoster(options, calls, answer),
    stats: fakeStats(options, calls, answer),
    procedures: notFaked('procedures', fakeProcedures(calls, answer)),
    queue: notFaked('queue'),
  } as unknown as MotcuaClient;

  return {
    client,
    lookups,
    calls,
    failWith(kind) {
      failing = kind;
    },
    hold() {
      let release!: () => void;
      gate = new Promise<void>((done) => (release = done));
      return () => {
        gate = Promise.resolve();
        release();
      };
    },
  };
}
