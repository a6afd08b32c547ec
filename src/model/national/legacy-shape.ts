// A record of the legacy exchange package (upper-case keys: MATTHC, TENTTHC, CAPTHUCHIEN,
// CACHTHUCTHUCHIEN, THANHPHANHOSO, …) → Procedure. See ../shared/backends/national-records.md, section 2.
import type { OnlineLevel, Procedure } from '../procedure.js';
import { essential, finish, nationalUrl } from './finish.js';
import { legacyChannels } from './legacy-channels.js';
import { joined, legacyAgencies, legacyDocuments, legacyLegalBasis, legacySteps } from './legacy-parts.js';
import { levelsFromText } from './levels.js';
import { fold, isoDate, list, pick, recs, setIf, slug, splitList, text, type Rec } from './read.js';

function onlineLevel(v: unknown): OnlineLevel | undefined {
  const f = fold(pick(v, 'TENMUCDO', 'MUCDO', 'MA'));
  if (!f) return undefined;
  if (/toan trinh/.test(f)) return 'full';
  if (/mot phan/.test(f)) return 'partial';
  const n = /(\d)/.exec(f)?.[1];
  if (n === '4') return 'level-4';
  if (n === '3') return 'level-3';
  if (n === '2') return 'level-2';
  return undefined;
}

function fieldOf(record: Rec): Procedure['field'] {
  const field = recs(record.LINHVUCTHUCHIEN)[0];
  const name = field ? text(field.TENLINHVUC) : text(record.LINHVUCTHUCHIEN);
  const code = field ? text(field.MALINHVUC) : '';
  return { code: code || (name ? slug(name) : 'khac'), name: name || 'Khác' };
}

/**
 * Maps a legacy record. Missing parts become empty lists, numbers may be strings ("15",
 * "50.000 đồng"), and old wording (Cấp Huyện, Mức độ 3) is kept. Throws NationalRecordError
 * naming MATTHC or TENTTHC when absent, or the first key the Procedure schema rejects.
 */
export function fromLegacyRecord(record: Rec): Procedure {
  const code = essential(record, ['MATTHC'], 'mã thủ tục');
  const name = essential(record, ['TENTTHC'], 'tên thủ tục', code);
  const { levels, otherAgency } = levelsFromText(record.CAPTHUCHIEN);
  const { channels, notes } = legacyChannels(record.CACHTHUCTHUCHIEN);
  const p: Procedure = {
    code,
    name,
    field: fieldOf(record),
    levels,
    agencies: legacyAgencies(record),
    channels,
    documents: legacyDocuments(record.THANHPHANHOSO),
    steps: legacySteps(record.TRINHTUTHUCHIEN),
    results: list(record.KETQUATHUCHIEN).map((x) => pick(x, 'TENKETQUA', 'TEN')).filter(Boolean),
    legalBasis: legacyLegalBasis(record.CANCUPHAPLY),
    nationalUrl: nationalUrl(code),
  };
  setIf(p, 'onlineLevel', onlineLevel(record.MUCDO ?? record.MUCDODVC ?? record.MUCDODVCTT));
  setIf(p, 'otherAgency', otherAgency);
  const requirements = [joined(record.YEUCAUDIEUKIEN, 'NOIDUNG', 'TEN'), joined(record.YEUCAU, 'NOIDUNG', 'TEN')];
  setIf(p, 'requirements', requirements.filter(Boolean).join('\n'));
  setIf(p, 'subjects', joined(record.DOITUONGTHUCHIEN, 'TENDOITUONG', 'TEN') || text(record.MOTADOITUONGTHUCHIEN));
  setIf(p, 'keywords', splitList(text(record.TUKHOA)));
  setIf(p, 'updatedOn', isoDate(record.NGAYCAPNHAT));
  setIf(p, 'notes', notes);
  p.source = { shape: 'national-legacy' };
  return finish(p, { code: 'MATTHC', name: 'TENTTHC' }, code);
}
