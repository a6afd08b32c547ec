/** How each on-time state is shown: message key and icon shape (never colour alone). */
import type { Timeliness } from '../../model/dossier.js';

export type BadgeTone = 'success' | 'info' | 'warning' | 'danger';

export const TIMELINESS_BADGE: Record<Timeliness, { tone: BadgeTone; icon: 'check' | 'star' | 'clock' | 'alert' }> = {
  early: { tone: 'success', icon: 'star' },
  'on-time': { tone: 'success', icon: 'check' },
  'in-progress': { tone: 'info', icon: 'clock' },
  late: { tone: 'danger', icon: 'alert' },
  overdue: { tone: 'danger', icon: 'alert' },
};
