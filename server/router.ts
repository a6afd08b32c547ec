// Method + path matching for the API. Paths are patterns like `/procedures/:code`;
// a known path with the wrong method is a 405 that lists what the path does allow.
import { ApiError } from './errors.js';

export type Params = Record<string, string>;

interface Route<H> {
  method: string;
  segments: string[];
  handler: H;
}

export type Match<H> = { handler: H; params: Params };

const split = (path: string) => path.split('/').filter((s) => s !== '');

export class Router<H> {
  private readonly routes: Route<H>[] = [];

  add(method: string, pattern: string, handler: H): this {
    this.routes.push({ method: method.toUpperCase(), segments: split(pattern), handler });
    return this;
  }

  /** Methods the path answers to, or an empty list when no route has this path. */
  allowed(path: string): string[] {
    const methods = new Set<string>();
    for (const route of this.routes) {
      if (matchSegments(route.segments, split(path))) methods.add(route.method);
    }
    if (methods.size === 0) return [];
    if (methods.has('GET')) methods.add('HEAD');
    methods.add('OPTIONS');
    return [...methods];
  }

  /** The handler for method + path; throws 404 `NOT_FOUND` or 405 `METHOD_NOT_ALLOWED` with Allow. */
  match(method: string, path: string): Match<H> {
    const wanted = method === 'HEAD' ? 'GET' : method;
    const parts = split(path);
    let pathKnown = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      pathKnown = true;
      if (route.method === wanted) return { handler: route.handler, params };
    }
    if (!pathKnown) throw new ApiError(404, 'NOT_FOUND', 'Không tìm thấy địa chỉ này.');
    const allow = this.allowed(path).join(', ');
    throw new ApiError(405, 'METHOD_NOT_ALLOWED', `Phương thức ${method} không được hỗ trợ ở địa chỉ này.`, {
      headers: { Allow: allow },
    });
  }
}

function matchSegments(pattern: string[], parts: string[]): Params | undefined {
  if (pattern.length !== parts.length) return undefined;
  const params: Params = {};
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i]!;
    const got = parts[i]!;
    if (want.startsWith(':')) {
      let value: string;
      try {
        value = decodeURIComponent(got);
      } catch {
        throw new ApiError(400, 'INVALID_PATH', 'Đường dẫn có ký tự mã hoá sai.', {
          details: [{ path: want.slice(1), message: 'mã hoá phần trăm không hợp lệ' }],
        });
      }
      params[want.slice(1)] = value;
    } else if (want !== got) {
      return undefined;
    }
  }
  return params;
}
