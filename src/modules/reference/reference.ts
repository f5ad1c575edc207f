/**
 * The reference data every use case consults — organisations, areas, programmes and their
 * thresholds, pairings, project types — held in memory per database and trusted while the
 * database's reference token stands. The token changes by trigger with any write to those
 * tables (migration 0007), from this process, another instance or a hand-run SQL statement, so
 * one cheap query tells whether the copy is current. A token is random: a copy loaded inside a
 * transaction that later rolls back is keyed by a token no committed state will ever carry.
 */

import type { Executor } from '../../db/database.js';
import { uyghurAreaName } from '../../domain/area-names-ug.js';
import { englishAreaName } from '../../domain/areas.js';
import type { PairingSpan } from '../../domain/pairing.js';
import type { Memo } from '../core/memo.js';
import { type AreaTree, areaTreeOf, type OrgRecord, type OrgTree, orgTreeOf } from './trees.js';

export interface ProgrammeRecord {
  code: string;
  name: string;
  nameEn: string;
  startYear: number | null;
  endYear: number | null;
  /** Threshold steps, earliest first: each applies from its year on. */
  thresholds: {
    fromYear: number;
    countyAndBelowBp: number;
    livelihoodBp: number;
    note: string | null;
  }[];
}

export interface PairingRecord extends PairingSpan {
  recipientAreaCode: string | null;
  recipientOrgCode: string | null;
  parentId: number | null;
}

export interface ProjectTypeRecord {
  code: string;
  name: string;
  nameEn: string;
  defaultLivelihoodBp: number;
  sort: number;
}

/** A consistent copy of the reference tables. */
export interface Reference {
  readonly token: string;
  readonly orgs: OrgTree<OrgRecord>;
  readonly areas: AreaTree;
  readonly programmes: ReadonlyMap<string, ProgrammeRecord>;
  readonly projectTypes: ReadonlyMap<string, ProjectTypeRecord>;
  /** Every pairing, by id order. */
  readonly pairings: readonly PairingRecord[];
  /** The programme's area pairings (top-level and sub), for classifying work. */
  pairingSpans(programme: string): readonly PairingSpan[];
  /** The donors of the programme's top-level pairings, sorted. */
  topLevelDonors(programme: string): readonly string[];
  /** The thresholds in force for a programme and year, or null. */
  thresholdsFor(
    programme: string,
    year: number,
  ): { countyAndBelowBp: number; livelihoodBp: number; fromYear: number } | null;
}

async function loadAll(db: Executor, token: string): Promise<Reference> {
  const [orgs, areas, programmes, thresholds, pairings, types] = await Promise.all([
    db
      .selectFrom('organisations')
      .select(['code', 'parentCode', 'name', 'nameEn', 'kind', 'areaCode'])
      .execute(),
    db
      .selectFrom('areas')
      .select(['code', 'parentCode', 'level', 'name', 'nameEn', 'pinyin', 'validFrom', 'validTo'])
      .execute(),
    db
      .selectFrom('programmes')
      .select(['code', 'name', 'nameEn', 'startYear', 'endYear'])
      .orderBy('code')
      .execute(),
    db.selectFrom('programmeThresholds').selectAll().orderBy('fromYear').execute(),
    // Institution pairings (decision 0026) are a donor's records, not reference data.
    db.selectFrom('pairings').selectAll().where('kind', 'is', null).orderBy('id').execute(),
    db
      .selectFrom('projectTypes')
      .select(['code', 'name', 'nameEn', 'defaultLivelihoodBp', 'sort'])
      .orderBy('sort')
      .orderBy('code')
      .execute(),
  ]);
  const programmeMap = new Map<string, ProgrammeRecord>(
    programmes.map((p) => [p.code, { ...p, thresholds: [] }]),
  );
  for (const t of thresholds) programmeMap.get(t.programmeCode)?.thresholds.push(t);
  const pairingRecords: PairingRecord[] = pairings.map((p) => ({
    id: p.id,
    programme: p.programmeCode,
    donorCode: p.donorCode,
    areaCode: p.recipientAreaCode ?? '',
    recipientAreaCode: p.recipientAreaCode,
    recipientOrgCode: p.recipientOrgCode,
    validFrom: p.validFrom,
    validTo: p.validTo,
    parentId: p.parentId,
  }));
  const spans = new Map<string, PairingSpan[]>();
  const donors = new Map<string, string[]>();
  for (const p of pairingRecords) {
    if (p.recipientAreaCode !== null) {
      spans.set(p.programme, [...(spans.get(p.programme) ?? []), p]);
    }
    if (p.parentId === null) {
      const list = donors.get(p.programme) ?? [];
      if (!list.includes(p.donorCode)) list.push(p.donorCode);
      donors.set(p.programme, list);
    }
  }
  for (const list of donors.values()) list.sort();
  return {
    token,
    orgs: orgTreeOf<OrgRecord>(orgs),
    areas: areaTreeOf(
      areas.map(({ pinyin, ...a }) => ({
        ...a,
        nameEn: englishAreaName({ ...a, pinyin }),
        nameUg: uyghurAreaName(a.code),
      })),
    ),
    programmes: programmeMap,
    projectTypes: new Map(types.map((t) => [t.code, t])),
    pairings: pairingRecords,
    pairingSpans: (programme) => spans.get(programme) ?? [],
    topLevelDonors: (programme) => donors.get(programme) ?? [],
    thresholdsFor(programme, year) {
      const steps = programmeMap.get(programme)?.thresholds ?? [];
      const step = steps.filter((s) => s.fromYear <= year).at(-1);
      return step
        ? {
            countyAndBelowBp: step.countyAndBelowBp,
            livelihoodBp: step.livelihoodBp,
            fromYear: step.fromYear,
          }
        : null;
    },
  };
}

/** The copies per database (keyed by its adapter, shared by its transactions), newest last. */
const copies = new WeakMap<object, Map<string, Promise<Reference>>>();
const KEEP = 4;

/** The token of the reference tables as this executor sees them now. */
export async function referenceToken(db: Executor): Promise<string> {
  const row = await db
    .selectFrom('referenceVersion')
    .select('token')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return row.token;
}

/**
 * The reference data as `db` sees it now: one query for the token, and the tables themselves
 * only when the token is new to this process.
 */
export async function loadReference(db: Executor): Promise<Reference> {
  const token = await referenceToken(db);
  const key = db.getExecutor().adapter;
  let byToken = copies.get(key);
  if (!byToken) {
    byToken = new Map();
    copies.set(key, byToken);
  }
  let copy = byToken.get(token);
  if (!copy) {
    copy = loadAll(db, token);
    byToken.set(token, copy);
    copy.catch(() => byToken?.delete(token));
    while (byToken.size > KEEP) {
      const oldest = byToken.keys().next().value as string;
      byToken.delete(oldest);
    }
  }
  return copy;
}

/** The reference data, loaded once per memo (a unit of work's, a rebuild's). */
export function referenceIn(db: Executor, memo: Memo): Promise<Reference> {
  return memo.get('reference', () => loadReference(db));
}
