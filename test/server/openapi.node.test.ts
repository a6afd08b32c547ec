// The contract as OpenAPI 3.1, generated from the zod schemas and served by the server, passes a
// maintained validator (@readme/openapi-parser), and its schemas accept what the server answers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { compileErrors, validate } from '@readme/openapi-parser';
import { fixtureServer } from './helpers.js';
import { DOSSIER_CODE } from '../../src/domain/dossier-code.js';

describe('OpenAPI document', () => {
  let server: Awaited<ReturnType<typeof fixtureServer>>;
  let doc: Record<string, any>;
  before(async () => {
    server = await fixtureServer();
    const res = await fetch(`${server.url}/api/v1/openapi.json`);
    assert.equal(res.status, 200);
    doc = (await res.json()) as Record<string, any>;
  });
  after(() => server.close());

  it('is a valid OpenAPI 3.1 document', async () => {
    assert.equal(doc.openapi, '3.1.0');
    const result = await validate(structuredClone(doc) as Parameters<typeof validate>[0]);
    assert.ok(result.valid, compileErrors(result));
  });

  it('documents every route of the API with its error statuses', () => {
    const operations = Object.values(doc.paths as Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>).flatMap((p) => Object.values(p));
    assert.deepEqual(operations.map((o) => o.operationId).sort(), ['getHolidays', 'getProcedure', 'getQueue', 'getRoster', 'getSearchIndex', 'getStats', 'getSurveyForm', 'listFields', 'lookupDossier', 'searchProcedures', 'streamQueue', 'submitSurveyResponse']);
    const lookup = doc.paths['/dossiers/lookup'].post.responses;
    assert.ok(lookup['404'] && lookup['429'] && lookup['502']);
    assert.ok(doc.paths['/surveys/responses'].post.parameters.some((p: { name: string; required: boolean }) => p.name === 'Idempotency-Key' && p.required));
  });

  it('is generated from the zod schemas: the patterns and enums are the model’s', () => {
    const dossier = doc.components.schemas.Dossier;
    assert.equal(dossier.properties.code.pattern, DOSSIER_CODE.source);
    assert.deepEqual(dossier.properties.status.enum, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual(doc.components.schemas.Procedure.properties.levels.items.enum, ['ministry', 'province', 'district', 'commune']);
  });
});
