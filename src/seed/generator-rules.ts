/**
 * Steering a generated donor-year to chosen shares under the two 80% rules, on the plan basis
 * and to the fen: first whole projects change side (a type of the other livelihood group, a
 * location at the other level), then one pair of projects trades budget so the share lands
 * exactly (the pair agrees on the other rule, so that one does not move). The donor's total is
 * unchanged.
 */
import { allocate } from '../domain/money.js';

/** Wanted shares in basis points: at least this, less than one basis point more. */
export interface RuleTargets {
  livelihoodBp?: number;
  countyBp?: number;
}

/** What the steering may change of a generated project. */
export interface Steerable {
  budget: number;
  livelihoodBp: number;
  /** An override with its reason: left as it is. */
  override: boolean;
  /** Wholly above county level (a prefecture) rather than wholly at county level or below. */
  above: boolean;
}

const livelihoodFen = (s: Steerable) =>
  allocate(s.budget, [s.livelihoodBp, 10000 - s.livelihoodBp])[0] ?? 0;

/** The smallest whole-fen part that is at least `bp` of `total`. */
const atLeast = (total: number, bp: number) => Math.ceil((total * bp) / 10000);

/**
 * Flips whole projects (largest that fits first) until the part is as close below or above the
 * wanted one as whole projects allow. `flip` moves a project to the other side and returns the
 * change of the part.
 */
function flipTowards(
  items: Steerable[],
  gap: () => number,
  canGive: (s: Steerable) => boolean,
  canTake: (s: Steerable) => boolean,
  flip: (s: Steerable) => void,
) {
  for (;;) {
    const g = gap();
    if (g === 0) return;
    const pool = items
      .filter((s) => (g > 0 ? canTake(s) : canGive(s)) && s.budget <= Math.abs(g))
      .sort((a, b) => b.budget - a.budget);
    const next = pool[0];
    if (!next) return;
    flip(next);
  }
}

/** Moves `d` fen from `from` to `to` (both keep at least one yuan). */
function trade(
  items: Steerable[],
  d: number,
  from: (s: Steerable) => boolean,
  to: (s: Steerable) => boolean,
) {
  if (d === 0) return true;
  const giver = items
    .filter((s) => from(s) && s.budget - d >= 100)
    .sort((a, b) => b.budget - a.budget)[0];
  const taker = items.find((s) => to(s) && s !== giver);
  if (!giver || !taker) return false;
  giver.budget -= d;
  taker.budget += d;
  return true;
}

/**
 * Steers the projects to the targets. `toLivelihood` / `toOther` change a project's type to one
 * of the other group (and its livelihood share to that type's default); `toAbove` / `toCounty`
 * move it to a prefecture of the donor or to one of its counties.
 */
export function steer(
  items: Steerable[],
  targets: RuleTargets,
  change: {
    toLivelihood: (s: Steerable) => void;
    toOther: (s: Steerable) => void;
    toAbove: ((s: Steerable) => void) | null;
    toCounty: (s: Steerable) => void;
  },
): void {
  const total = items.reduce((n, s) => n + s.budget, 0);
  const free = (s: Steerable) => !s.override;
  if (targets.countyBp !== undefined && change.toAbove) {
    const toAbove = change.toAbove;
    const wantAbove = total - atLeast(total, targets.countyBp);
    const above = () => items.filter((s) => s.above).reduce((n, s) => n + s.budget, 0);
    flipTowards(
      items,
      () => wantAbove - above(),
      (s) => s.above,
      (s) => !s.above,
      (s) => (s.above ? change.toCounty(s) : toAbove(s)),
    );
    if (wantAbove > 0 && !items.some((s) => s.above)) {
      const smallest = [...items].filter(free).sort((a, b) => a.budget - b.budget)[0];
      if (smallest) toAbove(smallest);
    }
    // The rest by trading budget between an above and a county project of one livelihood share.
    const d = wantAbove - above();
    for (const bp of [10000, 0]) {
      const same = (s: Steerable) => s.livelihoodBp === bp;
      const ok =
        d > 0
          ? trade(
              items,
              d,
              (s) => same(s) && !s.above,
              (s) => same(s) && s.above,
            )
          : trade(
              items,
              -d,
              (s) => same(s) && s.above,
              (s) => same(s) && !s.above,
            );
      if (ok) break;
    }
  }
  if (targets.livelihoodBp !== undefined) {
    const want = atLeast(total, targets.livelihoodBp);
    const part = () => items.reduce((n, s) => n + livelihoodFen(s), 0);
    flipTowards(
      items,
      () => want - part(),
      (s) => free(s) && s.livelihoodBp === 10000,
      (s) => free(s) && s.livelihoodBp === 0,
      (s) => (s.livelihoodBp === 10000 ? change.toOther(s) : change.toLivelihood(s)),
    );
    // The rest by trading budget between a livelihood and another project on one side of county.
    const d = want - part();
    for (const above of [false, true]) {
      const side = (s: Steerable) => free(s) && s.above === above;
      const ok =
        d > 0
          ? trade(
              items,
              d,
              (s) => side(s) && s.livelihoodBp === 0,
              (s) => side(s) && s.livelihoodBp === 10000,
            )
          : trade(
              items,
              -d,
              (s) => side(s) && s.livelihoodBp === 10000,
              (s) => side(s) && s.livelihoodBp === 0,
            );
      if (ok) break;
    }
  }
}
