// Counts by day, summed once at start into months as well, so a statistics query over a range
// reads whole months from the monthly sums and only its two edge months day by day: a few hundred
// entries per request instead of every row of three years of history.

export interface DayRow<V> {
  day: string; // YYYY-MM-DD
  key: string;
  value: V;
}

type Sums<V> = Map<string, V>;

export class DayIndex<V> {
  private readonly byDay = new Map<string, Sums<V>>();
  private readonly byMonth = new Map<string, Sums<V>>();

  constructor(
    rows: Iterable<DayRow<V>>,
    private readonly zero: () => V,
    private readonly add: (into: V, value: V) => void,
  ) {
    for (const row of rows) {
      this.put(this.byDay, row.day, row);
      this.put(this.byMonth, row.day.slice(0, 7), row);
    }
  }

  private put(map: Map<string, Sums<V>>, at: string, row: DayRow<V>): void {
    let sums = map.get(at);
    if (!sums) map.set(at, (sums = new Map()));
    let sum = sums.get(row.key);
    if (sum === undefined) sums.set(row.key, (sum = this.zero()));
    this.add(sum, row.value);
  }

  /** Calls `visit` with sums whose days all lie in [from, to], tagged with their month (`YYYY-MM`). */
  visit(from: string, to: string, visit: (month: string, key: string, value: V) => void): void {
    const first = from.slice(0, 7);
    const last = to.slice(0, 7);
    for (const [month, sums] of this.byMonth) {
      if (month < first || month > last) continue;
      const whole = (month > first || from.endsWith('-01')) && (month < last || to >= `${month}-31`);
      if (whole) {
        for (const [key, value] of sums) visit(month, key, value);
        continue;
      }
      // An edge month: only its days inside the range (at most 31 lookups).
      for (let d = 1; d <= 31; d++) {
        const day = `${month}-${String(d).padStart(2, '0')}`;
        if (day < from || day > to) continue;
        const daySums = this.byDay.get(day);
        if (daySums) for (const [key, value] of daySums) visit(month, key, value);
      }
    }
  }
}
