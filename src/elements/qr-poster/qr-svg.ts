/**
 * A QR code as one SVG path, from uqr's module matrix. uqr is imported lazily, and only once a
 * poster is about to show a code (qr-codes.ts), so pages whose posters stay hidden never download
 * or run the encoder.
 */
import type * as Uqr from 'uqr';

export interface QrMatrix {
  /** Modules per side, border included. */
  size: number;
  /** `d` of a path drawing every dark module as a 1×1 square. */
  path: string;
}

let loading: Promise<typeof Uqr> | undefined;
let encoder: typeof Uqr | undefined;

/** Loads the encoder (once); after it resolves, `qrMatrixNow` encodes synchronously. */
export function loadEncoder(): Promise<void> {
  loading ??= import('uqr').then(
    (module) => (encoder = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading.then(() => undefined);
}

/** Whether the encoder is loaded, so that codes can be made within the current task (before printing). */
export const encoderReady = (): boolean => encoder !== undefined;

/**
 * Encodes `text` now (error correction M: a printed poster survives a scratch or a sticker
 * corner); undefined while the encoder is not loaded.
 */
export function qrMatrixNow(text: string): QrMatrix | undefined {
  if (!encoder) return undefined;
  const { data, size } = encoder.encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    // Runs of dark modules become one rectangle each, which keeps the path short.
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return { size, path };
}
