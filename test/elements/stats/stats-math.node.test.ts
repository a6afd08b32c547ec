import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axisTicks, indexOfMax, onTimeRate, parsePeriod, satisfiedRate } from '../../../src/elements/stats/stats-math.js';

describe('stats arithmetic', () => {
  it('on-time rate counts early and on time out of resolved, and has no value without resolved dossiers', () => {
    assert.equal(onTimeRate({ early: 1407 - 1000, onTime: 1000, resolved: 1413 }), 1407 / 1413);
    assert.equal(onTimeRate({ early: 0, onTime: 0, resolved: 0 }), undefined);
    assert.equal(satisfiedRate({ responses: 4, verySatisfied: 1, satisfied: 2, dissatisfied: 1 }), 0.75);
    assert.equal(satisfiedRate({ responses: 0, verySatisfied: 0, satisfied: 0, dissatisfied: 0 }), undefined);
  });

  it('parses the three period forms the API uses', () => {
    assert.deepEqual(parsePeriod('2025-09'), { kind: 'month', year: 2025, month: 9 });
    assert.deepEqual(parsePeriod('2025-Q3'), { kind: 'quarter', year: 2025, quarter: 3 });
    assert.deepEqual(parsePeriod('2025'), { kind: 'year', year: 2025 });
    assert.equal(parsePeriod('2025-Q5'), undefined);
    assert.equal(parsePeriod('tháng 9'), undefined);
  });

  it('rounds the axis up to a readable step', () => {
    assert.deepEqual(axisTicks(87), { top: 100, ticks: [0, 25, 50, 75, 100] });
    assert.deepEqual(axisTicks(1234), { top: 1500, ticks: [0, 500, 1000, 1500] });
    assert.deepEqual(axisTicks(3), { top: 3, ticks: [0, 1, 2, 3] });
    assert.deepEqual(axisTicks(0), { top: 1, ticks: [0, 1] });
    for (const max of [1, 7, 19, 250, 9999, 66428]) {
      const { top, ticks } = axisTicks(max);
      assert.ok(top >= max && ticks.at(-1) === top && ticks.every(Number.isInteger), `${max}: ${top} ${ticks}`);
    }
  });

  it('finds the largest value', () => {
    assert.equal(indexOfMax([3, 9, 9, 1]), 1);
    assert.equal(indexOfMax([]), -1);
  });
});
