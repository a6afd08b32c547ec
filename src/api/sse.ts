/**
 * A Server-Sent Events parser for a fetch body (the EventSource algorithm of the HTML standard,
 * minus its connection handling, which the caller owns): fields per line, a blank line ends an
 * event, `:` lines are comments, CR, LF and CRLF all end lines.
 */
export interface SseMessage {
  /** The `event:` field, `message` when absent. */
  event: string;
  data: string;
  /** The last `id:` seen so far on this stream (it carries over to later events). */
  lastEventId: string;
}

export interface SseHandlers {
  message(message: SseMessage): void;
  /** Any bytes arrived: data, comment or heartbeat (for dead-connection checks). */
  activity?(): void;
  /** The server's `retry:` hint, ms. */
  retry?(ms: number): void;
}

export async function readSse(body: ReadableStream<Uint8Array>, handlers: SseHandlers, lastEventId = ''): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  let event = '';
  let id = lastEventId;
  const line = (text: string) => {
    if (text === '') {
      if (data.length > 0) handlers.message({ event: event || 'message', data: data.join('\n'), lastEventId: id });
      data = [];
      event = '';
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) handlers.retry?.(Number(value));
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      handlers.activity?.();
      buffer += decoder.decode(value, { stream: true });
      // A CR at the very end may be half of a CRLF: keep it until the next chunk says.
      const lines = buffer.split(/\r\n|\r(?!$)|\n/);
      buffer = lines.pop() ?? '';
      for (const text of lines) line(text);
    }
  } finally {
    reader.releaseLock();
  }
}
