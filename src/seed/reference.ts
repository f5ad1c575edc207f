import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { systemActor } from '../domain/access.js';
import { PROJECTS } from '../modules/projects/aggregate.js';
import { write } from '../modules/write.js';
import { AREAS_DATA_EDITION, loadAreaRows } from './areas-data.js';

const PAIRINGS_CSV = new URL('../../data/reference/pairings.csv', import.meta.url);

/** One row of `data/reference/pairings.csv`, the 2010 national list and its extensions. */
export interface PairingCsvRow {
  programme: string;
  donor_code: string;
  donor_zh: string;
  donor_en: string;
  recipient_code: string;
  recipient_zh: string;
  recipient_level: string;
  xpcc_division: string;
  valid_from: string;
  valid_to: string;
  confidence: string;
  note: string;
  /** The note in English (empty where there is no note). */
  note_en: string;
}

/** The committed pairing table. */
export function loadPairingRows(): PairingCsvRow[] {
  return parse(readFileSync(PAIRINGS_CSV, 'utf8'), { columns: true, skip_empty_lines: true });
}

/** Programmes and their two-80% thresholds as configured per year (see docs/decisions). */
export const REFERENCE_PROGRAMMES = [
  {
    code: 'xinjiang',
    name: '对口援疆',
    nameEn: 'Counterpart assistance to Xinjiang',
    startYear: 2010,
    endYear: null,
    thresholds: [
      {
        fromYear: 2013,
        countyAndBelowBp: 9500,
        livelihoodBp: 7500,
        note: '2013: 95% grassroots, 75% livelihood',
      },
      {
        fromYear: 2019,
        countyAndBelowBp: 8000,
        livelihoodBp: 7000,
        note: '2019: 80% county and below, 70% livelihood',
      },
      {
        fromYear: 2021,
        countyAndBelowBp: 8000,
        livelihoodBp: 8000,
        note: '两个80% (current); first year assumed: 2021, the 14th five-year plan',
      },
    ],
  },
  {
    code: 'revolutionary-areas',
    name: '革命老区振兴',
    nameEn: 'Revitalisation of old revolutionary areas',
    startYear: 2021,
    endYear: null,
    thresholds: [],
  },
] as const;

/**
 * Project types used in donor plans, with the livelihood share a project of the type gets unless
 * it says otherwise (with a reason). Configurable: a coordinator may add types or change defaults.
 * See docs/decisions/0008-projects-and-rules.md for why these defaults.
 */
export const REFERENCE_PROJECT_TYPES = [
  { code: 'livelihood', name: '民生', nameEn: 'Livelihood', defaultLivelihoodBp: 10000, sort: 1 },
  { code: 'industry', name: '产业', nameEn: 'Industry', defaultLivelihoodBp: 0, sort: 2 },
  { code: 'talent', name: '智力', nameEn: 'Talent', defaultLivelihoodBp: 10000, sort: 3 },
  { code: 'exchange', name: '交往交流交融', nameEn: 'Exchange', defaultLivelihoodBp: 0, sort: 4 },
  {
    code: 'culture-education',
    name: '文化教育',
    nameEn: 'Culture and education',
    defaultLivelihoodBp: 10000,
    sort: 5,
  },
] as const;

const now = () => new Date().toISOString();

function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

async function insertInBatches<T>(
  rows: T[],
  size: number,
  insert: (batch: T[]) => Promise<unknown>,
) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

async function loadAreas(trx: Transaction<DB>): Promise<number> {
  const at = now();
  const existing = new Set(
    (await trx.selectFrom('areas').select('code').execute()).map((r) => r.code),
  );
  const rows = loadAreaRows()
    .filter((r) => !existing.has(r.code))
    .map((r) => ({
      ...r,
      edition: AREAS_DATA_EDITION,
      validFrom: null,
      validTo: null,
      createdAt: at,
      updatedAt: at,
    }));
  await insertInBatches(rows, 500, (batch) => trx.insertInto('areas').values(batch).execute());
  return rows.length;
}

/** The file's English names for the areas stored without one (none after a fresh load). */
async function nameAreasInEnglish(trx: Transaction<DB>): Promise<number> {
  const unnamed = await trx.selectFrom('areas').select('code').where('nameEn', '=', '').execute();
  if (unnamed.length === 0) return 0;
  const byCode = new Map(loadAreaRows().map((r) => [r.code, r.nameEn]));
  let named = 0;
  for (const { code } of unnamed) {
    const nameEn = byCode.get(code);
    if (!nameEn) continue;
    await trx.updateTable('areas').set({ nameEn }).where('code', '=', code).execute();
    named++;
  }
  return named;
}

