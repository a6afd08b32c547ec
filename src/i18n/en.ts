/**
 * English messages. Loaded lazily (`import('./en.js')` in i18n.ts) so pages that stay in
 * Vietnamese never download them; in the CDN build this file is its own chunk.
 */
import type { Messages } from './messages.js';

export const en: Messages = {
  'common.loading': 'Loading…',
  'common.error': 'Something went wrong. Please try again.',
  'common.retry': 'Try again',
  'common.offline': 'No network connection. Please check your connection and try again.',
  'common.timeout': 'The server took too long to answer. Please try again.',
  'common.notFound': 'Nothing was found.',
  'common.tooManyRequests': 'Too many attempts. Please try again in {seconds} seconds.',
  'common.invalidResponse': 'The data received was not valid.',
  'common.empty': 'No data.',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.back': 'Back',
  'common.more': 'Show more',
  'common.less': 'Show less',
  'common.search': 'Search',
  'common.submit': 'Submit',
  'common.print': 'Print',
  'common.copy': 'Copy',
  'common.copied': 'Copied',
  'common.required': 'Required',
  'common.optional': 'Optional',
  'common.noApiBase': 'No API address configured (the api-base attribute or <motcua-provider>).',
  'common.results': { one: '{count} result', other: '{count} results' },
  'common.page': 'Page {page} of {pages}',
  'common.previous': 'Previous page',
  'common.next': 'Next page',

  'provider.label': 'One-stop services',

  'status.1': 'Newly registered',
  'status.2': 'Accepted',
  'status.3': 'Not accepted',
  'status.4': 'In progress',
  'status.5': 'Additional documents requested',
  'status.6': 'Financial obligations requested',
  'status.7': 'Withdrawn at the applicant’s request',
  'status.8': 'Processing stopped',
  'status.9': 'Processed',
  'status.10': 'Result returned',

  'level.ministry': 'Ministry level',
  'level.province': 'Provincial level',
  'level.district': 'District level',
  'level.commune': 'Commune level',

  'channel.in-person': 'In person',
  'channel.online': 'Online',
  'channel.postal': 'Public postal service',

  'onlineLevel.full': 'Full online public service',
  'onlineLevel.partial': 'Partial online public service',
  'onlineLevel.level-2': 'Level 2',
  'onlineLevel.level-3': 'Level 3',
  'onlineLevel.level-4': 'Level 4',

  'duration.working-days': { one: '{count} working day', other: '{count} working days' },
  'duration.days': { one: '{count} day', other: '{count} days' },
  'duration.hours': { one: '{count} hour', other: '{count} hours' },
  'duration.months': { one: '{count} month', other: '{count} months' },
  'fee.free': 'Free of charge',
};
