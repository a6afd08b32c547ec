// Durable, append-only store of survey responses: one JSON line per response in
// <dataDir>/survey-responses.jsonl, fsync'ed before the caller answers. Idempotency keys
// are rebuilt from the file at start, and writes run one at a time so two requests with
// the same key can never both append.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, truncate, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { SurveyResponse, type SurveyReceipt } from '../src/model/index.js';
import { ApiError } from './errors.js';

export const SURVEY_FILE = 'survey-responses.jsonl';

const StoredLine = z.object({
  id: z.string().check(z.minLength(1)),
  key: z.string().check(z.minLength(1)),
  bodyHash: z.string().check(z.minLength(1)),
  receivedAt: z.string(),
  response: SurveyResponse,
});
export type StoredResponse = z.infer<typeof StoredLine>;

export interface SurveyStore {
  /** Stores the response once per key: `created` false means an earlier identical submission. */
  submit(key: string, response: SurveyResponse): Promise<{ receipt: SurveyReceipt; created: boolean }>;
  /**
   * The earlier receipt for this key and body, undefined for a new key; 409 when the key was
   * used for another body. Lets a retry be answered before the body is checked against a form
   * that may have changed since it was stored.
   */
  replay(key: string, response: SurveyResponse): Promise<SurveyReceipt | undefined>;
  /** Every stored response, oldest first. */
  all(): readonly StoredResponse[];
  close(): Promise<void>;
}

type Log = (message: string) => void;

/** Same JSON whatever the key order, so a retried body hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashBody(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('hex');
}

async function readLines(file: string, log: Log): Promise<StoredResponse[]> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const records: StoredResponse[] = [];
  let offset = 0;
  let lineNo = 0;
  while (offset < raw.length) {
    const newline = raw.indexOf(0x0a, offset);
    const end = newline === -1 ? raw.length : newline;
    const text = raw.subarray(offset, end).toString('utf8');
    lineNo++;
    let record: StoredResponse | undefined;
    try {
      const parsed = z.safeParse(StoredLine, JSON.parse(text));
      if (parsed.success) record = parsed.data;
    } catch {
      record = undefined;
    }
    if (newline === -1) {
      // Last line without its newline: a write cut short by a crash. Nobody got a receipt
      // for it, so drop it and cut it off, or the next append would glue onto it.
      log(`survey store: bỏ dòng ${lineNo} bị ghi dở (${raw.length - offset} byte) ở cuối ${file}`);
      await truncate(file, offset);
      break;
    }
    if (record) records.push(record);
    else if (text.trim() !== '') log(`survey store: bỏ qua dòng ${lineNo} không đọc được trong ${file}`);
    offset = newline + 1;
  }
  return records;
}

export async function openSurveyStore(dataDir: string, log: Log = console.warn): Promise<SurveyStore> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, SURVEY_FILE);
  const records = await readLines(file, log);
  const byKey = new Map<string, StoredResponse>();
  for (const record of records) if (!byKey.has(record.key)) byKey.set(record.key, record);

  const handle: FileHandle = await open(file, 'a');
  let size = (await handle.stat()).size;
  if (records.length === 0) {
    // A new file's directory entry must reach the disk too, or the file can vanish in a crash.
    const dir = await open(dataDir, 'r');
    try {
      await dir.sync();
    } catch {
      // Some file systems refuse fsync on directories; the file's own fsync still holds.
    } finally {
      await dir.close();
    }
  }

  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const earlier = (key: string, bodyHash: string): SurveyReceipt | undefined => {
    const seen = byKey.get(key);
    if (!seen) return undefined;
    if (seen.bodyHash !== bodyHash) {
      throw new ApiError(409, 'IDEMPOTENCY_CONFLICT', 'Khoá Idempotency-Key này đã được dùng cho một phiếu khác.', {
        details: [{ path: 'Idempotency-Key', message: 'khoá đã dùng với nội dung khác' }],
      });
    }
    return { id: seen.id, receivedAt: seen.receivedAt, duplicate: true };
  };

  const store = async (key: string, response: SurveyResponse) => {
    const bodyHash = hashBody(response);
    const seen = earlier(key, bodyHash);
    if (seen) return { receipt: seen, created: false };
    if (closed) throw new ApiError(503, 'UNAVAILABLE', 'Máy chủ đang tắt, vui lòng thử lại.');
    const record: StoredResponse = {
      id: `sv-${randomUUID()}`,
      key,
      bodyHash,
      receivedAt: new Date().toISOString(),
      response,
    };
    const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    try {
      await handle.write(line);
      await handle.sync();
    } catch (error) {
      // Cut a partial line off so later appends stay on their own lines.
      await handle.truncate(size).catch(() => undefined);
      log(`survey store: ghi thất bại: ${(error as Error).message}`);
      throw new ApiError(503, 'STORAGE_UNAVAILABLE', 'Chưa lưu được phiếu đánh giá, vui lòng thử lại.');
    }
    size += line.length;
    // Only after the line is on disk does the key count as used.
    byKey.set(key, record);
    records.push(record);
    return { receipt: { id: record.id, receivedAt: record.receivedAt, duplicate: false }, created: true };
  };

  return {
    submit(key, response) {
      const task = queue.then(() => store(key, response));
      queue = task.catch(() => undefined);
      return task;
    },
    async replay(key, response) {
      // Wait for writes already queued, so a retry racing its first attempt finds its key.
      await queue;
      return earlier(key, hashBody(response));
    },
    all: () => records,
    async close() {
      closed = true;
      await queue;
      await handle.close();
    },
  };
}
