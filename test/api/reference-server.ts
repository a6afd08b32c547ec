/** Starts the real reference server on a free loopback port with a throw-away database. */
import { startServer } from '../../server/app.js';
import { emptyTables, sharedDatabase } from '../server/db.js';
import type { SurveyForm, SurveyResponse } from '../../src/index.js';

export interface Reference {
  url: string;
  baseUrl: string;
  close(): Promise<void>;
}

/** A fresh server on this file's shared in-memory database (emptied first). */
export async function startReference(options: Omit<Parameters<typeof startServer>[0] & object, 'port' | 'dataDir' | 'database'> = {}): Promise<Reference> {
  const database = await sharedDatabase();
  await emptyTables(database);
  const server = await startServer({ port: 0, host: '127.0.0.1', database, log: () => {}, ...options });
  return {
    url: server.url,
    baseUrl: `${server.url}/api/v1`,
    close: () => server.close(),
  };
}

/** A response the form accepts: the first option of every criterion the citizen is asked. */
export function answerAll(form: SurveyForm, pick: (index: number) => number = () => 0): SurveyResponse {
  const answers: Record<string, string> = {};
  let i = 0;
  for (const section of form.sections) {
    for (const criterion of section.criteria) {
      if (criterion.prefilled) continue;
      const option = criterion.options[pick(i++) % criterion.options.length];
      if (option) answers[criterion.id] = option.value;
    }
  }
  return { formId: form.id, formVersion: form.version, answers, channel: 'web' };
}
