/**
 * Reads QR codes from video frames, canvases and images: the browser's BarcodeDetector where it
 * exists and knows `qr_code`, otherwise jsQR, imported lazily so it is a separate chunk that
 * only browsers without BarcodeDetector ever download.
 */

/** Anything a frame can be read from. */
export type DecodeSource = HTMLVideoElement | HTMLCanvasElement | HTMLImageElement | ImageBitmap;

export interface QrDecoder {
  readonly engine: 'barcode-detector' | 'jsqr';
  /** The text of the first QR code found, or null. */
  decode(source: DecodeSource): Promise<string | null>;
}

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: DecodeSource): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorCtor {
  new (options?: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?(): Promise<string[]>;
}

type JsQr = (data: Uint8ClampedArray, width: number, height: number, options?: { inversionAttempts?: string }) => { data: string } | null;

/** Frames are scaled down to this many pixels on the long side before jsQR reads them. */
const MAX_SIDE = 1024;

let jsQrModule: Promise<JsQr> | undefined;

/** Loads jsQR once; the dynamic import is what makes it its own chunk. */
export function loadJsQr(): Promise<JsQr> {
  jsQrModule ??= import('jsqr').then((mod: unknown) => {
    // CommonJS interop differs between bundlers: the function, or { default: function }.
    let fn: unknown = mod;
    for (let i = 0; i < 3 && typeof fn !== 'function'; i++) fn = (fn as { default?: unknown } | undefined)?.default;
    if (typeof fn !== 'function') throw new Error('motcua: jsQR did not load');
    return fn as JsQr;
  });
  jsQrModule.catch(() => (jsQrModule = undefined));
  return jsQrModule;
}

async function barcodeDetector(): Promise<BarcodeDetectorLike | undefined> {
  const Ctor = (globalThis as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;
  if (!Ctor) return undefined;
  try {
    const formats = (await Ctor.getSupportedFormats?.()) ?? ['qr_code'];
    return formats.includes('qr_code') ? new Ctor({ formats: ['qr_code'] }) : undefined;
  } catch {
    return undefined;
  }
}

function sizeOf(source: DecodeSource): { width: number; height: number } {
  if (source instanceof HTMLVideoElement) return { width: source.videoWidth, height: source.videoHeight };
  if (source instanceof HTMLImageElement) return { width: source.naturalWidth, height: source.naturalHeight };
  return { width: source.width, height: source.height };
}

/**
 * A decoder. `prefer: 'jsqr'` skips BarcodeDetector (tests, or browsers whose detector is unreliable).
 */
export async function createDecoder(options: { prefer?: 'auto' | 'jsqr' } = {}): Promise<QrDecoder> {
  const detector = options.prefer === 'jsqr' ? undefined : await barcodeDetector();
  if (detector) {
    return {
      engine: 'barcode-detector',
      async decode(source) {
        const found = await detector.detect(source);
        return found[0]?.rawValue ?? null;
      },
    };
  }
  const jsQR = await loadJsQr();
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return {
    engine: 'jsqr',
    async decode(source) {
      const { width, height } = sizeOf(source);
      if (!context || !width || !height) return null;
      const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
      canvas.width = Math.max(1, Math.round(width * scale));
      canvas.height = Math.max(1, Math.round(height * scale));
      context.drawImage(source, 0, 0, canvas.width, canvas.height);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      // Printed codes are dark on light; 'attemptBoth' also reads a code shown on a dark-mode screen.
      return jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
    },
  };
}

/** Decodes a picked image file (gallery or the phone's camera app). */
export async function decodeImageFile(file: Blob, decoder: QrDecoder): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    return await decoder.decode(bitmap);
  } finally {
    bitmap.close();
  }
}
