/**
 * Levels of government as bits, read from whatever a catalogue says ("Cấp xã", "Cấp Tỉnh",
 * "province", "Cơ quan khác"), so a query's level hint ("ở xã", "cấp tỉnh") can prefer the
 * procedures of that level among near-duplicates at several levels.
 */
import { fold } from './fold.js';

export const COMMUNE = 1;
export const DISTRICT = 2;
export const PROVINCE = 4;
export const MINISTRY = 8;

/** Bits of one level value; 0 when it names none ("Cơ quan khác"). */
export function levelBits(value: string): number {
  const v = ` ${fold(value)} `;
  let bits = 0;
  if (/ (xa|phuong|thi tran|commune|ward) /.test(v)) bits |= COMMUNE;
  if (/ (huyen|quan|thi xa|district) /.test(v)) bits |= DISTRICT;
  if (/ (tinh|thanh pho|province|city) /.test(v)) bits |= PROVINCE;
  if (/ (bo|trung uong|ministry|central|national) /.test(v)) bits |= MINISTRY;
  return bits;
}
