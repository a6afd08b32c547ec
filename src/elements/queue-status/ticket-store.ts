/**
 * Remembers the followed ticket on this device: the number and whether notifications were asked
 * for, nothing else (no name, no phone). A storage that throws (private mode, blocked) is ignored.
 */
const KEY = 'motcua.queue.ticket';

export interface StoredTicket {
  number: number;
  notify: boolean;
  /** The office day the ticket is for: yesterday's number means nothing today. */
  date: string;
}

export function loadTicket(date: string): StoredTicket | undefined {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<StoredTicket> | null;
    if (!raw || typeof raw.number !== 'number' || raw.date !== date) return undefined;
    return { number: raw.number, notify: raw.notify === true, date };
  } catch {
    return undefined;
  }
}

export function saveTicket(ticket: StoredTicket | undefined): void {
  try {
    if (ticket) localStorage.setItem(KEY, JSON.stringify({ number: ticket.number, notify: ticket.notify, date: ticket.date }));
    else localStorage.removeItem(KEY);
  } catch {
    // Following still works for this visit.
  }
}
