// Responses stored by earlier versions (one JSON line each in <dataDir>/survey-responses.jsonl)
// move into the database on the first start that finds the file, keeping their ids, keys and
// receive times, so receipts already handed out still match and retries are still duplicates.
// The file is then renamed, never deleted. Safe to interrupt: a rerun skips what is in already.
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { SurveyResponse } from '../../src/model/index.js';
import { ApiError } from '../errors.js';
import { officeDate as localDay } from '../../src/domain/office-time.js';
import { agencyOfResponse, overallAnswer } from '../survey-form.js';
import type { AppState } from '../types.js';

export const SURVEY_FILE = 'survey-responses.jsonl';

const StoredLine = z.object({
  id: z.string().check(z.minLength(1)),
  key: z.string().check(z.minLength(1)),
  bodyHash: z.string().check(z.minLength(1)),
  receivedAt: z.string(),
  response: SurveyResponse,
});

export interface ImportResult {
  imported: number;
  skipped: number;
}

export async function importJsonlSurveys(dataDir: string, state: AppState, log: (m: string) => void): Promise<ImportResult | undefined> {
  const file = join(dataDir, SURVEY_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const result: ImportResult = { imported: 0, skipped: 0 };
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let parsed: z.infer<typeof StoredLine> | undefined;
    try {
      const checked = z.safeParse(StoredLine, JSON.parse(line));
      if (checked.success) parsed = checked.data;
    } catch {
      parsed = undefined;
    }
    // A torn last line or a corrupt one was never acknowledged to anyone.
    if (!parsed || Number.isNaN(Date.parse(parsed.receivedAt))) {
      result.skipped++;
      continue;
    }
    const receivedAt = new Date(parsed.receivedAt);
    const { createdAt: _clientTime, ...response } = parsed.response;
    try {
      const { created } = await state.surveys.submit({
        id: parsed.id,
        key: parsed.key,
        bodyHash: parsed.bodyHash,
        response,
        dossierCode: response.dossierCode,
        agency: agencyOfResponse(state, response),
        overall: overallAnswer(state.data.surveyForm, response),
        createdAt: receivedAt,
        localDay: localDay(receivedAt),
      });
      if (created) result.imported++;
      else result.skipped++;
    } catch (error) {
      // A second response for one dossier (allowed before): the first one stays.
      if (error instanceof ApiError && error.status === 409) result.skipped++;
      else throw error;
    }
  }
  await rename(file, `${file}.imported`);
  log(`cơ sở dữ liệu: đã chuyển ${result.imported} phiếu từ ${file} (bỏ qua ${result.skipped}); tệp cũ đổi tên thành ${SURVEY_FILE}.imported`);
  return result;
}
