import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import type { MotcuaQrLookup } from '../../../src/elements/qr-lookup/qr-lookup.component.js';
import '../../../src/elements/qr-lookup/qr-lookup.js';
import type { MotcuaQrPoster } from '../../../src/elements/qr-poster/qr-poster.component.js';
import '../../../src/elements/qr-poster/qr-poster.js';
import '../../../src/elements/dossier-tracker/dossier-tracker.js';
import '../../../src/elements/provider/provider.js';
import type { MotcuaDossierTracker } from '../../../src/elements/dossier-tracker/dossier-tracker.component.js';
import type { MediaDevicesLike } from '../../../src/elements/qr-lookup/camera.js';
import { motcuaLink } from '../../../src/qr/link.js';
import { DEMO_LOOKUPS } from '../../../server/data/index.js';
import { allEnded, blankCanvas, canvasBlob, canvasCamera, jsQrFetched, rasterise, stubBarcodeDetector } from '../qr-helpers.js';

const DOSSIER = '000.00.53.H48-220921-0099';
const root = (el: MotcuaQrLookup) => el.shadowRoot!;

async function posterCanvas(code: string, template?: string): Promise<HTMLCanvasElement> {
  const poster = await fixture<MotcuaQrPoster>(html`<motcua-qr-poster
    .procedures=${[{ code, name: 'Đăng ký khai sinh', field: { code: 'HT', name: 'Hộ tịch' }, levels: ['commune'], channels: ['in-person'] }]}
    link-template=${template ?? 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}'}
  ></motcua-qr-poster>`);
  await waitUntil(() => poster.shadowRoot!.querySelector('svg.qr'), 'qr', { timeout: 8000 });
  const canvas = await rasterise(poster.shadowRoot!.querySelector<SVGSVGElement>('svg.qr')!, 360);
  poster.remove();
  return canvas;
}

async function typed(el: MotcuaQrLookup, text: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('#typed')!;
  input.value = text;
  root(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await el.updateComplete;
}

// First in the file on purpose: nothing has imported jsQR yet, so its absence afterwards means something.
/** A camera whose permission prompt stays open until `release()`: for hiding or removing mid-prompt. */
function promptingCamera() {
  const camera = canvasCamera(blankCanvas());
  let answer: (() => void) | undefined;
  const slow: MediaDevicesLike = {
    getUserMedia: async (c) => {
      await new Promise<void>((r) => (answer = r));
      return camera.getUserMedia(c);
    },
    enumerateDevices: camera.enumerateDevices,
  };
  return { camera, slow, prompting: () => answer !== undefined, release: () => answer?.() };
}

describe('<motcua-qr-lookup> with the browser’s BarcodeDetector', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  it('reads camera frames with the native detector and never loads the jsQR chunk', async () => {
    expect(jsQrFetched(), 'jsQR was loaded before this test: keep it first in the file').to.equal(false);
    const detector = stubBarcodeDetector((calls) => (calls >= 3 ? '1.001108' : null));
    restore = detector.restore;
    const camera = canvasCamera(blankCanvas());
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup .mediaDevices=${camera}></motcua-qr-lookup>`);
    const selected = oneEvent(el, 'motcua-select');
    await el.start();
    expect((await selected).detail).to.deep.equal({ code: '1.001108' });
    expect(detector.options).to.deep.equal([{ formats: ['qr_code'] }]);
    expect(detector.sources.length).to.be.at.least(3);
    expect(detector.sources.every((s) => s instanceof HTMLVideoElement)).to.equal(true);
    expect(allEnded(camera.streams)).to.equal(true);
    // A photo goes the same way.
    expect(await el.readImage(await canvasBlob(blankCanvas()))).to.deep.equal({ kind: 'procedure', code: '1.001108', via: 'code' });
    expect(detector.sources.at(-1)).to.be.instanceOf(ImageBitmap);
    expect(jsQrFetched(), 'jsQR chunk requested').to.equal(false);
  });

  it('falls back to jsQR when the detector does not know QR codes', async () => {
    const detector = stubBarcodeDetector(() => null, ['ean_13']);
    restore = detector.restore;
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup></motcua-qr-lookup>`);
    const payload = await el.readImage(await canvasBlob(await posterCanvas('1.001108')));
    expect(payload).to.deep.include({ kind: 'procedure', code: '1.001108' });
    expect(detector.options).to.deep.equal([]);
    expect(jsQrFetched()).to.equal(true);
  });
});

