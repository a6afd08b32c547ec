/**
 * How tall each widget is on its first render with data, by its own width: points of
 * [width in px, height in em of the widget's base size]. Measured in Chromium on the reference data
 * by `node --import tsx scripts/measure-reserve.ts` (which rewrites this file); between points the
 * height is interpolated. A variant key (`tag[attr]`) is used when that attribute is present.
 */
export type ReservePoints = ReadonlyArray<readonly [number, number]>;

export const RESERVE_TABLE: Readonly<Record<string, ReservePoints>> = {
  'motcua-procedure-search': [[280, 9], [360, 7.5], [480, 7.5], [640, 6.1], [1200, 6.1]],
  'motcua-procedure-detail[code]': [[280, 329.2], [360, 292.3], [480, 248.9], [640, 200.8], [834, 175.5], [960, 168.4], [1200, 155.1]],
  'motcua-dossier-tracker': [[280, 38.5], [360, 34.2], [480, 31.4], [640, 28.5], [1200, 28.5]],
  'motcua-dossier-tracker[no-title]': [[280, 36], [360, 31.7], [480, 28.9], [640, 26], [1200, 26]],
  'motcua-dossier-tracker[no-heading]': [[280, 36], [360, 31.7], [480, 28.9], [640, 26], [1200, 26]],
  'motcua-qr-lookup': [[280, 31.1], [360, 28.1], [480, 26.7], [640, 18.7], [1200, 18.7]],
  'motcua-satisfaction-survey': [[280, 251.7], [360, 232.6], [480, 221.7], [640, 140], [834, 125.4], [960, 123.9], [1200, 120.9]],
  'motcua-satisfaction-survey[kiosk]': [[280, 270.7], [360, 255.4], [480, 240.7], [640, 154.4], [834, 129.5], [960, 128.8], [1200, 127.9]],
  'motcua-satisfaction-survey[no-heading]': [[280, 245.4], [360, 226.2], [480, 217.1], [640, 135.4], [834, 122.6], [960, 121.1], [1200, 118.1]],
  'motcua-duty-roster': [[280, 556.1], [360, 481.3], [480, 432.9], [640, 422.9], [834, 108.1], [960, 102.4], [1200, 95.6]],
  'motcua-stats': [[280, 322.8], [360, 240.7], [480, 216.8], [640, 194.5], [834, 182.6], [960, 213], [1200, 206.3]],
  'motcua-stats[no-title]': [[280, 318.5], [360, 238.3], [480, 214.3], [640, 192], [834, 180.1], [960, 210.5], [1200, 203.8]],
  'motcua-stats[no-heading]': [[280, 318.5], [360, 238.3], [480, 214.3], [640, 192], [834, 180.1], [960, 210.5], [1200, 203.8]],
  'motcua-queue-status': [[280, 85.8], [360, 75.3], [480, 78.6], [640, 49.6], [834, 48.3], [960, 47.9], [1200, 35]],
};
