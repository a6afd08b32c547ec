// A small in-memory MotcuaClient for element behaviour tests: canned data with fixed dates (no
// sample data, no clock), failures chosen per call, and look-ups that can be held open to see the
// loading state. End-to-end suites keep the real reference server; these test what an element does
// with each kind of answer.
import * as z from 'zod/mini';
import type { MotcuaClient } from '../../src/api/client.js';
import { AbortError, HttpError, NetworkError } from '../../src/api/errors.js';
import { normaliseDossierCode } from '../../src/domain/dossier-code.js';
import { normaliseLookupKey } from '../../src/domain/lookup-key.js';
import { Dossier } from '../../src/model/dossier.js';
import type { HolidayList } from '../../src/model/calendar.js';
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
export type FakeFailure = 'not-found' | 'too-many' | 'offline' | 'server-error';

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
  }
}

export interface FakeClientOptions {
  /** Dossiers the fake knows, each with its look-up key; default the in-progress one with SAMPLE_KEY. */
  dossiers?: ReadonlyArray<{ dossier: Dossier; lookupKey: string }>;
  /** Seconds a 429 asks to wait. */
  retryAfter?: number;
}

/** The fake and the handles a test steers it with. */
export interface FakeClient {
  client: MotcuaClient;
  /** Every look-up received, normalised as the SDK would send it. */
  lookups: Array<{ code: string; lookupKey: string }>;
  /** The next calls fail this way until set back to undefined. */
  failWith(kind: FakeFailure | undefined): void;
  /** Holds look-ups open until the returned function is called (to see the loading state). */
  hold(): () => void;
}

export function fakeClient(options: FakeClientOptions = {}): FakeClient {
  const known = options.dossiers ?? [{ dossier: IN_PROGRESS, lookupKey: SAMPLE_KEY }];
  const lookups: FakeClient['lookups'] = [];
  let failing: FakeFailure | undefined;
  let gate: Promise<void> = Promise.resolve();

  async function answer<T>(signal: AbortSignal | undefined, value: () => T): Promise<T> {
    await gate;
    if (signal?.aborted) throw new AbortError(signal.reason);
    if (failing) throw failure(failing, options.retryAfter);
    return value();
  }

  const notFaked = (resource: string) =>
    new Proxy({}, { get: (_, method) => () => Promise.reject(new Error(`fake client: ${resource}.${String(method)} is not faked`)) });

  const client = {
    dossiers: {
      lookup(request: { code: string; lookupKey: string }, call?: { signal?: AbortSignal }) {
        const sent = { code: normaliseDossierCode(request.code), lookupKey: normaliseLookupKey(request.lookupKey) };
        lookups.push(sent);
        return answer(call?.signal, () => {
          const hit = known.find((k) => k.dossier.code === sent.code && k.lookupKey === sent.lookupKey);
          if (!hit) throw failure('not-found');
          return structuredClone(hit.dossier);
        });
      },
    },
    calendar: {
      holidays(year: number, call?: { signal?: AbortSignal }): Promise<HolidayList> {
        // National Day 2022 (two days), so working days are counted across a real day off.
        const holidays = year === 2022 ? [{ date: '2022-09-01', name: 'Quốc khánh' }, { date: '2022-09-02', name: 'Quốc khánh' }] : [];
        return answer(call?.signal, () => ({ year, holidays, workdays: [] }));
      },
    },
    procedures: notFaked('procedures'),
    surveys: notFaked('surveys'),
    roster: notFaked('roster'),
    stats: notFaked('stats'),
    queue: notFaked('queue'),
  } as unknown as MotcuaClient;

  return {
    client,
    lookups,
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
