// The OpenCPS v2 back end: the motcua contract answered from an OpenCPS portal
// (/work/shared/backends/opencps-v2.md), with what OpenCPS leaves out added in the gateway —
// PIN checks under rate limits, personal data dropped, votes forwarded once, sanitised texts.
import { createRateLimiter } from '../../rate-limit.js';
import type { Backend, BackendFactory } from '../backend.js';
import type { AccessDeps } from './access.js';
import { opencpsCalendar } from './calendar.js';
import { opencpsCatalogue } from './catalogue.js';
import { opencpsClient } from './client.js';
import type { OpencpsConfig } from './config.js';
import { opencpsFiles } from './files.js';
import { dossierHandles } from './handles.js';
import { opencpsLookup } from './lookup.js';
import { opencpsStats } from './stats.js';
import { getSurveyForm, submitSurveyResponse } from './surveys.js';

export { opencpsConfigFromEnv, ConfigError, type OpencpsConfig } from './config.js';

export function opencpsBackend(config: OpencpsConfig): BackendFactory {
  return ({ db, log, now }): Backend => {
    const client = opencpsClient(config);
    const deps: AccessDeps = {
      client,
      handles: dossierHandles(db, now),
      codeFailures: createRateLimiter(db, 'lookup-code-failures', config.codeFailures ?? { limit: 5, windowMs: 15 * 60_000 }, now),
    };
    const catalogue = opencpsCatalogue(client, config.catalogueTtlMs ?? 5 * 60_000, now, log);
    const calendar = opencpsCalendar(client, now);
    return {
      name: 'opencps',
      describe: `OpenCPS v2 ở ${new URL(config.baseUrl).origin}, groupId ${config.groupId}${config.user ? ', có tài khoản phía máy chủ' : ''}`,
      usesSampleData: false,
      ...catalogue,
      lookupDossier: opencpsLookup(deps),
      getHolidays: calendar.getHolidays,
      getRoster: calendar.getRoster,
      getSurveyForm: (ctx) => getSurveyForm(ctx, deps),
      submitSurveyResponse: (ctx) => submitSurveyResponse(ctx, deps),
      getStats: opencpsStats(client, now),
      files: opencpsFiles(client),
    };
  };
}
