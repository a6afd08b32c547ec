// POST /dossiers/lookup over OpenCPS: the PIN is checked first (the detail call with the secret),
// the step log is fetched only after it passed, personal data is dropped in the mapping, and the
// answer carries a token for the survey calls, as the reference server's does.
import { DossierLookupRequest } from '../../../src/model/index.js';
import { check, validationFailed } from '../../errors.js';
import { normalisedInput } from '../../routes/dossiers.js';
import type { Context, Reply } from '../../types.js';
import { checkSecret, handleOf, limited, type AccessDeps } from './access.js';
import { mustHave } from './client.js';
import { toDossier } from './dossier.js';

export function opencpsLookup(deps: AccessDeps) {
  return async function lookupDossier(ctx: Context): Promise<Reply> {
    // Bad input is refused before anything is counted or asked of OpenCPS.
    const parsed = check(DossierLookupRequest, normalisedInput(await ctx.body()));
    if (!parsed.ok) throw validationFailed(parsed.details);
    const { code, lookupKey } = parsed.data;
    const detail = await limited(ctx, deps, code, () => checkSecret(deps.client, code, lookupKey));
    const handle = deps.client.read(`GET /o/rest/v2/dossiers/${code}`, () => handleOf(detail));
    const logsPath = `/o/rest/v2/dossierlogs/${encodeURIComponent(handle.backendId)}/logs`;
    const logs = mustHave(`GET ${logsPath}`, await deps.client.get(logsPath));
    const dossier = deps.client.read(`GET ${logsPath}`, () => toDossier(detail, logs, ctx.state.today()));
    const access = ctx.state.tokens.issue(code);
    await deps.handles.save(code, handle, Math.max(0, Date.parse(access.expiresAt) - ctx.state.now()));
    return { body: { ...dossier, access } };
  };
}
