// §4: questions by (className, classPK), copied from the templates on the first GET; answers
// posted as a 1-based `selected`, every POST a new row unless the quirk is off.
import type { SimAnswer, SimRequest, SimVoting } from './context.js';
import { formatDate } from './format.js';
import { DOSSIERS, VOTING_TEMPLATES } from './seed.js';

function ensureTemplates(req: SimRequest): void {
  if (req.state.votings.some((v) => v.classPK === '0')) return;
  for (const t of VOTING_TEMPLATES) {
    req.state.votings.push({ votingId: req.state.nextId++, votingCode: t.votingCode, className: t.className, classPK: '0', subject: t.subject, choices: t.choices, commentable: t.commentable, created: '2026-01-02 08:00' });
  }
}

function toModel(req: SimRequest, v: SimVoting) {
  const votes = req.state.votes.filter((x) => x.votingId === v.votingId);
  return {
    votingId: v.votingId,
    userId: 20139,
    userName: 'Quản trị',
    createDate: formatDate(v.created, 'timestamp', req.quirks),
    modifiedDate: formatDate(v.created, 'timestamp', req.quirks),
    className: v.className,
    classPK: Number(v.classPK),
    subject: v.subject,
    templateNo: '',
    commentable: v.commentable,
    choices: v.choices,
    answers: v.choices.map((_, i) => String(votes.filter((x) => x.selected === i + 1).length)),
    answersCount: votes.length,
    selected: 0,
  };
}

export function getVotings(req: SimRequest, className: string, classPK: string): SimAnswer {
  ensureTemplates(req);
  const templates = req.state.votings.filter((v) => v.classPK === '0' && v.className === className);
  if (classPK !== '0') {
    if (className === 'dossier' && !DOSSIERS.some((d) => String(d.dossierId) === classPK)) return { status: 200, json: { total: 0, data: [] }, jaxb: true };
    // The side effect of a GET: missing questions are copied for this object (§4.1).
    for (const t of templates) {
      if (!req.state.votings.some((v) => v.classPK === classPK && v.className === className && v.votingCode === t.votingCode)) {
        req.state.votings.push({ ...t, votingId: req.state.nextId++, classPK, created: '2026-11-20 09:00' });
      }
    }
  }
  const rows = req.state.votings.filter((v) => v.className === className && v.classPK === classPK);
  return { status: 200, json: { total: rows.length, votingCount: rows.length, data: rows.map((v) => toModel(req, v)) }, jaxb: true };
}

export function postVote(req: SimRequest, votingId: string): SimAnswer {
  if (req.state.failVotePosts.includes(++req.state.votePosts)) return { status: 500, text: 'java.lang.NullPointerException', type: 'text/html' };
  const voting = req.state.votings.find((v) => String(v.votingId) === votingId);
  if (!voting) return { status: 403, json: { message: 'No Content.', code: 403, description: 'voting not found' } };
  const selected = Number(req.form.get('selected'));
  const comment = req.form.get('comment') ?? '';
  const earlier = req.state.votes.find((v) => v.votingId === voting.votingId);
  if (!req.quirks.duplicateVotes && earlier) {
    Object.assign(earlier, { selected, comment });
    return { status: 200, json: { ...earlier, userId: 0, userName: '', fullName: '', email: '', currentUser: false }, jaxb: true };
  }
  const vote = { votingResultId: req.state.nextId++, votingId: voting.votingId, selected, comment };
  req.state.votes.push(vote);
  return { status: 200, json: { ...vote, userId: 0, userName: '', fullName: '', email: '', currentUser: false }, jaxb: true };
}
