/**
 * A QR code as one SVG path, from uqr's module matrix. uqr is imported lazily, so pages without a
 * poster never download the encoder.
 */

export interface QrMatrix {
  /** Modules per side, border included. */
  size: number;
  /** `d` of a path drawing every dark module as a 1×1 square. */
  path: string;
}

let encoder: Promise<typeof import('uqr')> | undefined;

/** Encodes `text` (error correction M: a printed poster survives a scratch or a sticker corner). */
export async function qrMatrix(text: string): Promise<QrMatrix> {
  encoder ??= import('uqr');
  encoder.catch(() => (encoder = undefined));
  const { encode } = await encoder;
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
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
