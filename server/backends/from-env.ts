// BACKEND (reference | opencps) and the variables of the chosen back end, read by server/main.ts.
import type { BackendFactory } from './backend.js';
import { ConfigError, opencpsBackend, opencpsConfigFromEnv } from './opencps/index.js';

export { ConfigError };

/** The back end `env` names; undefined for the reference one (the default). */
export function backendFromEnv(env: Record<string, string | undefined>): BackendFactory | undefined {
  const name = (env.BACKEND ?? '').trim().toLowerCase();
  if (name === '' || name === 'reference') return undefined;
  if (name === 'opencps') return opencpsBackend(opencpsConfigFromEnv(env));
  throw new ConfigError(`BACKEND=${name}: chỉ nhận reference hoặc opencps / must be reference or opencps`);
}