/** The 19 donors (18 provinces and municipalities plus Shenzhen) and their frontline HQs. */
export function referenceOrganisations(pairings: PairingCsvRow[]) {
  const donors = new Map<string, { code: string; name: string; nameEn: string; seat: string }>();
  for (const p of pairings) {
    if (donors.has(p.donor_code)) continue;
    // The HQ sits in the donor's first paired prefecture (a county row gives its prefecture).
    const seat = `${p.recipient_code.slice(0, 4)}00`;
    donors.set(p.donor_code, { code: p.donor_code, name: p.donor_zh, nameEn: p.donor_en, seat });
  }
  const orgs: Array<{
    code: string;
    name: string;
    nameEn: string;
    kind: string;
    parentCode: string | null;
    areaCode: string | null;
  }> = [];
  for (const d of donors.values()) {
    const isCity = !d.code.endsWith('0000');
    const parentCode = isCity ? `${d.code.slice(0, 2)}0000` : null;
    if (parentCode && !donors.has(parentCode))
      throw new Error(`donor city ${d.code} has no donor province ${parentCode}`);
    orgs.push({
      code: d.code,
      name: d.name,
      nameEn: d.nameEn,
      kind: isCity ? 'donor-city' : 'donor-province',
      parentCode,
      areaCode: d.code,
    });
  }
  for (const d of donors.values()) {
    orgs.push({
      code: `${d.code}-HQ`,
      name: `${d.name}援疆前方指挥部`,
      nameEn: `${d.nameEn} Frontline HQ for Xinjiang`,
      kind: 'frontline-hq',
      parentCode: d.code,
      areaCode: d.seat,
    });
  }
  // Parents before children, so the foreign key holds row by row.
  return orgs.sort((a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null));
}

async function loadOrganisations(trx: Transaction<DB>, pairings: PairingCsvRow[]): Promise<number> {
  const at = now();
  const existing = new Set(
    (await trx.selectFrom('organisations').select('code').execute()).map((r) => r.code),
  );
  const rows = referenceOrganisations(pairings)
    .filter((o) => !existing.has(o.code))
    .map((o) => ({ ...o, createdAt: at, updatedAt: at }));
  for (const row of rows) await trx.insertInto('organisations').values(row).execute();
  return rows.length;
}

async function loadProgrammes(trx: Transaction<DB>): Promise<number> {
  const at = now();
  let inserted = 0;
  for (const p of REFERENCE_PROGRAMMES) {
    const found = await trx
      .selectFrom('programmes')
      .select('code')
      .where('code', '=', p.code)
      .executeTakeFirst();
    if (found) continue;
    await trx
      .insertInto('programmes')
      .values({
        code: p.code,
        name: p.name,
        nameEn: p.nameEn,
        startYear: p.startYear,
        endYear: p.endYear,
        createdAt: at,
        updatedAt: at,
      })
      .execute();
    for (const t of p.thresholds) {
      await trx
        .insertInto('programmeThresholds')
        .values({ programmeCode: p.code, ...t })
        .execute();
    }
    inserted++;
  }
  return inserted;
}

async function loadProjectTypes(trx: Transaction<DB>): Promise<number> {
  const at = now();
  const existing = new Set(
    (await trx.selectFrom('projectTypes').select('code').execute()).map((r) => r.code),
  );
  const rows = REFERENCE_PROJECT_TYPES.filter((t) => !existing.has(t.code)).map((t) => ({
    ...t,
    createdAt: at,
    updatedAt: at,
  }));
  if (rows.length > 0) await trx.insertInto('projectTypes').values(rows).execute();
  return rows.length;
}

/**
 * The notes of the pairing table before they were written in Chinese (decision 0019), by
 * donor>recipient: a database loaded from that edition gets the Chinese note the table has now,
 * unless someone has changed the note since.
 */
export const ENGLISH_PAIRING_NOTES: Readonly<Record<string, string>> = {
  '210000>659012':
    'Liaoning sources: "one prefecture, two divisions"; the 2010 list names Tacheng only',
  '310000>650200': 'talent aid only, since 2014',
  '370000>653122': 'Shandong also supports the 12th division (第十二师, no city code) since 2015',
};

/** Replaces a pairing note still in the table's earlier English by the table's Chinese one. */
async function translatePairingNotes(
  trx: Transaction<DB>,
  pairings: PairingCsvRow[],
): Promise<number> {
  let changed = 0;
  for (const p of pairings) {
    const english = ENGLISH_PAIRING_NOTES[`${p.donor_code}>${p.recipient_code}`];
    if (!english || !p.note || p.note === english) continue;
    const r = await trx
      .updateTable('pairings')
      .set((eb) => ({ note: p.note, updatedAt: now(), version: eb('version', '+', 1) }))
      .where('programmeCode', '=', p.programme)
      .where('donorCode', '=', p.donor_code)
      .where('recipientAreaCode', '=', p.recipient_code)
      .where('validFrom', '=', p.valid_from)
      .where('note', '=', english)
      .executeTakeFirst();
    changed += Number(r.numUpdatedRows);
  }
  return changed;
}

