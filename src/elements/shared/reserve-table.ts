/**
 * How tall each widget is on its first render with data, by its own width: points of
 * [width in px, height in em of the widget's base size]. Measured in Chromium on the reference data
 * by `node --import tsx scripts/measure-reserve.ts` (which rewrites this file); between points the
 * height is interpolated. A variant key (`tag[attr]`) is used when that attribute is present.
 */
export type ReservePoints = ReadonlyArray<readonly [number, number]>;

export const RESERVE_TABLE: Readonly<Record<string, ReservePoints>> = {
  'motcua-procedure-search': [[280, 9], [360, 7.5], [480, 7.5], [640, 6.1], [1200, 6.1]],
  'motcua-procedure-detail[code]': [[280, 552.9], [360, 359.5], [480, 262.3], [640, 201], [834, 175.6], [960, 168.5], [1200, 155.2]],
  'motcua-dossier-tracker': [[280, 38.5], [360, 34.2], [480, 31.4], [640, 28.5], [1200, 28.5]],
  'motcua-dossier-tracker[no-title]': [[280, 36], [360, 31.7], [480, 28.9], [640, 26], [1200, 26]],
  'motcua-qr-lookup': [[280, 31.1], [360, 24.9], [480, 20.2], [640, 18.7], [1200, 18.7]],
  'motcua-satisfaction-survey': [[280, 251.7], [360, 231.3], [480, 179], [640, 140], [834, 125.4], [960, 123.9], [1200, 120.9]],
  'motcua-satisfaction-survey[kiosk]': [[280, 270.7], [360, 262.2], [480, 200.5], [640, 154.4], [834, 129.5], [960, 128.8], [1200, 127.9]],
  'motcua-duty-roster': [[280, 574.3], [360, 495.1], [480, 446.8], [640, 116.8], [834, 112.5], [960, 111.4], [1200, 99]],
  'motcua-stats': [[280, 295.3], [360, 214.7], [480, 187.8], [640, 164], [834, 152.1], [960, 153.5], [1200, 146.8]],
  'motcua-stats[no-title]': [[280, 291], [360, 212.3], [480, 185.3], [640, 161.5], [834, 149.6], [960, 151], [1200, 144.3]],
};
