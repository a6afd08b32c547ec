// Form templates (§2.3) served through the gateway: `/forms/opencps/<serviceInfoId>/<templateNo>/<file name>`
// fetches `/o/rest/v2/serviceinfos/{serviceInfoId}/filetemplates/{templateNo}` (the id must be
// numeric there); the last segment only names the download.
import type { BackendFiles } from '../backend.js';
import type { OpencpsClient } from './client.js';
import { FORMS_PREFIX } from './procedure.js';

const PATH = /^(\d{1,19})\/([^/]{1,80})\/([^/]{1,200})$/;

export function opencpsFiles(client: OpencpsClient): BackendFiles {
  return {
    prefix: FORMS_PREFIX,
    async get(path) {
      const m = PATH.exec(path.slice(FORMS_PREFIX.length));
      if (!m) return undefined;
      let no: string, name: string;
      try {
        no = decodeURIComponent(m[2]!);
        name = decodeURIComponent(m[3]!);
      } catch {
        return undefined;
      }
      const file = await client.file(`/o/rest/v2/serviceinfos/${m[1]}/filetemplates/${encodeURIComponent(no)}`);
      return file && { body: file.body, name };
    },
  };
}
