import type { Step } from '../procedure.js';

const STEP_START = /^\s*bước\s*\d+/iu;
const BULLET = /^\s*[-+*•–]/u;

/** "Bước 2: Nộp hồ sơ … :\n+ …" → title "Bước 2: Nộp hồ sơ …", the whole text as description. */
export function toStep(full: string, where = ''): Step | undefined {
  const whole = full.trim();
  if (!whole) return undefined;
  const firstLine = whole.split('\n')[0]!.trim();
  const prefix = /^bước\s*\d+\s*[:.\-–)]?\s*/iu.exec(firstLine)?.[0] ?? '';
  const rest = firstLine.slice(prefix.length);
  // Long step texts keep "Bước n" and their first clause as the title, the whole text as the description.
  const clause = /^(.{1,100}?)(?:[:.;]\s|[:;]?$)/su.exec(rest)?.[1] ?? `${rest.slice(0, 100)}…`;
  const title = `${prefix}${clause}`.trim() || whole.slice(0, 100);
  const step: Step = { title };
  const description = [where ? `Trường hợp: ${where}` : '', title.length < whole.length ? whole : ''].filter(Boolean).join('\n');
  if (description) step.description = description;
  return step;
}

/** Splits a text before every line that starts "Bước N"; a preamble before "Bước 1" is a piece too. */
export function splitOnStepMarks(text: string): string[] {
  const pieces: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (STEP_START.test(line) || pieces.length === 0) pieces.push(line);
    else pieces[pieces.length - 1] += `\n${line}`;
  }
  return pieces.map((p) => p.trim()).filter(Boolean);
}

/** One piece per line, bullet lines ("+ …", "- …") staying with the line above them. */
export function splitOnLines(text: string): string[] {
  const pieces: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    if (BULLET.test(line) && pieces.length > 0) pieces[pieces.length - 1] += `\n${line}`;
    else pieces.push(line);
  }
  return pieces.map((p) => p.trim());
}

/**
 * The steps a text holds: one per "Bước N" when it has such marks; otherwise one per line when
 * `byLine` (the legacy package writes one step per line), else the whole text as one step.
 */
export function stepsFromText(text: string, where = '', byLine = false): Step[] {
  const marks = text.split(/\r?\n/).filter((l) => STEP_START.test(l)).length;
  const pieces = marks > 0 ? splitOnStepMarks(text) : byLine ? splitOnLines(text) : [text];
  return pieces.flatMap((p) => toStep(p, where) ?? []);
}
