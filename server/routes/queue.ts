// GET /queue: the ticket machine's snapshot. GET /queue/stream: its events as Server-Sent Events,
// resumed after the `Last-Event-ID` header (browsers' EventSource) or `?lastEventId=` (no preflight).
import * as z from 'zod/mini';
import { QueueEventId } from '../../src/model/index.js';
import { ApiError } from '../errors.js';
import { parseQuery } from '../query.js';
import type { Context, Reply } from '../types.js';

export function getQueue({ state }: Context): Reply {
  return { body: state.queue.office.snapshot(state.now()) };
}

const StreamQuery = z.object({ lastEventId: z.optional(z.string()) });

function parseEventId(text: string | undefined, where: string): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = /^\d{1,15}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!QueueEventId.safeParse(value).success) {
    throw new ApiError(400, 'INVALID_QUERY', 'Mã sự kiện cuối cùng phải là số nguyên không âm.', {
      details: [{ path: where, message: 'phải là số nguyên không âm' }],
    });
  }
  return value;
}

export function streamQueue({ req, url, state }: Context): Reply {
  const query = parseQuery(url.searchParams, StreamQuery, ['lastEventId']);
  const header = req.headers['last-event-id'];
  // The header wins: it is what the browser sends on its own reconnects, newer than the URL's.
  const fromHeader = parseEventId(Array.isArray(header) ? header[0] : header, 'Last-Event-ID');
  const lastEventId = fromHeader ?? parseEventId(query.lastEventId, 'lastEventId');
  return { body: null, stream: (res) => state.queue.hub.attach(req, res, lastEventId) };
}
