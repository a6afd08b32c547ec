// A deliberately plain Server-Sent Events reader for the server's tests (independent of the SDK's
// parser): frames as they arrive, comments kept, until the caller has seen enough.
export interface Frame {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
  comment?: string;
}

export interface Stream {
  res: Response;
  /** Reads frames until `enough(frames)` or `ms` pass or the server ends the stream. */
  until(enough: (frames: Frame[]) => boolean, ms: number): Promise<Frame[]>;
  close(): void;
}

export async function openStream(url: string, headers: Record<string, string> = {}): Promise<Stream> {
  const controller = new AbortController();
  const res = await fetch(url, { headers, signal: controller.signal });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const frames: Frame[] = [];
  let buffer = '';
  let ended = false;
  // A read left pending by a timeout is kept for the next call: a second read() would lose its chunk.
  let pending: Promise<ReadableStreamReadResult<string>> | undefined;
  function parse(): void {
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const frame: Frame = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) frame.comment = line.slice(1).trim();
        else {
          const colon = line.indexOf(':');
          const field = line.slice(0, colon) as keyof Frame;
          frame[field] = line.slice(colon + 1).replace(/^ /, '');
        }
      }
      frames.push(frame);
    }
  }
  return {
    res,
    async until(enough, ms) {
      const deadline = Date.now() + ms;
      while (!ended && !enough(frames) && Date.now() < deadline) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), Math.max(1, deadline - Date.now()))));
        pending ??= reader.read().catch(() => ({ done: true as const, value: undefined }));
        const next = await Promise.race([pending, timeout]);
        clearTimeout(timer);
        if (next === 'timeout') break;
        pending = undefined;
        if (next.done) ended = true;
        else {
          buffer += next.value;
          parse();
        }
      }
      return frames;
    },
    close() {
      controller.abort();
    },
  };
}

export const eventsOf = (frames: Frame[]) => frames.filter((f) => f.data !== undefined);
