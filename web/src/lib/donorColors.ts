/**
 * 19 distinguishable colours, one per donor. The same donor gets the same colour in the table,
 * the legend and the map, because colours are assigned over the programme's full donor list
 * (sorted by code), not over the filtered rows.
 */
export const DONOR_PALETTE = [
  '#e6194b',
  '#3cb44b',
  '#4363d8',
  '#f58231',
  '#911eb4',
  '#42d4f4',
  '#f032e6',
  '#bfef45',
  '#9a6324',
  '#469990',
  '#ffe119',
  '#800000',
  '#dcbeff',
  '#000075',
  '#aaffc3',
  '#808000',
  '#fabed4',
  '#ffd8b1',
  '#2f4f4f',
] as const;

/** Colour used for areas that no donor is paired with. */
export const UNPAIRED_COLOR = '#eef0f3';

/** Maps each donor code to its colour; codes beyond the palette wrap around. */
export function donorColors(codes: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(codes)].sort();
  return new Map(
    sorted.map((code, i) => [code, DONOR_PALETTE[i % DONOR_PALETTE.length] as string]),
  );
}
