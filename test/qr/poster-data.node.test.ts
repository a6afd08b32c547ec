import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { posterItem, splitCodes } from '../../src/elements/qr-poster/poster-data.js';
import { fillLinkTemplate } from '../../src/qr/link.js';

const base = { code: '1.001193', name: 'Đăng ký khai sinh', field: { code: 'ht', name: 'Hộ tịch' }, levels: ['commune' as const] };
const time = (text: string) => ({ unit: 'working-days' as const, text });
const fee = { text: 'Miễn phí' };

describe('poster data', () => {
  it('groups channels that share a processing time', () => {
    const item = posterItem({
      ...base, agencies: [], documents: [], steps: [], results: [], legalBasis: [],
      channels: [
        { kind: 'in-person', processingTime: time('3 ngày làm việc'), fee },
        { kind: 'online', processingTime: time('2 ngày làm việc'), fee },
        { kind: 'postal', processingTime: time('3 ngày làm việc'), fee },
      ],
    });
    assert.deepEqual(item.times, [{ channels: ['in-person', 'postal'], text: '3 ngày làm việc' }, { channels: ['online'], text: '2 ngày làm việc' }]);
    assert.equal(item.sameForAll, false);
  });

  it('one wording for every channel is shown once', () => {
    const item = posterItem({
      ...base, agencies: [], documents: [], steps: [], results: [], legalBasis: [],
      channels: [{ kind: 'in-person', processingTime: time('Trong ngày'), fee }, { kind: 'online', processingTime: time('Trong ngày'), fee }],
    });
    assert.equal(item.sameForAll, true);
  });

  it('takes the summary time of a search hit', () => {
    assert.equal(posterItem({ ...base, channels: ['in-person'], processingTime: '5 ngày' }).time, '5 ngày');
  });

  it('splits and dedupes codes; fills link templates with the encoded code', () => {
    assert.deepEqual(splitCodes(' 1.001193, 1.000894;1.001193\n2.000884 '), ['1.001193', '1.000894', '2.000884']);
    assert.deepEqual(splitCodes(undefined), []);
    assert.equal(fillLinkTemplate('https://x.vn/?a={code}&b={code}', '1.0 01'), 'https://x.vn/?a=1.0%2001&b=1.0%2001');
  });
});
