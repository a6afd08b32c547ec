// GET /api/v1/openapi.json: built once per back end, on first request.
import type { Handler } from '../types.js';
import { openApiDocument } from './document.js';

export function openApiHandler(backend: string): Handler {
  let document: unknown;
  return () => {
    document ??= openApiDocument(backend);
    return { body: document, headers: { 'Cache-Control': 'public, max-age=300' } };
  };
}
