import { define } from '../shared/define.js';
import { MotcuaSatisfactionSurvey } from './satisfaction-survey.component.js';

export { MotcuaSatisfactionSurvey };
export { Outbox } from './outbox.js';
export type { SurveySubmitDetail } from './events.js';

define('motcua-satisfaction-survey', MotcuaSatisfactionSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-satisfaction-survey': MotcuaSatisfactionSurvey;
  }
}
