/**
 * Institution pairings (decision 0026), read: the list and one, as a donor's records
 * (domain/donor-records.ts), never through the public pairing table.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import { donorRecordFilters, visibleDonorRecords } from '../access/donor-records.js';
import type { ServiceContext } from '../core/context.js';
import { recordHistory } from '../history/record-history.js';
import { loadReference, type Reference } from '../reference/reference.js';
import type { InstitutionPairingListQuery, InstitutionPairingView } from './institution-schema.js';

type Row = Awaited<ReturnType<typeof rowsOf>>[number];

function rowsOf(db: Executor, where: (q: ReturnType<typeof base>) => ReturnType<typeof base>) {
  return where(base(db)).execute();
}

function base(db: Executor) {
  return db
    .selectFrom('pairings as p')
    .innerJoin('organisations as d', 'd.code', 'p.donorCode')
    .leftJoin('organisations as ro', 'ro.code', 'p.recipientOrgCode')
    .selectAll('p')
    .select([
      'd.name as donorName',
      'd.nameEn as donorNameEn',
      'ro.name as recipientOrgName',
      'ro.nameEn as recipientOrgNameEn',
      'ro.areaCode as orgAreaCode',
    ])
    .where('p.kind', 'is not', null);
}

/** The area an institution pairing sits in: its township, or its recipient's area. */
function areaOf(r: { recipientAreaCode: string | null; orgAreaCode: string | null }) {
  return r.recipientAreaCode ?? r.orgAreaCode ?? '';
}

export function institutionScope(
  ref: Reference,
  r: Pick<Row, 'donorCode' | 'recipientAreaCode' | 'orgAreaCode' | 'publishedAt'>,
) {
  return {
    orgPath: ref.orgs.pathOf(r.donorCode),
    areaPath: ref.areas.pathOf(areaOf(r)),
    published: r.publishedAt !== null,
  };
}

function present(ctx: ServiceContext, ref: Reference, r: Row): InstitutionPairingView {
  const area = ref.areas.get(areaOf(r));
  const scope = institutionScope(ref, r);
  return {
    id: r.id,
    kind: r.kind ?? 'other',
    programme: r.programmeCode,
    parentId: r.parentId ?? 0,
    donor: { code: r.donorCode, name: r.donorName, nameEn: r.donorNameEn },
    recipientOrg:
      r.recipientOrgCode === null
        ? null
        : {
            code: r.recipientOrgCode,
            name: r.recipientOrgName ?? '',
            nameEn: r.recipientOrgNameEn ?? '',
          },
    recipientDepartment: r.recipientDepartment,
    recipientArea: {
      code: area?.code ?? '',
      name: area?.name ?? '',
      nameEn: area?.nameEn ?? '',
      level: area?.level ?? '',
    },
    validFrom: r.validFrom,
    validTo: r.validTo,
    note: r.note,
    noteEn: r.noteEn,
    publishedAt: r.publishedAt,
    version: r.version,
    can: {
      write: can(ctx.actor, 'pairings.write', { orgPath: scope.orgPath, sub: true }),
      readHistory: can(ctx.actor, 'institutionPairings.readHistory', scope),
    },
  };
}

/** The institution pairings the caller may see, by donor, area, period, kind and parent. */
export async function listInstitutionPairings(ctx: ServiceContext, q: InstitutionPairingListQuery) {
  const ref = await loadReference(ctx.db);
  let query = ctx.db
    .selectFrom('pairings as p')
    .leftJoin('organisations as ro', 'ro.code', 'p.recipientOrgCode')
    .where('p.kind', 'is not', null);
  const refs = {
    donor: sql.ref<string>('p.donorCode'),
    area: sql<string>`coalesce(${sql.ref('p.recipientAreaCode')}, ${sql.ref('ro.areaCode')})`,
    start: sql.ref<string>('p.validFrom'),
    end: sql.ref<string | null>('p.validTo'),
    published: sql.ref<string | null>('p.publishedAt'),
  };
  const visible = visibleDonorRecords(ctx.actor, ref, refs);
  if (visible) query = query.where(visible);
  for (const c of donorRecordFilters(ref, q, refs)) query = query.where(c);
  if (q.kind) query = query.where('p.kind', '=', q.kind);
  if (q.parent !== undefined) query = query.where('p.parentId', '=', q.parent);
  const { n } = await query
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const ids = (
    await query.select('p.id').orderBy('p.id').limit(q.limit).offset(q.offset).execute()
  ).map((r) => r.id);
  const rows = ids.length === 0 ? [] : await rowsOf(ctx.db, (b) => b.where('p.id', 'in', ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [present(ctx, ref, r)] : [];
  });
  return { items, total: Number(n), limit: q.limit, offset: q.offset };
}

async function readable(ctx: ServiceContext, id: number) {
  const [ref, [row]] = await Promise.all([
    loadReference(ctx.db),
    rowsOf(ctx.db, (b) => b.where('p.id', '=', id)),
  ]);
  const scope = row ? institutionScope(ref, row) : null;
  if (!row || !scope || !can(ctx.actor, 'institutionPairings.read', scope)) {
    throw new NotFoundError(problem('institutionPairing.notFound', { id }));
  }
  return { ref, row, scope };
}

/** One institution pairing the caller may see. @throws NotFoundError */
export async function getInstitutionPairing(ctx: ServiceContext, id: number) {
  const { ref, row } = await readable(ctx, id);
  return present(ctx, ref, row);
}

/** Its change history (the programme office, auditors, its donor's editors). */
export async function institutionPairingHistory(ctx: ServiceContext, id: number) {
  const { scope } = await readable(ctx, id);
  authorize(ctx.actor, 'institutionPairings.readHistory', scope);
  return recordHistory(ctx, [{ entityType: 'pairing', ids: [id] }]);
}
