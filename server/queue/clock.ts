// The queue's opening sessions as written in the office's settings. (The office's clock itself —
// date, instant, local ISO time — lives in src/domain/office-time.ts.)

/** `07:30–11:30` (en dash or hyphen) → [start, end] in ms of the day. */
export function parseSession(text: string): [number, number] {
  const m = /^(\d{1,2}):(\d{2})\s*[–-]\s*(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) throw new RangeError(`giờ làm việc không hợp lệ: ${text}`);
  const [h1, m1, h2, m2] = m.slice(1).map(Number) as [number, number, number, number];
  return [(h1 * 60 + m1) * 60_000, (h2 * 60 + m2) * 60_000];
}
