/**
 * How people name a level of government in a query. Sources: the catalogue's own wording
 * ("thực hiện tại cấp tỉnh", "tại Công an cấp tỉnh", "cấp trung ương") and how citizens ask
 * ("làm ở xã", "lên phường", "ở tỉnh"). Since 7/2025 the district level is gone, so a district
 * hint also accepts the commune level that took its procedures over.
 *
 * A hint of one syllable counts only when typed with its marks ("tỉnh", not "tính" or a bare
 * "tinh"), since bare "xa", "tinh", "phuong" are also other words (xã hội, tính thuế, phương tiện).
 * `notBefore`: the hint does not count when the next syllable is one of these ("xã hội").
 */
import { COMMUNE, DISTRICT, MINISTRY, PROVINCE } from '../levels.js';

export interface LevelHint {
  readonly phrase: string;
  readonly level: number;
  readonly notBefore?: readonly string[];
}

const SOCIAL = ['hội'];

export const defaultLevelHints: readonly LevelHint[] = [
  { phrase: 'cấp xã', level: COMMUNE, notBefore: SOCIAL },
  { phrase: 'ở xã', level: COMMUNE, notBefore: SOCIAL },
  { phrase: 'tại xã', level: COMMUNE, notBefore: SOCIAL },
  { phrase: 'ủy ban xã', level: COMMUNE },
  { phrase: 'công an xã', level: COMMUNE },
  { phrase: 'xã', level: COMMUNE, notBefore: SOCIAL },
  { phrase: 'cấp phường', level: COMMUNE },
  { phrase: 'ở phường', level: COMMUNE },
  { phrase: 'tại phường', level: COMMUNE },
  { phrase: 'phường', level: COMMUNE },
  { phrase: 'thị trấn', level: COMMUNE },
  { phrase: 'cấp huyện', level: DISTRICT | COMMUNE },
  { phrase: 'ở huyện', level: DISTRICT | COMMUNE },
  { phrase: 'huyện', level: DISTRICT | COMMUNE },
  { phrase: 'quận', level: DISTRICT | COMMUNE },
  { phrase: 'cấp tỉnh', level: PROVINCE },
  { phrase: 'ở tỉnh', level: PROVINCE },
  { phrase: 'tại tỉnh', level: PROVINCE },
  { phrase: 'công an tỉnh', level: PROVINCE },
  { phrase: 'tỉnh', level: PROVINCE },
  { phrase: 'cấp bộ', level: MINISTRY },
  { phrase: 'ở bộ', level: MINISTRY },
  { phrase: 'trung ương', level: MINISTRY },
  { phrase: 'cấp trung ương', level: MINISTRY },
  { phrase: 'ở trung ương', level: MINISTRY },
  { phrase: 'bộ công an', level: MINISTRY },
];
