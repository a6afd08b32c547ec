// Dossier codes as citizens type them: spaces, lower case, and the dashes word processors
// and phones substitute (– — − and friends) all mean the printed code.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

export function normaliseDossierCode(raw: string): string {
  // NFKC folds full-width digits and letters (from some IMEs) to ASCII.
  return raw.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, '').toUpperCase();
}
