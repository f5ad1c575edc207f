/**
 * Donor → recipient flow lines, pure (decision 0083): one line per pairing of a donor with an
 * area, valued by a measure's rows by county (and by donor when the measure has that
 * dimension), each end placed on a label point of the map of China.
 */

export interface FlowPairing {
  donor: { code: string; name: string; nameEn: string };
  recipient: { code: string; name: string; nameEn: string; level: string } | null;
}

export interface FlowLine {
  donor: FlowPairing['donor'];
  recipient: NonNullable<FlowPairing['recipient']>;
  /** the measure over the recipient's counties (the donor's share when rows carry the donor) */
  value: number;
  from: [number, number] | null;
  to: [number, number] | null;
}

/** Whether county `county` lies in area `area` (itself, its prefecture, its province). */
export function within(county: string, area: string): boolean {
  if (county === area) return true;
  if (area.endsWith('0000')) return county.slice(0, 2) === area.slice(0, 2);
  if (area.endsWith('00')) return county.slice(0, 4) === area.slice(0, 4);
  return false;
}

/**
 * The lines: pairings with an area (not organisation ↔ organisation), one per donor and
 * recipient; a donor's pairing with an area that holds another of its recipients is dropped
 * (the finer one is drawn, so nothing is counted twice). `rows` are the analytics rows by
 * `area:county` (and `donor` when `byDonor`); `points` the map's label points by area code.
 */
export function flowLines(
  pairings: readonly FlowPairing[],
  rows: readonly Record<string, unknown>[],
  measure: string,
  byDonor: boolean,
  points: Readonly<Record<string, [number, number]>>,
): FlowLine[] {
  const seen = new Map<
    string,
    FlowPairing & { recipient: NonNullable<FlowPairing['recipient']> }
  >();
  for (const p of pairings) {
    if (!p.recipient) continue;
    seen.set(`${p.donor.code}>${p.recipient.code}`, p as never);
  }
  const list = [...seen.values()];
  const kept = list.filter(
    (p) =>
      !list.some(
        (q) =>
          q !== p &&
          q.donor.code === p.donor.code &&
          q.recipient.code !== p.recipient.code &&
          within(q.recipient.code, p.recipient.code),
      ),
  );
  return kept.map((p) => {
    let value = 0;
    for (const row of rows) {
      const county = row['area:county'];
      if (typeof county !== 'string' || !within(county, p.recipient.code)) continue;
      if (byDonor && row.donor !== p.donor.code) continue;
      value += Number(row[measure] ?? 0);
    }
    return {
      donor: p.donor,
      recipient: p.recipient,
      value,
      from: points[p.donor.code] ?? points[`${p.donor.code.slice(0, 2)}0000`] ?? null,
      to: points[p.recipient.code] ?? null,
    };
  });
}

/** A line's width in pixels: 1.5 for no value, up to 9 for the largest. */
export function lineWidth(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 1.5;
  return Math.round((2 + (7 * Math.sqrt(value)) / Math.sqrt(max)) * 10) / 10;
}
