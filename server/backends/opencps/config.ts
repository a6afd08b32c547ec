// How the gateway reaches an OpenCPS v2 portal: BACKEND=opencps, OPENCPS_URL, OPENCPS_GROUP_ID,
// and optionally OPENCPS_USER / OPENCPS_PASSWORD (HTTP Basic, §1.2). The credentials stay in the
// server: they are sent only to OPENCPS_URL and never appear in an answer or a log line.

export interface OpencpsConfig {
  /** The portal's origin (and path prefix, if any) in front of `/o/rest/…`. */
  baseUrl: string;
  /** The Liferay site id every call names in its `groupId` header (§1.3). */
  groupId: string;
  user?: string;
  password?: string;
  /** Per call to OpenCPS; default 10 s. */
  timeoutMs?: number;
  /** How long the procedure catalogue is kept before it is fetched again; default 5 minutes. */
  catalogueTtlMs?: number;
  /** Failed look-ups allowed per dossier code (4-digit PINs, §3.1): default 5 per 15 minutes. */
  codeFailures?: { limit: number; windowMs: number };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The configuration in `env`, or a ConfigError naming the variable that is wrong. */
export function opencpsConfigFromEnv(env: Record<string, string | undefined>): OpencpsConfig {
  const raw = env.OPENCPS_URL?.trim();
  if (!raw) throw new ConfigError('OPENCPS_URL chưa đặt / is not set (ví dụ https://dichvucong.example.gov.vn)');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`OPENCPS_URL không phải URL / is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError('OPENCPS_URL phải là http(s) / must be http(s)');
  if (url.username || url.password) throw new ConfigError('OPENCPS_URL không được chứa mật khẩu; dùng OPENCPS_USER/OPENCPS_PASSWORD');
  const groupId = env.OPENCPS_GROUP_ID?.trim() ?? '';
  if (!/^\d{1,19}$/.test(groupId)) throw new ConfigError('OPENCPS_GROUP_ID phải là số (groupId của site Liferay) / must be the numeric site id');
  const user = env.OPENCPS_USER?.trim() || undefined;
  const password = env.OPENCPS_PASSWORD || undefined;
  if (Boolean(user) !== Boolean(password)) throw new ConfigError('OPENCPS_USER và OPENCPS_PASSWORD phải đặt cùng nhau / set both or neither');
  return { baseUrl: url.href.replace(/\/+$/, ''), groupId, ...(user ? { user, password } : {}) };
}
