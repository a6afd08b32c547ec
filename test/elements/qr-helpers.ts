// Shared by the QR browser tests: rasterising a poster's SVG, and cameras made from canvases.
import { createClient } from '../../src/api/client.js';
import type { MediaDevicesLike } from '../../src/elements/qr-lookup/camera.js';

declare global {
  interface Window {
    __MOTCUA_API__: string;
  }
}

/** Draws an SVG element onto a white canvas of `size` pixels, as a printer or a screen would. */
export async function rasterise(svgElement: SVGSVGElement, size = 480): Promise<HTMLCanvasElement> {
  const clone = svgElement.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('width', String(size));
  clone.setAttribute('height', String(size));
  const blob = new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size + 80;
    canvas.height = size + 80;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 40, 40, size, size);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no blob'))), 'image/png'));
}

/**
 * A "camera" that films `canvas`: a real MediaStream (canvas.captureStream), so the element's
 * video, frame loop and track cleanup run as they do with a phone camera. Records every stream.
 */
export function canvasCamera(canvas: HTMLCanvasElement): MediaDevicesLike & { streams: MediaStream[]; constraints: MediaStreamConstraints[] } {
  const streams: MediaStream[] = [];
  const constraints: MediaStreamConstraints[] = [];
  const ctx = canvas.getContext('2d')!;
  return {
    streams,
    constraints,
    async getUserMedia(c) {
      constraints.push(c);
      const stream = canvas.captureStream(10);
      // captureStream only sends frames when the canvas changes: keep touching one pixel.
      const keepAlive = setInterval(() => {
        ctx.fillStyle = ctx.fillStyle === '#fefefe' ? '#ffffff' : '#fefefe';
        ctx.fillRect(0, 0, 1, 1);
      }, 50);
      stream.getVideoTracks()[0]!.addEventListener('ended', () => clearInterval(keepAlive));
      const stop = MediaStreamTrack.prototype.stop;
      for (const track of stream.getTracks()) {
        track.stop = function () {
          clearInterval(keepAlive);
          stop.call(this);
        };
      }
      streams.push(stream);
      return stream;
    },
    async enumerateDevices() {
      return [
        { kind: 'videoinput', deviceId: 'rear', label: 'Camera sau', groupId: 'g' } as MediaDeviceInfo,
        { kind: 'videoinput', deviceId: 'front', label: 'Camera trước', groupId: 'g' } as MediaDeviceInfo,
      ];
    },
  };
}

export function blankCanvas(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 240;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 320, 240);
  return canvas;
}

export function allEnded(streams: MediaStream[]): boolean {
  return streams.length > 0 && streams.every((s) => s.getTracks().every((t) => t.readyState === 'ended'));
}

/** A few real procedure codes from the reference API. */
export async function someProcedureCodes(n: number): Promise<string[]> {
  const page = await createClient({ baseUrl: window.__MOTCUA_API__ }).procedures.search({ pageSize: n });
  return page.items.map((p) => p.code);
}

/**
 * Whether the page has fetched the lazy jsQR chunk (a module import shows as a resource). An
 * observer, because a test file's hundreds of modules fill the resource timing buffer (250
 * entries) long before jsQR would load, and later entries never reach getEntries().
 */
const isJsQr = (e: PerformanceEntry) => /jsqr/i.test(e.name);
let jsQrSeen = performance.getEntriesByType('resource').some(isJsQr);
const resources = new PerformanceObserver((list) => {
  if (list.getEntries().some(isJsQr)) jsQrSeen = true;
});
resources.observe({ type: 'resource', buffered: true });
export function jsQrFetched(): boolean {
  // Entries not yet delivered to the callback are taken now.
  if (resources.takeRecords().some(isJsQr)) jsQrSeen = true;
  return jsQrSeen;
}

/**
 * Replaces window.BarcodeDetector with a stub that answers `answer(calls)` (a text, or null for
 * "nothing found") and records what it was built with and what it was asked to read.
 */
export function stubBarcodeDetector(answer: (calls: number) => string | null, formats: string[] = ['qr_code', 'ean_13']) {
  const options: unknown[] = [];
  const sources: unknown[] = [];
  const had = Object.getOwnPropertyDescriptor(window, 'BarcodeDetector');
  class StubDetector {
    static async getSupportedFormats() {
      return formats;
    }
    constructor(o?: unknown) {
      options.push(o);
    }
    async detect(source: unknown) {
      sources.push(source);
      const text = answer(sources.length);
      return text === null ? [] : [{ rawValue: text, format: 'qr_code' }];
    }
  }
  Object.defineProperty(window, 'BarcodeDetector', { configurable: true, writable: true, value: StubDetector });
  return {
    options,
    sources,
    restore() {
      if (had) Object.defineProperty(window, 'BarcodeDetector', had);
      else delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
    },
  };
}
