import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeText, foldLine, icsFileName, rosterToIcs } from '../../../src/elements/duty-roster/ics.js';
import { RosterWeek } from '../../../src/model/index.js';
import { loadSampleData } from '../../../server/data/index.js';

const week: RosterWeek = {
  week: '2026-W53',
  office: 'Trung tâm Phục vụ hành chính công phường Minh Khai',
  hours: { morning: '07:30–11:30', afternoon: '13:30–17:00' },
  updatedAt: '2026-12-25T16:00:00+07:00',
  days: [
    {
      date: '2026-12-28',
      sessions: [
        {
          session: 'morning',
          slots: [
            {
              desk: 'Quầy 2 – Đất đai, Xây dựng',
              fields: ['Đất đai', 'Xây dựng'],
              officials: [
                { name: 'Trần Quốc Bảo', office: 'Phòng Kinh tế; Hạ tầng', phone: '0209.3870.116', replaces: 'Phạm Thị Lan Anh' },
              ],
            },
          ],
        },
        {
          session: 'afternoon',
          slots: [{ desk: 'Quầy 1 – Hộ tịch', fields: ['Hộ tịch'], officials: [{ name: 'Lê Minh Tuấn', office: 'Phòng Văn hóa – Xã hội' }] }],
        },
      ],
    },
    { date: '2027-01-01', holiday: 'Tết Dương lịch', sessions: [] },
  ],
};

/** Content lines with folding undone (RFC 5545 §3.1). */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

const events = (text: string) =>
  unfold(text)
    .join('\n')
    .split('BEGIN:VEVENT\n')
    .slice(1)
    .map((e) => e.split('\nEND:VEVENT')[0]!.split('\n'));

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines (backslash first)', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves lines of up to 75 octets alone', () => {
    const line = 'X'.repeat(75);
    assert.equal(foldLine(line), line);
  });

  it('folds at 75 octets with CRLF + space and never splits a UTF-8 sequence', () => {
    const line = `SUMMARY:${'Đặng Thị Hồng Nhung – Phòng Văn hóa – Xã hội, '.repeat(6)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    assert.ok(parts.length > 2);
    for (const [i, part] of parts.entries()) {
      assert.ok(Buffer.byteLength(part, 'utf8') <= 75, `line ${i} is ${Buffer.byteLength(part, 'utf8')} octets`);
      if (i > 0) assert.equal(part[0], ' ');
      assert.ok(!part.includes('\uFFFD'));
    }
    assert.equal(parts.map((p, i) => (i ? p.slice(1) : p)).join(''), line);
  });
});

describe('rosterToIcs', () => {
  const text = rosterToIcs(week);

  it('uses CRLF everywhere and no line is longer than 75 octets', () => {
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'bare LF found');
    assert.equal(text.replace(/\r\n/g, '').includes('\r'), false, 'bare CR found');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  });

  it('has the calendar frame and a VTIMEZONE for the TZID it references', () => {
    const lines = unfold(text);
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.ok(lines.includes('VERSION:2.0'));
    assert.ok(lines.some((l) => l.startsWith('PRODID:')));
    assert.ok(lines.includes('TZID:Asia/Ho_Chi_Minh'));
    assert.ok(lines.includes('TZOFFSETTO:+0700'));
  });

  it('makes one event per staffed slot with the session hours in office time', () => {
    const [morning, afternoon, holiday] = events(text);
    assert.ok(morning!.includes('DTSTART;TZID=Asia/Ho_Chi_Minh:20261228T073000'));
    assert.ok(morning!.includes('DTEND;TZID=Asia/Ho_Chi_Minh:20261228T113000'));
    assert.ok(afternoon!.includes('DTSTART;TZID=Asia/Ho_Chi_Minh:20261228T133000'));
    assert.ok(afternoon!.includes('DTEND;TZID=Asia/Ho_Chi_Minh:20261228T170000'));
    assert.ok(morning!.includes('DTSTAMP:20261225T090000Z'));
    assert.ok(holiday!.includes('DTSTART;VALUE=DATE:20270101'));
    assert.ok(holiday!.includes('DTEND;VALUE=DATE:20270102'));
    assert.ok(holiday!.includes('SUMMARY:Nghỉ lễ: Tết Dương lịch'));
    assert.ok(holiday!.includes('TRANSP:TRANSPARENT'));
  });

  it('escapes the values and shows the replacement', () => {
    const [morning] = events(text);
    const summary = morning!.find((l) => l.startsWith('SUMMARY:'))!;
    assert.equal(summary, 'SUMMARY:Quầy 2 – Đất đai\\, Xây dựng (Sáng): Trần Quốc Bảo (thay cho Phạm Thị Lan Anh)');
    const description = morning!.find((l) => l.startsWith('DESCRIPTION:'))!;
    assert.ok(description.includes('Phòng Kinh tế\\; Hạ tầng'));
    assert.ok(description.includes('\\nLĩnh vực: Đất đai\\, Xây dựng'));
    assert.ok(description.includes('Điện thoại: 0209.3870.116'));
  });

  it('gives each slot a UID that is unique and stable when the officials change', () => {
    const uids = (t: string) => unfold(t).filter((l) => l.startsWith('UID:'));
    const first = uids(text);
    assert.equal(new Set(first).size, first.length);
    assert.ok(first.includes('UID:20261228-morning-quay-2-dat-dai-xay-dung@motcua'));
    const changed = structuredClone(week);
    changed.days[0]!.sessions[0]!.slots[0]!.officials = [{ name: 'Người khác', office: 'Phòng khác' }];
    assert.deepEqual(uids(rosterToIcs(changed)), first);
  });

  it('filters by field and is deterministic', () => {
    const only = rosterToIcs(week, { field: 'Hộ tịch' });
    assert.equal(events(only).length, 2); // the afternoon desk + the holiday
    assert.equal(rosterToIcs(week), text);
  });

  it('covers a whole sample week of the reference data and stays valid', () => {
    const data = loadSampleData(new Date('2026-11-18T03:00:00Z'));
    for (const w of data.rosterWeeks) {
      const parsed = RosterWeek.parse(w);
      const ics = rosterToIcs(parsed);
      const slots = parsed.days.flatMap((d) => d.sessions.flatMap((s) => s.slots)).length;
      const holidays = parsed.days.filter((d) => d.holiday).length;
      assert.equal(events(ics).length, slots + holidays, w.week);
      for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75);
    }
  });

  it('names the file after the week', () => {
    assert.equal(icsFileName('2026-W47'), 'lich-truc-2026-W47.ics');
  });
});
