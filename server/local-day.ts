// The office's calendar day of an instant. One formatter for the whole process: building an
// Intl.DateTimeFormat per row is what made /stats slow.
const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `YYYY-MM-DD` in Vietnam time; an unparsable string keeps its first ten characters. */
export function localDay(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant).slice(0, 10);
  let year = '';
  let month = '';
  let day = '';
  for (const part of formatter.formatToParts(date)) {
    if (part.type === 'year') year = part.value.padStart(4, '0');
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}