/**
 * Gives a pairing whose note is still the table's Chinese one, and has no English yet (a database
 * from before migration 0028), the table's English note.
 */
async function englishPairingNotes(
  trx: Transaction<DB>,
  pairings: PairingCsvRow[],
): Promise<number> {
  let changed = 0;
  for (const p of pairings) {
    if (!p.note || !p.note_en) continue;
    const r = await trx
      .updateTable('pairings')
      .set((eb) => ({ noteEn: p.note_en, updatedAt: now(), version: eb('version', '+', 1) }))
      .where('programmeCode', '=', p.programme)
      .where('donorCode', '=', p.donor_code)
      .where('recipientAreaCode', '=', p.recipient_code)
      .where('validFrom', '=', p.valid_from)
      .where('note', '=', p.note)
      .where('noteEn', 'is', null)
      .executeTakeFirst();
    changed += Number(r.numUpdatedRows);
  }
  return changed;
}

async function loadPairings(trx: Transaction<DB>, pairings: PairingCsvRow[]): Promise<number> {
  const at = now();
  const existing = new Set(
    (
      await trx
        .selectFrom('pairings')
        .select(['programmeCode', 'donorCode', 'recipientAreaCode', 'validFrom'])
        .execute()
    ).map((r) => `${r.programmeCode}|${r.donorCode}|${r.recipientAreaCode}|${r.validFrom}`),
  );
  const rows = pairings
    .filter(
      (p) => !existing.has(`${p.programme}|${p.donor_code}|${p.recipient_code}|${p.valid_from}`),
    )
    .map((p) => ({
      programmeCode: p.programme,
      donorCode: p.donor_code,
      recipientAreaCode: p.recipient_code,
      recipientOrgCode: null,
      parentId: null,
      validFrom: p.valid_from,
      validTo: p.valid_to || null,
      confidence: p.confidence || null,
      note: p.note || null,
      noteEn: p.note_en || null,
      createdAt: at,
      updatedAt: at,
    }));
  await insertInBatches(rows, 200, (batch) => trx.insertInto('pairings').values(batch).execute());
  return rows.length;
}

export interface ReferenceLoadResult {
  areas: number;
  organisations: number;
  programmes: number;
  pairings: number;
  /** Pairing notes turned from the table's earlier English into its Chinese. */
  pairingNotes: number;
  /** Pairing notes given the table's English (a database from before migration 0028). */
  pairingNotesEn: number;
  /** Areas of the file given their English name (a database from before migration 0016). */
  areaNamesEn: number;
  projectTypes: number;
}

/**
 * Loads the reference data (areas, donors and their HQs, programmes with thresholds, the pairing
 * table) in one transaction. Idempotent: what is already there is left alone, so it runs on
 * every start. Each load that inserts anything is one entry in the change history, with the
 * counts and the checksum of the source file.
 */
export async function loadReferenceData(database: Database): Promise<ReferenceLoadResult> {
  const pairings = loadPairingRows();
  const actor = systemActor('seed');
  return write({ actor, db: database.db }, async (uow) => {
    const trx = uow.trx;
    const result: ReferenceLoadResult = {
      areas: await loadAreas(trx),
      areaNamesEn: await nameAreasInEnglish(trx),
      organisations: await loadOrganisations(trx, pairings),
      programmes: await loadProgrammes(trx),
      pairings: await loadPairings(trx, pairings),
      pairingNotes: await translatePairingNotes(trx, pairings),
      pairingNotesEn: await englishPairingNotes(trx, pairings),
      projectTypes: await loadProjectTypes(trx),
    };
    if (Object.values(result).some((n) => n > 0)) {
      uow.changedReference();
      // New pairings or organisations can move any project's class or donor.
      if (result.pairings > 0 || result.organisations > 0) uow.touchWhere(PROJECTS, 'all');
      uow.record({
        action: 'load',
        entityType: 'reference-data',
        entityId: `areas-${AREAS_DATA_EDITION}`,
        after: {
          ...result,
          areasChecksum: checksum(
            readFileSync(new URL('../../data/areas/areas.tsv', import.meta.url), 'utf8'),
          ),
          pairingsChecksum: checksum(readFileSync(PAIRINGS_CSV, 'utf8')),
        },
      });
    }
    return result;
  });
}
