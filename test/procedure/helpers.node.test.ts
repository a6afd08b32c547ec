import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_INPUT, plainText, safeUrl } from '../../src/elements/procedure-detail/plain-text.js';
import { highlightSegments } from '../../src/elements/procedure-search/highlight.js';
import { openIndex, searchIndex } from '../../src/elements/procedure-search/local-index.js';
import { readSearchState, writeSearchState } from '../../src/elements/procedure-search/url-state.js';
import type { ProcedureSummary } from '../../src/model/procedure.js';

test('highlightSegments merges, clamps and orders ranges on the accented text', () => {
  const name = 'Đăng ký khai sinh';
  assert.deepEqual(highlightSegments(name, [[8, 12], [0, 3], [2, 7], [13, 99]]), [
    { text: 'Đăng ký', mark: true },
    { text: ' ', mark: false },
    { text: 'khai', mark: true },
    { text: ' ', mark: false },
    { text: 'sinh', mark: true },
  ]);
  assert.deepEqual(highlightSegments(name, []), [{ text: name, mark: false }]);
  assert.deepEqual(highlightSegments(name, [[5, 5], [-3, 0]]), [{ text: name, mark: false }]);
  assert.deepEqual(highlightSegments('', [[0, 2]]), []);
});

test('plainText strips tags, drops script content and decodes entities', () => {
  const raw = 'Cơ quan <b>thẩm định</b> hồ sơ. Xem <a href="x" onclick="alert(1)">hướng dẫn</a><script>alert("xss")</script><img src="x" onerror="alert(2)">';
  assert.equal(plainText(raw), 'Cơ quan thẩm định hồ sơ. Xem hướng dẫn');
  assert.equal(plainText('a &amp; b &lt;c&gt; &#7871; &#x1EBF;'), 'a & b <c> ế ế');
  assert.equal(plainText('Bước 1<br>Bước 2<p>Bước 3</p>'), 'Bước 1\nBước 2\nBước 3');
  assert.equal(plainText('trẻ em < 6 tuổi'), 'trẻ em < 6 tuổi');
  assert.equal(plainText('<style>p{}</style>x<scr<script>ipt>y'), 'x');
  assert.equal(plainText(undefined), '');
});

test('plainText on hostile input: unclosed tags everywhere, and a length cap', () => {
  // Once quadratic (13 s on the main thread for this); now one pass. Timing lives in bench/.
  assert.equal(plainText('<p'.repeat(40_000)), '…', 'all tags, cut at the cap');
  assert.equal(plainText(`a${'<p '.repeat(6_000)}b`), 'a', 'an unclosed tag runs to the end, as before');
  assert.equal(plainText(`a${'<p>'.repeat(6_000)}b`), 'a\n\nb');
  assert.equal(plainText(`${'<script>'.repeat(2_000)}x`), '');
  assert.equal(plainText('<li>một<li>hai</li>'), '• một\n• hai');
  assert.equal(plainText('<!-- ghi chú -->văn bản'), 'văn bản');
  const long = plainText('x'.repeat(MAX_INPUT * 5));
  assert.equal(long.length, MAX_INPUT + 1, 'cut to the cap, with an ellipsis');
  assert.ok(long.endsWith('…'));
});

test('safeUrl lets same-site paths and https links through, nothing else', () => {
  assert.equal(safeUrl('/demo/forms/a.docx'), '/demo/forms/a.docx');
  assert.equal(safeUrl('https://dichvucong.gov.vn/p?ma_thu_tuc=1.001193'), 'https://dichvucong.gov.vn/p?ma_thu_tuc=1.001193');
  assert.equal(safeUrl('  /forms/1.001193-to-khai.html '), '/forms/1.001193-to-khai.html');
  for (const hostile of [
    'javascript:alert(1)',
    ' JaVa\tScRiPt:alert(1)',
    'data:text/html,<script>',
    'http://dichvucong.gov.vn/', // not https
    '//evil.example/x', // protocol-relative: another host
    '/\\evil.example/x', // browsers read \ as /
    '\\\\evil.example/x',
    '/\t/evil.example', // tabs are dropped by the URL parser: //evil.example
    '/\n/evil.example',
    'https:evil.example', // no slashes: not the absolute form
    'https:/\\evil.example',
    'https://user:pass@evil.example/',
    'forms/relative.docx',
    '',
  ]) {
    assert.equal(safeUrl(hostile), undefined, JSON.stringify(hostile));
  }
});

test('URL state: read with Vietnamese parameter names, written keeping the host’s parameters', () => {
  assert.deepEqual(readSearchState('?q=khai+sinh&linh_vuc=ho-tich&cap=commune&x=1'), {
    q: 'khai sinh',
    filters: { field: 'ho-tich', level: 'commune' },
  });
  assert.equal(writeSearchState('?x=1&q=old', { q: 'sổ đỏ', filters: { channel: 'online' } }), '?x=1&q=s%E1%BB%95+%C4%91%E1%BB%8F&kenh=online');
  assert.equal(writeSearchState('?q=old&linh_vuc=a', { q: ' ', filters: {} }), '');
});

test('the local catalogue searches summaries with channel facets and name highlights', () => {
  const summaries: ProcedureSummary[] = [
    { code: '1.001193', name: 'Đăng ký khai sinh', field: { code: 'ho-tich', name: 'Hộ tịch' }, levels: ['commune'], channels: ['in-person', 'online'] },
    { code: '1.000894', name: 'Đăng ký kết hôn', field: { code: 'ho-tich', name: 'Hộ tịch' }, levels: ['commune'], channels: ['in-person'] },
  ];
  const catalogue = openIndex(summaries);
  const result = searchIndex(catalogue, 'dang ky khai sinh', {}, 10);
  assert.equal(result.thread, 'main');
  assert.equal(result.items[0]?.procedure, summaries[0]);
  assert.deepEqual(result.items[0]?.ranges, [[0, 17]]);
  const online = searchIndex(catalogue, 'dang ky', { channel: 'online' }, 10);
  assert.deepEqual(online.items.map((i) => i.procedure.code), ['1.001193']);
  assert.ok(online.facets.channel.some((v) => v.value === 'online' && v.count === 1));
});
