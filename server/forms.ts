// Printable application forms (tờ khai) for the sample catalogue: `/forms/<code>-to-khai.html`, the
// link each form document carries. Drawn from the procedure itself, so every link in the demo
// opens a real page instead of a 404; a portal links its own official .docx/.pdf forms instead.
import type { ServerResponse } from 'node:http';
import type { Procedure } from '../src/model/procedure.js';
import { ApiError } from './errors.js';
import { HTML_SECURITY_HEADERS } from './static.js';

export const FORMS_PREFIX = '/forms/';
const FORM_PATH = /^\/forms\/([0-9A-Za-z.]{8,40})-to-khai\.html$/;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The blanks every citizen's application asks for, in the order the national forms use. */
const BLANKS = [
  'Họ, chữ đệm, tên người yêu cầu',
  'Ngày, tháng, năm sinh',
  'Số định danh cá nhân (CCCD)',
  'Nơi cư trú',
  'Số điện thoại liên hệ',
  'Nội dung đề nghị',
];

export function renderForm(procedure: Procedure, formName: string): string {
  const agency = procedure.agencies[0]?.name ?? 'Cơ quan có thẩm quyền';
  const blanks = BLANKS.map((b) => `<p class="blank"><span>${escape(b)}:</span></p>`).join('\n      ');
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escape(formName)}</title>
    <link rel="stylesheet" href="/demo/form.css">
  </head>
  <body>
    <main>
      <p class="motto"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>Độc lập – Tự do – Hạnh phúc</p>
      <h1>${escape(formName.replace(/\s*\(mẫu\)$/, '').toLocaleUpperCase('vi'))}</h1>
      <p class="for">Thủ tục: ${escape(procedure.name)} (mã ${escape(procedure.code)})</p>
      <p>Kính gửi: ${escape(agency)}</p>
      ${blanks}
      <p>Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về lời khai của mình.</p>
      <p class="sign">…………, ngày …… tháng …… năm ……<br><strong>Người yêu cầu</strong><br><em>(Ký, ghi rõ họ tên)</em></p>
      <p class="note">Mẫu minh họa trên dữ liệu mẫu của motcua, không phải biểu mẫu chính thức.</p>
    </main>
  </body>
</html>
`;
}

/** Serves `/forms/<code>-to-khai.html` for a procedure whose documents link that form; else 404. */
export function serveForm(res: ServerResponse, path: string, procedures: ReadonlyMap<string, Procedure>): void {
  const code = FORM_PATH.exec(path)?.[1];
  const procedure = code ? procedures.get(code) : undefined;
  const url = `${FORMS_PREFIX}${code}-to-khai.html`;
  const form = procedure?.documents.flatMap((c) => c.items).find((item) => item.form?.url === url)?.form;
  if (!procedure || !form) throw new ApiError(404, 'NOT_FOUND', 'Không tìm thấy biểu mẫu này.');
  const body = renderForm(procedure, form.name);
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-cache',
    ...HTML_SECURITY_HEADERS,
  });
  res.end(body);
}
