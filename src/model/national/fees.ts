import type { Fee, FeeItem } from '../procedure.js';
import { fold, formatAmount } from './read.js';

/** Currency names seen in national records → ISO 4217; anything else is kept as written. */
export function currencyCode(name: string): string | undefined {
  const f = fold(name).replace(/[^a-z]/g, '');
  if (!f) return undefined;
  if (/^(vnd|vnđ|dong|vietnamdong|dongvietnam|d)$/.test(f)) return 'VND';
  if (/^(usd|dolamy|dollar|usdollar|dola)$/.test(f)) return 'USD';
  if (/^(eur|euro)$/.test(f)) return 'EUR';
  return name.trim();
}

/** "10 USD", "200.000 đồng": an amount in its currency as a receipt would write it. */
export function formatMoney(amount: number, currency: string | undefined): string {
  if (!currency || currency === 'VND') return `${formatAmount(amount)} đồng`;
  return `${formatAmount(amount)} ${currency}`;
}

/** A text that itself says the charge is waived ("Miễn lệ phí", "Không thu"). */
export function saysFree(description: string): boolean {
  return /^(mien|khong)/.test(fold(description.trim()));
}

/**
 * The amount a fee line may claim: a stated 0 is "free" only when the line's text is empty or
 * itself says free; 0 beside a text that names a charge means "see the text", so no amount.
 */
export function claimedAmount(value: number | undefined, description: string): number | undefined {
  if (value === undefined) return undefined;
  if (value === 0 && description && !saysFree(description)) return undefined;
  return value;
}

/**
 * One channel's fee from its lines: the text lists every distinct line; a single amount is given
 * only for one line in đồng (or with no currency stated, the legacy default), never summed across
 * lines (several lines are usually different cases) nor converted from another currency.
 */
export function combineFees(items: FeeItem[]): Fee {
  if (items.length === 0) return { text: '' };
  const texts = [...new Set(items.map((i) => i.text).filter(Boolean))];
  const fee: Fee = { text: texts.join('; '), items };
  const distinct = new Map(items.map((i) => [`${i.amount}|${i.currency}|${i.text}`, i]));
  const only = distinct.size === 1 ? items[0] : undefined;
  if (only && only.amount !== undefined && (only.currency === undefined || only.currency === 'VND')) {
    fee.amount = only.amount;
  }
  return fee;
}
