// Serves a back end's file (an OpenCPS form template) from the gateway's origin. Whatever type
// the back end claims, it goes out as a download (octet-stream, attachment, nosniff), so a file
// holding HTML can never run as a page of this origin.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../errors.js';
import type { BackendFiles } from './backend.js';

/** RFC 6266/5987: an ASCII fallback plus the UTF-8 name. */
function disposition(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\w. -]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export async function serveBackendFile(req: IncomingMessage, res: ServerResponse, files: BackendFiles, path: string): Promise<void> {
  const file = await files.get(path);
  if (!file) throw new ApiError(404, 'NOT_FOUND', 'Không tìm thấy biểu mẫu này.');
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(file.body.length),
    'Content-Disposition': disposition(file.name),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'public, max-age=3600',
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}
