// What every simulated endpoint receives, and how it answers.
import type { Quirks } from './quirks.js';

export interface SimVoting {
  votingId: number;
  votingCode: string;
  className: string;
  classPK: string;
  subject: string;
  choices: string[];
  commentable: boolean;
  created: string;
}

export interface SimVote {
  votingResultId: number;
  votingId: number;
  selected: number;
  comment: string;
}

/** The simulator's mutable state, readable by tests. */
export interface SimState {
  votings: SimVoting[];
  votes: SimVote[];
  /** Times a request asked for a statistics recomputation (`reCalculate=1`). */
  recalculations: number;
  nextId: number;
  /** Vote POSTs answered so far, and which of them (1-based) a test wants answered with a 500. */
  votePosts: number;
  failVotePosts: number[];
}

export interface SimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  form: URLSearchParams;
  quirks: Quirks;
  state: SimState;
  /** Whether the request named this site (`groupId` header), or the quirk does not care. */
  inGroup: boolean;
}

export type SimAnswer =
  | { status: number; json: unknown; jaxb?: boolean }
  | { status: number; text: string; type?: string }
  | { status: number; bytes: Buffer; type: string };

/** §1.4: "not found" is a 403 ErrorMsg (or a 404 with the quirk off). */
export function notFound(req: SimRequest, description: string): SimAnswer {
  const status = req.quirks.notFoundAs403 ? 403 : 404;
  return { status, json: { message: 'No Content.', code: status, description } };
}
