/** Maps an SDK error to the message key (and values) an element shows for it. */
import { isHttpError, isNetworkError, isTimeoutError, isValidationError } from '../../api/errors.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';

export interface ErrorMessage {
  key: MessageKey;
  params?: MessageParams;
}

export function errorMessage(error: unknown): ErrorMessage {
  if (isNetworkError(error)) {
    return { key: 'common.offline' };
  }
  if (isTimeoutError(error)) return { key: 'common.timeout' };
  if (isHttpError(error)) {
    if (error.status === 429) return { key: 'common.tooManyRequests', params: { seconds: error.retryAfter ?? 60 } };
    if (error.status === 404) return { key: 'common.notFound' };
  }
  if (isValidationError(error) && error.where === 'response') return { key: 'common.invalidResponse' };
  return { key: 'common.error' };
}