describe('<motcua-qr-lookup>', () => {
  it('idle: a start button, photo buttons and a labelled code field, accessibly', async () => {
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup></motcua-qr-lookup>`);
    expect(el.status).to.equal('idle');
    expect(root(el).querySelector('button.start')!.textContent).to.contain('Bật camera');
    expect(root(el).querySelector('input#photo')!.getAttribute('capture')).to.equal('environment');
    expect(root(el).querySelector('input#gallery')!.hasAttribute('capture')).to.equal(false);
    expect(root(el).querySelector('label[for="typed"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('no camera: says so and offers the photo and typed fallbacks', async () => {
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup .mediaDevices=${{} as MediaDevicesLike}></motcua-qr-lookup>`);
    await el.start();
    expect(el.status).to.equal('no-camera');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('Không tìm thấy camera');
    expect(root(el).querySelector('.fallback button')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('permission refused: says how to allow it, offers retry and the fallbacks', async () => {
    const refusing: MediaDevicesLike = {
      getUserMedia: () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')),
      enumerateDevices: async () => [],
    };
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup .mediaDevices=${refusing}></motcua-qr-lookup>`);
    await el.start();
    expect(el.status).to.equal('denied');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('chưa được phép dùng camera');
    expect(root(el).querySelector('[part="base"] > p > button')!.textContent).to.contain('Thử lại');
    await expect(el).to.be.accessible();
  });

  it('scanning: asks for the rear camera, shows the viewfinder and a camera choice; stops every track when disconnected', async () => {
    const camera = canvasCamera(blankCanvas());
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup decoder="jsqr" .mediaDevices=${camera}></motcua-qr-lookup>`);
    await el.start();
    expect(el.status).to.equal('scanning');
    const video = camera.constraints[0]!.video as MediaTrackConstraints;
    expect(video.facingMode).to.deep.equal({ ideal: 'environment' });
    expect(root(el).querySelector('video')!.srcObject).to.equal(camera.streams[0]);
    await waitUntil(() => root(el).querySelector('select'), 'camera select');
    expect(root(el).querySelectorAll('option').length).to.equal(2);
    await expect(el).to.be.accessible();
    el.remove();
    expect(allEnded(camera.streams)).to.equal(true);
  });

  it('stops the camera when hidden, when the tab is hidden, and when asked', async () => {
    const camera = canvasCamera(blankCanvas());
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup decoder="jsqr" .mediaDevices=${camera}></motcua-qr-lookup>`);
    await el.start();
    await el.updateComplete;
    // No await in between: the attribute itself stops the camera, not a later render.
    el.hidden = true;
    expect(allEnded(camera.streams), 'hidden property').to.equal(true);
    expect(el.cameraActive).to.equal(false);
    expect(el.status).to.equal('idle');
    el.hidden = false;
    await el.updateComplete;
    expect(root(el).querySelector('[part="paused"]')).to.exist;

    await el.start();
    await el.updateComplete;
    el.setAttribute('hidden', '');
    expect(allEnded(camera.streams), 'hidden attribute').to.equal(true);
    el.removeAttribute('hidden');

    await el.start();
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      Object.defineProperty(document, 'visibilityState', visibility);
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(allEnded(camera.streams), 'visibilitychange').to.equal(true);

    await el.start();
    root(el).querySelector<HTMLButtonElement>('button.stop')!.click();
    expect(allEnded(camera.streams), 'stop button').to.equal(true);
    expect(camera.streams.length).to.equal(4);
  });

  it('gives the camera back when hidden while the permission prompt is open, or started while hidden', async () => {
    const { camera, slow, prompting, release } = promptingCamera();
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup decoder="jsqr" .mediaDevices=${slow}></motcua-qr-lookup>`);
    const started = el.start();
    await waitUntil(prompting, 'prompt');
    el.hidden = true;
    expect(el.status).to.equal('idle');
    release();
    await started;
    expect(allEnded(camera.streams), 'hidden during the prompt').to.equal(true);

    const direct = canvasCamera(blankCanvas());
    el.mediaDevices = direct;
    await el.start();
    expect(allEnded(direct.streams), 'started while hidden').to.equal(true);
    expect(el.status).to.equal('idle');
  });

  it('gives the camera back when removed while the permission prompt is open', async () => {
    const { camera, slow, prompting, release } = promptingCamera();
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup decoder="jsqr" .mediaDevices=${slow}></motcua-qr-lookup>`);
    const started = el.start();
    await waitUntil(prompting, 'prompt');
    el.remove();
    release();
    await started;
    expect(allEnded(camera.streams)).to.equal(true);
  });

  it('recognised (camera): reads a poster QR through the camera, emits motcua-select and stops the camera', async () => {
    const camera = canvasCamera(await posterCanvas('1.001108'));
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup decoder="jsqr" .mediaDevices=${camera}></motcua-qr-lookup>`);
    const selected = oneEvent(el, 'motcua-select');
    const scanned = oneEvent(el, 'motcua-scan');
    await el.start();
    expect((await selected).detail).to.deep.equal({ code: '1.001108' });
    expect((await scanned).detail.source).to.equal('camera');
    await el.updateComplete;
    expect(el.status).to.equal('result');
    expect(root(el).querySelector('[data-kind="procedure"]')!.textContent).to.contain('1.001108');
    expect(allEnded(camera.streams)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('recognised (photo): decodes a picked image the same way', async () => {
    const image = await canvasBlob(await posterCanvas('1.000494.000.00.00.H29'));
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup decoder="jsqr"></motcua-qr-lookup>`);
    const payload = await el.readImage(image);
    expect(payload).to.deep.equal({ kind: 'procedure', code: '1.000494.000.00.00.H29', via: 'national' });
  });

  it('a photo without a QR code says so', async () => {
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup decoder="jsqr"></motcua-qr-lookup>`);
    expect(await el.readImage(await canvasBlob(blankCanvas()))).to.equal(undefined);
    await el.updateComplete;
    expect(root(el).querySelector('.image-problem')!.textContent).to.contain('Không tìm thấy mã QR');
    await expect(el).to.be.accessible();
  });

  it('recognised dossier: hands the code to the tracker named by `tracker`', async () => {
    const wrap = await fixture(html`<motcua-provider api-base=${window.__MOTCUA_API__}>
      <motcua-qr-lookup tracker="t"></motcua-qr-lookup>
      <motcua-dossier-tracker id="t"></motcua-dossier-tracker>
    </motcua-provider>`);
    const el = wrap.querySelector('motcua-qr-lookup')!;
    const tracker = wrap.querySelector('motcua-dossier-tracker')!;
    await el.updateComplete;
    setTimeout(() => void typed(el, `Mã hồ sơ: ${DOSSIER.toLowerCase()}`));
    const event = await oneEvent(el, 'motcua-dossier');
    expect(event.detail).to.deep.equal({ code: DOSSIER });
    await el.updateComplete;
    expect(tracker.code).to.equal(DOSSIER);
    expect(root(el).querySelector('[data-kind="dossier"]')!.textContent).to.contain('đã được điền');
    await expect(el).to.be.accessible();
  });

  it('recognised receipt with its key: the tracker gets code and key and looks the dossier up', async () => {
    const demo = DEMO_LOOKUPS.find((d) => d.status === 4)!;
    const wrap = await fixture(html`<motcua-provider api-base=${window.__MOTCUA_API__}>
      <motcua-qr-lookup tracker="t"></motcua-qr-lookup>
      <motcua-dossier-tracker id="t"></motcua-dossier-tracker>
    </motcua-provider>`);
    const el = wrap.querySelector('motcua-qr-lookup')!;
    const tracker = wrap.querySelector<MotcuaDossierTracker>('motcua-dossier-tracker')!;
    await el.updateComplete;
    // As a receipt's QR code carries it; lower case as a phone keyboard might type it.
    const link = motcuaLink({ dossier: demo.code, lookupKey: demo.lookupKey.toLowerCase() });
    const dossierEvent = oneEvent(el, 'motcua-dossier');
    const found = oneEvent(tracker, 'motcua-result');
    await typed(el, link);
    // The key arrives in its one look-up form (src/domain/lookup-key.ts): upper case, as printed.
    expect((await dossierEvent).detail).to.deep.equal({ code: demo.code, lookupKey: demo.lookupKey });
    expect(tracker.code).to.equal(demo.code);
    expect(tracker.lookupKey).to.equal(demo.lookupKey);
    expect((await found).detail.dossier.code).to.equal(demo.code);
    await el.updateComplete;
    const box = root(el).querySelector('[data-kind="dossier"]')!;
    // The key went along: the citizen is not asked to type it.
    expect(box.textContent).to.not.contain('Hãy nhập mã tra cứu');
    expect(box.textContent).to.contain('mã tra cứu trên giấy hẹn đã được chuyển');
    expect(box.querySelector('button')!.textContent).to.contain('Đến ô tra cứu');
    await expect(el).to.be.accessible();

    // A later code without a key does not inherit the earlier one.
    el.read(DOSSIER);
    expect(tracker.code).to.equal(DOSSIER);
    expect(tracker.lookupKey).to.equal(undefined);
  });

  it('cancelling motcua-dossier keeps the code from the tracker', async () => {
    const wrap = await fixture(html`<div><motcua-qr-lookup></motcua-qr-lookup><motcua-dossier-tracker></motcua-dossier-tracker></div>`);
    const el = wrap.querySelector('motcua-qr-lookup')!;
    el.addEventListener('motcua-dossier', (e) => e.preventDefault());
    el.read(DOSSIER);
    expect(wrap.querySelector('motcua-dossier-tracker')!.code).to.equal(undefined);
  });

  it('allowed URL: shows the host and a link that needs a tap; nothing navigates by itself', async () => {
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup allowed-hosts="zalo.me, *.sonha.gov.vn"></motcua-qr-lookup>`);
    const before = location.href;
    await typed(el, 'https://zalo.me/ubndsonha');
    const link = root(el).querySelector<HTMLAnchorElement>('[data-kind="url"] a')!;
    expect(link.href).to.equal('https://zalo.me/ubndsonha');
    expect(link.rel).to.contain('noopener');
    expect(link.textContent).to.contain('zalo.me');
    expect(location.href).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('unrecognised: an unknown link is shown as text with its host, without a link', async () => {
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup allowed-hosts="zalo.me"></motcua-qr-lookup>`);
    await typed(el, 'https://khuyen-mai.example/nhan-qua');
    const box = root(el).querySelector('[data-kind="text"]')!;
    expect(box.textContent).to.contain('khuyen-mai.example');
    expect(box.querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('unsafe: javascript: and look-alike hosts are refused with the reason, never linked', async () => {
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup></motcua-qr-lookup>`);
    await typed(el, 'javascript:alert(document.cookie)');
    const box = root(el).querySelector('[data-kind="unsafe"]')!;
    expect(box.querySelector('[role="alert"]')!.textContent).to.contain('không an toàn');
    expect(box.textContent).to.contain('javascript:alert(document.cookie)');
    expect(root(el).querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();
    await typed(el, 'https://dichvucong.gov.vn@evil.example/');
    expect(root(el).querySelector('[data-kind="unsafe"]')!.textContent).to.contain('mật khẩu');
  });

  it('an empty typed code is an error on the field', async () => {
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup></motcua-qr-lookup>`);
    await typed(el, '   ');
    expect(root(el).querySelector('#typed')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).querySelector('#typed-error')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const el = await fixture<MotcuaQrLookup>(html`<motcua-qr-lookup lang="en" .mediaDevices=${{} as MediaDevicesLike}></motcua-qr-lookup>`);
    await el.start();
    expect(root(el).textContent).to.contain('No camera was found');
    await expect(el).to.be.accessible();
  });
});
