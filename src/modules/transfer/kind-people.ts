/**
 * People and postings as a kind (decision 0056): a row is a person (identified by the ID-card
 * number) with one posting, or alone. Through the people module's use cases: a person not yet
 * registered is created (`createPerson`, so the GB 11643 checks and the donor's grant apply), a
 * posting the person lacks (by its start date) is added (`addPosting`: term order, overlaps, the
 * pairing, the kind's default term). Idempotent: a registered person with no posting in the row,
 * or with a posting starting that day, is skipped. Exported from the persons the caller may see,
 * personal data (ID card, phone, birth year) masked as on screen, each unmasked read logged;
 * the persons list's filters and order (decision 0082).
 */
import type { z } from 'zod';
import { InvalidInputError } from '../../domain/errors.js';
import { normalizeIdCard } from '../../domain/id-card.js';
import { maskPersonalData } from '../../domain/personal-data.js';
import { problem } from '../../domain/problems.js';
import { can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { logUnmaskedReads } from '../people/access-log.js';
import { filteredPersons } from '../people/list.js';
import { createPerson } from '../people/persons.js';
import { addPosting } from '../people/postings.js';
import { seesPersonalData } from '../people/presenters.js';
import { type CreatePersonInput, personListQuery, postingBody } from '../people/schema.js';
import { loadReference } from '../reference/reference.js';
import { PEOPLE_COLUMNS } from './columns-people.js';
import {
  type ExportFilters,
  type ExportRecord,
  type KindHandler,
  orderedRecords,
} from './kind-handler.js';
import type { Row } from './rows.js';

const PERSON_FIELDS = [
  'nameZh',
  'nameUg',
  'sex',
  'ethnicity',
  'birthYear',
  'homeOrg',
  'homeOrgName',
  'phone',
  'idCardNumber',
  'donor',
  'published',
] as const;
const POSTING_FIELDS = PEOPLE_COLUMNS.map((c) => c.field).filter(
  (f) => !(PERSON_FIELDS as readonly string[]).includes(f),
);
/** The fields that make a row a posting (the programme and defaults alone do not). */
const POSTING_MARKS = ['kind', 'area', 'role', 'termStart', 'plannedEnd', 'hostOrg', 'hostOrgName'];

const hasPosting = (body: Record<string, unknown>) =>
  POSTING_MARKS.some((f) => body[f] !== undefined && body[f] !== null);

function split(body: Record<string, unknown>) {
  const person: Record<string, unknown> = {};
  const posting: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if ((PERSON_FIELDS as readonly string[]).includes(k)) person[k] = v;
    else if (POSTING_FIELDS.includes(k)) posting[k] = v;
  }
  return { person, posting };
}

async function personByIdCard(ctx: ServiceContext, idCard: string) {
  return ctx.db
    .selectFrom('persons')
    .select(['id', 'donorCode'])
    .where('idCardNumber', '=', normalizeIdCard(idCard))
    .executeTakeFirst();
}

/** The persons list's filters (`GET /api/people`: donor subtree, part of the name) without its paging. */
const personFilters = personListQuery.omit({ limit: true, offset: true });

