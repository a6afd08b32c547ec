/** QR payloads: what a scanned code means (DOM-free). */
export {
  parseQrPayload, cleanQrText, normaliseProcedureCode, findDossierCode, QR_MAX_LENGTH,
  type QrPayload, type QrUnsafeReason, type QrVia, type ParseQrOptions,
} from './parse.js';
export { motcuaLink, fillLinkTemplate, NATIONAL_PROCEDURE_TEMPLATE, type MotcuaLinkTarget } from './link.js';
