// Kept apart from client-cache.ts so that elements which never call the API do not load the client.
/** Resolves `/api/v1`-style bases against the page, so the client always has an absolute URL. */
export function absoluteApiBase(apiBase: string): string {
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  try {
    return new URL(apiBase, base).href.replace(/\/+$/, '');
  } catch {
    return apiBase;
  }
}
