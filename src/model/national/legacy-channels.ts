// CACHTHUCTHUCHIEN of the legacy exchange package → channels with their times and fees.
import type { Channel, ChannelInfo, Duration, Fee, FeeItem, ProcedureNote } from '../procedure.js';
import { claimedAmount, combineFees, currencyCode, formatMoney, saysFree } from './fees.js';
import { fold, money, num, recs, text, type Rec } from './read.js';

/** KENH is a code in most systems (1 in person, 2 online, 3 postal; number or string) or a name in others. */
export function channelKind(v: unknown): Channel | undefined {
  const t = text(v);
  if (t === '1') return 'in-person';
  if (t === '2') return 'online';
  if (t === '3') return 'postal';
  const f = fold(t);
  if (/truc tuyen|online/.test(f)) return 'online';
  if (/buu chinh|buu dien/.test(f)) return 'postal';
  if (/truc tiep/.test(f)) return 'in-person';
  return undefined;
}

const UNITS: [RegExp, Duration['unit'], string][] = [
  [/ngay lam viec/, 'working-days', 'ngày làm việc'],
  [/gio/, 'hours', 'giờ'],
  [/thang/, 'months', 'tháng'],
  [/ngay/, 'days', 'ngày'],
];

function duration(t: Rec | undefined): Duration {
  const value = num(t?.THOIGIANGIAIQUYET);
  const unitText = text(t?.DONVITINH);
  const known = UNITS.find(([re]) => re.test(fold(unitText)));
  // An unknown or missing unit is read as working days, the unit of nearly every procedure.
  const unit = known ?? UNITS[0]!;
  const description = text(t?.MOTA);
  const d: Duration = {
    unit: unit[1],
    text: description || (value !== undefined ? `${text(t?.THOIGIANGIAIQUYET)} ${known ? unit[2] : unitText || unit[2]}` : ''),
  };
  if (value !== undefined) d.value = value;
  if (!known && unitText) d.unitText = unitText;
  return d;
}

/** PHILEPHI[{SOTIEN, DONVI, MOTA}]: DONVI is the currency (đồng, USD); an amount may hide in the text. */
function feeItem(f: Rec): FeeItem | undefined {
  const desc = text(f.MOTA);
  const currency = currencyCode(text(f.DONVI));
  const stated = money(f.SOTIEN);
  let amount: number | undefined;
  if (stated !== undefined) amount = claimedAmount(stated, desc);
  else if (desc) amount = saysFree(desc) ? 0 : money(desc); // "200.000 đồng/lần/người"
  const shown = amount !== undefined ? formatMoney(amount, currency) : '';
  // A foreign currency must show in the text too: "10" under a text alone would read as đồng.
  const foreign = currency !== undefined && currency !== 'VND' && !fold(desc).includes(fold(currency));
  const itemText = !desc ? shown : foreign && shown ? `${desc} (${shown})` : desc;
  if (!itemText) return undefined;
  const item: FeeItem = { text: itemText };
  if (amount !== undefined) item.amount = amount;
  if (currency) item.currency = currency;
  return item;
}

function feeOf(t: Rec | undefined): Fee {
  return combineFees(recs(t?.PHILEPHI).flatMap((f) => feeItem(f) ?? []));
}

/**
 * One channel often lists several THOIGIAN entries, one per case (trường hợp): the first gives the
 * number a deadline is computed from, and every case's time and fee stays readable in the texts.
 */
function timeAndFee(times: Rec[]): Pick<ChannelInfo, 'processingTime' | 'fee'> {
  const processingTime = duration(times[0]);
  if (times.length < 2) return { processingTime, fee: feeOf(times[0]) };
  processingTime.text = [...new Set(times.map(duration).map((d) => d.text).filter(Boolean))].join('; ');
  const fees = times.map(feeOf);
  const items = fees.flatMap((f) => f.items ?? []);
  const texts = [...new Set(fees.map((f) => f.text).filter(Boolean))];
  if (texts.length <= 1) return { processingTime, fee: fees.find((f) => f.text) ?? fees[0]! };
  // Different fees per case: no single amount is right for all of them.
  return { processingTime, fee: { text: texts.join('; '), items } };
}

/** Channels in order of first mention; a repeated or unknown channel is kept as a note, not dropped. */
export function legacyChannels(v: unknown): { channels: ChannelInfo[]; notes: ProcedureNote[] } {
  const channels: ChannelInfo[] = [];
  const notes: ProcedureNote[] = [];
  recs(v).forEach((c, i) => {
    const kind = channelKind(c.KENH ?? c.TENKENH);
    const info: ChannelInfo = { kind: kind ?? 'in-person', ...timeAndFee(recs(c.THOIGIAN)) };
    const desc = text(c.MOTA);
    if (desc) info.description = desc;
    if (kind && !channels.some((x) => x.kind === kind)) {
      channels.push(info);
      return;
    }
    const parts = [text(c.KENH ?? c.TENKENH) || '?', info.processingTime.text, info.fee.text, desc].filter(Boolean);
    notes.push({ key: `CACHTHUCTHUCHIEN.${i}`, text: parts.join(' — ') });
  });
  return { channels, notes };
}
