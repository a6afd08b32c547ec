import * as z from 'zod/mini';
import { FieldList, Procedure, ProcedureCode, ProcedurePage, ProcedureQuery, type Field } from '../model/procedure.js';
import { ProcedureSearchBundle } from '../model/search-index.js';
import type { CallOptions, Transport } from './transport.js';
import { check } from './validate.js';

export interface ProceduresResource {
  /** Searches the catalogue; every query part is optional (an empty query lists all, by name). */
  search(query?: ProcedureQuery, options?: CallOptions): Promise<ProcedurePage>;
  /** One procedure in full, by national code (`1.001108`) or local variant code. */
  get(code: string, options?: CallOptions): Promise<Procedure>;
  /** The fields (lĩnh vực) with how many procedures each holds. */
  fields(options?: CallOptions): Promise<Field[]>;
  /**
   * The whole catalogue as summaries with the server's prebuilt search index, for searching on
   * the device without building one (motcua/search `loadProcedureIndex`).
   */
  searchIndex(options?: CallOptions): Promise<ProcedureSearchBundle>;
}

const CodeInput = z.object({ code: ProcedureCode });

export function proceduresResource(transport: Transport): ProceduresResource {
  return {
    async search(query = {}, options) {
      const q = check(ProcedureQuery, query, 'request');
      const body = await transport.send({ method: 'get', path: 'procedures', searchParams: { ...q }, policy: 'read' }, options);
      return check(ProcedurePage, body, 'response');
    },
    async get(code, options) {
      const input = check(CodeInput, { code: typeof code === 'string' ? code.trim() : code }, 'request');
      const body = await transport.send(
        { method: 'get', path: `procedures/${encodeURIComponent(input.code)}`, policy: 'read' },
        options,
      );
      return check(Procedure, body, 'response');
    },
    async searchIndex(options) {
      const body = await transport.send({ method: 'get', path: 'procedures/search-index', policy: 'read' }, options);
      return check(ProcedureSearchBundle, body, 'response');
    },
    async fields(options) {
      const body = await transport.send({ method: 'get', path: 'fields', policy: 'read' }, options);
      return check(FieldList, body, 'response').items;
    },
  };
}
