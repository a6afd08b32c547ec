// executionMethods of the current national API → channels, each with its time and fees.
import type { Channel, ChannelInfo, Duration, FeeItem, ProcedureNote } from '../procedure.js';
import { claimedAmount, combineFees, currencyCode, formatMoney } from './fees.js';
import { formatAmount, type Rec } from './read.js';
import type { KeyReader } from './strict.js';

const METHODS: Record<string, Channel> = { DIRECT: 'in-person', ONLINE: 'online', POSTAL: 'postal' };
const ORDER: Channel[] = ['in-person', 'online', 'postal'];

const UNITS: Record<string, [Duration['unit'], string]> = {
  WORKING_DAY: ['working-days', 'ngày làm việc'],
  DAY: ['days', 'ngày'],
  HOUR: ['hours', 'giờ'],
  MONTH: ['months', 'tháng'],
};

/**
 * A number and the API's unit code. A unit it does not know (`OTHER`) keeps the number in the text
 * and the code in `unitText`, with no `value`: no deadline is computed from a unit nobody knows.
 */
export function durationOf(qty: number | undefined, unitCode: string): Duration {
  const known = UNITS[unitCode];
  if (known && qty !== undefined) return { value: qty, unit: known[0], text: `${formatAmount(qty)} ${known[1]}` };
  // `unit` is required by the schema; without `value` it claims nothing, the text says what is known.
  const d: Duration = { unit: known?.[0] ?? 'working-days', text: qty === undefined ? '' : formatAmount(qty) };
  if (!known && unitCode) {
    d.unitText = unitCode;
    if (qty !== undefined) d.text = `${formatAmount(qty)} (${unitCode})`;
  }
  return d;
}

const FEE_TYPES: Record<string, [NonNullable<FeeItem['type']>, string]> = {
  FEE: ['fee', 'Lệ phí'],
  SERVICE_FEE: ['service-fee', 'Phí'],
};

/** One entry of `fees[]`: type, amount (see `claimedAmount`), currency and a readable line. */
export function feeItemOf(f: Rec, key: string, r: KeyReader): FeeItem {
  const typeCode = r.text(f.type, `${key}.type`);
  const value = r.number(f.value, `${key}.value`);
  const description = r.text(f.description, `${key}.description`);
  const currency = currencyCode(r.text(f.currencyName, `${key}.currencyName`));
  const known = FEE_TYPES[typeCode];
  const amount = claimedAmount(value, description);
  const money = amount !== undefined && value !== undefined ? formatMoney(amount, currency) : '';
  const body = !money ? description : !description ? money : description.startsWith('/') ? `${money}${description}` : `${money} (${description})`;
  const label = known?.[1] ?? typeCode;
  const item: FeeItem = { text: label && body ? `${label}: ${body}` : body || label };
  if (known) item.type = known[0];
  else if (typeCode) item.typeText = typeCode;
  if (amount !== undefined) item.amount = amount;
  if (currency) item.currency = currency;
  return item;
}

export function feeItems(v: unknown, key: string, r: KeyReader): FeeItem[] {
  return r.objects(v, key).map((f, i) => feeItemOf(f, `${key}.${i}`, r));
}

export interface ChannelsRead {
  channels: ChannelInfo[];
  notes: ProcedureNote[];
}

/**
 * One channel per submission method. A method the API adds later, or a second entry for a method
 * already read, is kept as a note with its time, fee and text instead of being dropped.
 */
export function channelsOf(v: unknown, r: KeyReader): ChannelsRead {
  const out: ChannelsRead = { channels: [], notes: [] };
  r.objects(v, 'executionMethods').forEach((m, i) => {
    const key = `executionMethods.${i}`;
    const method = r.text(m.submissionMethod, `${key}.submissionMethod`);
    const unit = r.text(m.processingTimeUnit, `${key}.processingTimeUnit`);
    const info: ChannelInfo = {
      kind: METHODS[method] ?? 'in-person',
      processingTime: durationOf(r.number(m.processingTime, `${key}.processingTime`), unit),
      fee: combineFees(feeItems(m.fees, `${key}.fees`, r)),
    };
    const description = r.text(m.description, `${key}.description`);
    if (description) info.description = description;
    const kind = METHODS[method];
    if (kind && !out.channels.some((c) => c.kind === kind)) {
      out.channels.push(info);
      return;
    }
    const parts = [method || '?', info.processingTime.text, info.fee.text, description].filter(Boolean);
    out.notes.push({ key, text: parts.join(' — ') });
  });
  // The API lists methods in any order; pages read best desk first, as the legacy package did.
  out.channels.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  return out;
}
