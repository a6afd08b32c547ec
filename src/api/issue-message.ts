/**
 * Short Vietnamese messages for zod issues. zod's own Vietnamese locale covers every issue kind
 * and format in 4.6 kB of source; the SDK meets only the few kinds below, and a schema's own
 * wording (`z.regex(…, 'mã hồ sơ không hợp lệ')`) always wins, so this is all a browser needs.
 */
import type * as z from 'zod/mini';

const TYPES: Record<string, string> = {
  string: 'chuỗi',
  number: 'số',
  int: 'số nguyên',
  boolean: 'đúng/sai',
  object: 'đối tượng',
  array: 'mảng',
};

/** What the value was, in words: "không có giá trị" when absent, else its JavaScript type. */
function received(input: unknown): string {
  if (input === undefined) return 'không có giá trị';
  if (input === null) return 'null';
  return Array.isArray(input) ? 'mảng' : TYPES[typeof input] ?? typeof input;
}

function bound(issue: { minimum?: unknown; maximum?: unknown; origin?: string; inclusive?: boolean }, small: boolean): string {
  const n = String(small ? issue.minimum : issue.maximum);
  const what = issue.origin === 'string' ? ' ký tự' : issue.origin === 'array' ? ' phần tử' : '';
  const sign = small ? (issue.inclusive === false ? '>' : '≥') : issue.inclusive === false ? '<' : '≤';
  return `${small ? 'quá nhỏ' : 'quá lớn'}: cần ${sign} ${n}${what}`;
}

export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `không hợp lệ: mong đợi ${TYPES[issue.expected] ?? issue.expected}, nhận được ${received(issue.input)}`;
    case 'too_small':
      return bound(issue, true);
    case 'too_big':
      return bound(issue, false);
    case 'invalid_format':
      return `không hợp lệ: sai định dạng ${issue.format}`;
    case 'invalid_value':
      return `không hợp lệ: mong đợi một trong ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `không hợp lệ: khóa không được phép ${issue.keys.join(', ')}`;
    default:
      return 'không hợp lệ';
  }
}