export const peopleHandler: KindHandler = {
  complete(row, options) {
    if (hasPosting(row.body) && row.body.programme === undefined && options.programme) {
      row.body.programme = options.programme;
    }
  },
  identity: (row: Row) =>
    `${normalizeIdCard(row.key)}|${hasPosting(row.body) ? String(row.body.termStart) : ''}`,
  async checker(ctx) {
    const { orgs } = await loadReference(ctx.db);
    return async (row) => {
      const donor = String(row.body.donor);
      const person = await personByIdCard(ctx, row.key);
      const owner = person?.donorCode ?? donor;
      if (!can(ctx.actor, 'people.write', { orgPath: orgs.pathOf(owner) })) {
        return {
          severity: 'error',
          ref: problem('import.outOfScope', { code: owner }),
          field: 'donor',
        };
      }
      if (!person) return null;
      if (!hasPosting(row.body)) {
        return { severity: 'warning', ref: problem('import.exists', { code: row.key }) };
      }
      const same = await ctx.db
        .selectFrom('postings')
        .select('id')
        .where('personId', '=', person.id)
        .where('termStart', '=', String(row.body.termStart))
        .executeTakeFirst();
      return same
        ? {
            severity: 'warning',
            ref: problem('import.exists', { code: `${row.key} ${String(row.body.termStart)}` }),
          }
        : null;
    };
  },
  async apply(ctx, row, options) {
    const { person, posting } = split(row.body);
    const found = await personByIdCard(ctx, row.key);
    const id = found
      ? found.id
      : (await createPerson(ctx, person as unknown as CreatePersonInput)).id;
    if (!hasPosting(row.body)) return;
    // The posting's own schema (its required fields and defaults), as the API's route parses it.
    const parsed = postingBody.safeParse(posting);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? 'area');
      const column = PEOPLE_COLUMNS.find((c) => c.field === field)?.header[options.lang] ?? field;
      if (posting[field] === undefined) {
        throw InvalidInputError.field(field, problem('import.required', { column }));
      }
      throw InvalidInputError.field(field, problem('import.invalid', { column }));
    }
    await addPosting(ctx, id, parsed.data);
  },
  filters: personFilters,
  records: peopleRecords,
};

/**
 * Each visible person the persons list's filters select, in the list's order (Chinese name, then
 * id: decision 0082), with their postings (one row each; a person with none, one row), masked.
 */
async function* peopleRecords(
  ctx: ServiceContext,
  filters: ExportFilters,
): AsyncGenerator<ExportRecord> {
  const ref = await loadReference(ctx.db);
  const selected = filteredPersons(ctx, ref, filters as z.infer<typeof personFilters>);
  // The list's order without an index on the name (no migration here): the selected persons'
  // ids are read once in that order (one sort; a few bytes a person), then each page of 1,000
  // by id. A keyset on the name would sort the remaining persons again for every page.
  const order = (await selected.select('p.id').orderBy('p.nameZh').orderBy('p.id').execute()).map(
    (r) => r.id,
  );
  const position = new Map(order.map((id, i) => [id, i]));
  const page = async (last: { id: number } | undefined, size: number) => {
    const from = last === undefined ? 0 : (position.get(last.id) ?? order.length) + 1;
    const ids = order.slice(from, from + size);
    if (ids.length === 0) return [];
    const rows = await ctx.db.selectFrom('persons').selectAll().where('id', 'in', ids).execute();
    return rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  };
  yield* orderedRecords(
    page,
    async function* (persons) {
      const ids = persons.map((p) => p.id);
      const postings = await ctx.db
        .selectFrom('postings')
        .selectAll()
        .where('personId', 'in', ids)
        .orderBy('personId')
        .orderBy('termStart')
        .execute();
      const unmasked = persons.filter((p) => seesPersonalData(ctx.actor, ref, p.donorCode));
      await logUnmaskedReads(
        ctx,
        unmasked.map((p) => p.id),
        'export',
      );
      const open = new Set(unmasked.map((p) => p.id));
      for (const p of persons) {
        const personal = { phone: p.phone, idCardNumber: p.idCardNumber, birthYear: p.birthYear };
        const shown = open.has(p.id) ? personal : maskPersonalData(personal);
        const person: ExportRecord = {
          idCardNumber: shown.idCardNumber,
          nameZh: p.nameZh,
          nameUg: p.nameUg,
          sex: p.sex,
          ethnicity: p.ethnicity,
          birthYear: shown.birthYear === null ? null : Number(shown.birthYear),
          donor: p.donorCode,
          homeOrg: p.homeOrgCode,
          homeOrgName: p.homeOrgName,
          phone: shown.phone,
          published: p.publishedAt !== null,
        };
        const own = postings.filter((x) => x.personId === p.id);
        if (own.length === 0) yield person;
        for (const x of own) {
          yield {
            ...person,
            programme: x.programmeCode,
            kind: x.kindCode,
            hostOrg: x.hostOrgCode,
            hostOrgName: x.hostOrgName,
            area: x.areaCode,
            role: x.role,
            mode: x.mode,
            crossPair: Number(x.crossPair) === 1,
            termStart: x.termStart,
            plannedEnd: x.plannedEnd,
          };
        }
      }
    },
    1000, // each page also reads its postings and logs its unmasked reads
  );
}
