/**
 * One test per entry of the vocabulary tables: each typed form of a rule, searched alone, brings
 * a procedure that says what the rule means (all the syllables of one of its meanings) into the
 * top five of the national catalogue or of the test catalogue. A rule that leads nowhere is dead
 * data and fails here. Level hints, fillers and qualifiers are checked as data too.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createProcedureIndex, tokenize, type SearchableProcedure } from '../../src/search/index.js';
import type { SynonymRule } from '../../src/search/synonyms.js';
import { abbreviations } from '../../src/search/vocabulary/abbreviations.js';
import { colloquial } from '../../src/search/vocabulary/colloquial.js';
import { defaultStopPhrases } from '../../src/search/vocabulary/fillers.js';
import { defaultLevelHints } from '../../src/search/vocabulary/levels.js';
import { defaultQualifiers } from '../../src/search/vocabulary/qualifiers.js';
import { catalogue } from './catalogue.js';
import { nationalCatalogue } from './national.js';

const catalogues: readonly SearchableProcedure[][] = [nationalCatalogue(), [...catalogue]];
const indexes = catalogues.map((c) => createProcedureIndex(c));
const syllables = (text: string): string[] => tokenize(text).terms;

/** The hit's name and field hold every syllable of the phrase. */
function says(p: SearchableProcedure, phrase: string): boolean {
  const field = p.field === undefined ? '' : typeof p.field === 'string' ? p.field : p.field.name;
  const have = new Set(syllables(`${p.name} ${field}`));
  return syllables(phrase).every((s) => have.has(s));
}

function leadsToMeaning(rule: SynonymRule, typed: string): boolean {
  return indexes.some((index) => index.search(typed, { limit: 5 }).hits.some((h) => rule.means.some((m) => says(h.procedure, m))));
}

for (const [name, table] of [['abbreviations', abbreviations], ['colloquial', colloquial]] as const) {
  describe(`${name} table`, () => {
    for (const rule of table) {
      test(`${rule.terms.join(' / ')} → ${rule.means.join(' / ')}`, () => {
        assert.ok(rule.terms.length > 0 && rule.means.length > 0);
        for (const typed of rule.terms) assert.ok(leadsToMeaning(rule, typed), `"${typed}" finds nothing that says ${rule.means.join(' or ')}`);
      });
    }
  });
}

test('a typed form belongs to one rule only (a second rule for it would never fire)', () => {
  const seen = new Map<string, string>();
  for (const rule of [...abbreviations, ...colloquial]) {
    for (const typed of rule.terms) {
      const key = syllables(typed).join(' ');
      assert.ok(!seen.has(key), `"${typed}" is in two rules (${seen.get(key)} and ${rule.terms[0]})`);
      seen.set(key, rule.terms[0] as string);
    }
  }
});

test('every level hint names its level, and look-alikes do not', () => {
  const index = indexes[0]!;
  for (const hint of defaultLevelHints) {
    const before = index.search(`cấp lại thẻ căn cước ${hint.phrase}`, { limit: 1 }).hits[0]!;
    assert.ok(before, hint.phrase);
  }
  // "ở xã" asks for the commune's card, "xã hội" (social) and a bare "tinh" (tính) do not.
  assert.equal(index.search('cấp lại thẻ căn cước ở xã', { limit: 1 }).hits[0]?.code, '1.014064');
  assert.equal(index.search('cấp lại thẻ căn cước cấp tỉnh', { limit: 1 }).hits[0]?.code, '2.001194');
  assert.equal(index.search('cấp lại thẻ căn cước trung ương', { limit: 1 }).hits[0]?.code, '1.000757');
  const social = index.search('giải quyết hưởng bảo hiểm xã hội một lần', { limit: 1 }).hits[0]?.code;
  assert.equal(social, '1.001613');
});

test('fillers are single words or short phrases of questions, not catalogue terms', () => {
  for (const phrase of defaultStopPhrases) assert.ok(syllables(phrase).length <= 4, phrase);
  // A query of fillers only still searches.
  assert.ok(indexes[0]!.search('thủ tục').total > 0);
});

test('every qualifier occurs in some national procedure name', () => {
  const names = nationalCatalogue().map((p) => ` ${syllables(p.name).join(' ')} `);
  const unused = defaultQualifiers.filter((q) => !names.some((n) => n.includes(` ${syllables(q).join(' ')} `)));
  assert.deepEqual(unused, []);
});
