/**
 * The camera stream of a scanner: opens it (rear camera first), lists the cameras, toggles the
 * torch, and — the part that matters most — stops every track when asked, so the camera light
 * goes off the moment scanning is over.
 */

/** The part of `navigator.mediaDevices` the scanner uses; tests pass a stub. */
export interface MediaDevicesLike {
  getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream>;
  enumerateDevices(): Promise<MediaDeviceInfo[]>;
}

/** Why the camera could not be opened. */
export type CameraProblem = 'no-camera' | 'denied' | 'busy' | 'insecure';

export class CameraError extends Error {
  constructor(readonly problem: CameraProblem, cause?: unknown) {
    super(`camera: ${problem}`, { cause });
    this.name = 'CameraError';
  }
}

export interface CameraInfo {
  deviceId: string;
  label: string;
}

/** Maps getUserMedia's DOMException names to what the citizen can do about it. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'SecurityError') return 'insecure';
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'busy';
  return 'no-camera';
}

export class Camera {
  stream: MediaStream | undefined;
  private torchOn = false;

  constructor(private readonly devices: () => MediaDevicesLike | undefined) {}

  /** Opens a camera: `deviceId` when given, else the rear one where the device has one. */
  async start(deviceId?: string): Promise<MediaStream> {
    this.stop();
    const devices = this.devices();
    if (!devices?.getUserMedia) {
      throw new CameraError(typeof isSecureContext === 'boolean' && !isSecureContext ? 'insecure' : 'no-camera');
    }
    const video: MediaTrackConstraints = deviceId
      ? { deviceId: { exact: deviceId } }
      : { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } };
    try {
      this.stream = await devices.getUserMedia({ video, audio: false });
    } catch (error) {
      throw new CameraError(cameraProblem(error), error);
    }
    this.torchOn = false;
    return this.stream;
  }

  get track(): MediaStreamTrack | undefined {
    return this.stream?.getVideoTracks()[0];
  }

  /** The device id of the open camera. */
  get deviceId(): string | undefined {
    return this.track?.getSettings?.().deviceId;
  }

  /** Video inputs; labels are only known after permission was given. */
  async cameras(): Promise<CameraInfo[]> {
    try {
      const all = (await this.devices()?.enumerateDevices()) ?? [];
      return all.filter((d) => d.kind === 'videoinput' && d.deviceId).map((d) => ({ deviceId: d.deviceId, label: d.label }));
    } catch {
      return [];
    }
  }

  get torchSupported(): boolean {
    const capabilities = this.track?.getCapabilities?.() as (MediaTrackCapabilities & { torch?: boolean }) | undefined;
    return capabilities?.torch === true;
  }

  get torch(): boolean {
    return this.torchOn;
  }

  /** Switches the torch; resolves to whether it is on afterwards. */
  async setTorch(on: boolean): Promise<boolean> {
    const track = this.track;
    if (!track || !this.torchSupported) return false;
    try {
      await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
      this.torchOn = on;
    } catch {
      // Some drivers claim the torch and then refuse it: leave it as it was.
    }
    return this.torchOn;
  }

  /** Stops every track of the stream. Safe to call at any time, any number of times. */
  stop(): void {
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = undefined;
    this.torchOn = false;
  }
}
