import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';
import { markRebuild, notNull, type ShanhaiMigration, types } from './kit.js';

const TOTALS_KEY = ['programme_code', 'area_code', 'published', 'year', 'donor_code'] as const;

/**
 * An area's money and projects by index, not by lists of the subtree's codes (decision 0029):
 *
 * - `project_places`: for each project, every area it is located in or under — each location's
 *   area and all its ancestors, once — with the project's programme and publication. "Projects
 *   located in this subtree" is then one index range (`area_code = ?`), not `in (1,500 codes)`.
 * - `area_parts`: each project's actual disbursements per donor and year, for every area of its
 *   places, split by its location shares as the 80% rules split them (largest remainder, exact
 *   fen; a project wholly inside the area counts its whole amount).
 * - `area_fund_totals`: the sums of `area_parts` per programme, area, publication, year and
 *   donor, kept by triggers on `area_parts` in the same statement as each row's change, so an
 *   area's funds read a few hundred rows however many projects lie below it.
 *
 * Both projections are backfilled by the rebuild that follows the migrations (markRebuild).
 */
const PLACES_KEY = ['programme_code', 'area_code', 'published'] as const;

/** `area_project_totals` follows `project_places`: projects per programme, area, publication. */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
export async function placesTriggers(db: Kysely<any>, engine: Engine) {
  // No table aliases: SQLite re-parses triggers when a later migration alters a table, and
  // refuses an aliased UPDATE there.
  const match = (row: 'old' | 'new') =>
    sql.join(
      PLACES_KEY.map((c) => sql`${sql.ref(c)} = ${sql.raw(`${row}.${c}`)}`),
      sql` and `,
    );
  const key = sql.join(PLACES_KEY.map((c) => sql.ref(c)));
  const values = sql.join(PLACES_KEY.map((c) => sql.raw(`new.${c}`)));
  const self = engine === 'postgres' ? 'area_project_totals.' : '';
  const addNew = sql`insert into area_project_totals (${key}, projects) values (${values}, 1)
      on conflict (${key}) do update set projects = ${sql.raw(self)}projects + 1`;
  const removeOld = sql`update area_project_totals set projects = projects - 1 where ${match('old')}`;
  const dropEmpty = sql`delete from area_project_totals where ${match('old')} and projects = 0`;
  if (engine === 'postgres') {
    await sql`create function shanhai_area_project_totals() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          ${removeOld};
          ${dropEmpty};
        end if;
        if tg_op in ('UPDATE', 'INSERT') then
          ${addNew};
        end if;
        return null;
      end $$`.execute(db);
    await sql`create trigger project_places_totals after insert or update or delete on project_places
      for each row execute function shanhai_area_project_totals()`.execute(db);
  } else {
    await sql`create trigger project_places_totals_insert after insert on project_places
      begin ${addNew}; end`.execute(db);
    await sql`create trigger project_places_totals_delete after delete on project_places
      begin ${removeOld}; ${dropEmpty}; end`.execute(db);
    await sql`create trigger project_places_totals_update after update on project_places
      begin ${removeOld}; ${dropEmpty}; ${addNew}; end`.execute(db);
  }
}

/** `area_fund_totals` follows `area_parts`: sums per programme, area, publication, year, donor. */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
export async function fundTotalsTriggers(db: Kysely<any>, engine: Engine) {
  const match = (row: 'old' | 'new') =>
    sql.join(
      TOTALS_KEY.map((c) => sql`${sql.ref(c)} = ${sql.raw(`${row}.${c}`)}`),
      sql` and `,
    );
  const conflict = sql.join(TOTALS_KEY.map((c) => sql.ref(c)));
  const columns = sql.join(
    [...TOTALS_KEY, 'amount_fen', 'cross_pair_fen', 'projects'].map((c) => sql.ref(c)),
  );
  const values = sql.join([
    ...TOTALS_KEY.map((c) => sql.raw(`new.${c}`)),
    sql.raw('new.amount_fen'),
    sql.raw('new.cross_pair_fen'),
    sql.lit(1),
  ]);
  // Adds a part to its total (PostgreSQL names the existing row by its table; SQLite: bare).
  const addNew = (self: string) => sql`insert into area_fund_totals (${columns}) values (${values})
    on conflict (${conflict}) do update set
      amount_fen = ${sql.raw(self)}amount_fen + excluded.amount_fen,
      cross_pair_fen = ${sql.raw(self)}cross_pair_fen + excluded.cross_pair_fen,
      projects = ${sql.raw(self)}projects + 1`;
  const removeOld = sql`update area_fund_totals set
      amount_fen = amount_fen - old.amount_fen,
      cross_pair_fen = cross_pair_fen - old.cross_pair_fen,
      projects = projects - 1
    where ${match('old')}`;
  const dropEmpty = sql`delete from area_fund_totals where ${match('old')} and projects = 0`;

  if (engine === 'postgres') {
    await sql`create function shanhai_area_fund_totals() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          ${removeOld};
          ${dropEmpty};
        end if;
        if tg_op in ('UPDATE', 'INSERT') then
          ${addNew('area_fund_totals.')};
        end if;
        return null;
      end $$`.execute(db);
    await sql`create trigger area_parts_totals after insert or update or delete on area_parts
      for each row execute function shanhai_area_fund_totals()`.execute(db);
  } else {
    await sql`create trigger area_parts_totals_insert after insert on area_parts
      begin ${addNew('')}; end`.execute(db);
    await sql`create trigger area_parts_totals_delete after delete on area_parts
      begin ${removeOld}; ${dropEmpty}; end`.execute(db);
    await sql`create trigger area_parts_totals_update after update on area_parts
      begin ${removeOld}; ${dropEmpty}; ${addNew('')}; end`.execute(db);
  }
}

export const areaParts: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    const ref = engine === 'postgres' ? 'bigint' : 'integer';

    await db.schema
      .createTable('project_places')
      .addColumn('project_id', ref, (c) =>
        c.notNull().references('projects.id').onDelete('cascade'),
      )
      .addColumn('area_code', 'text', notNull)
      .addColumn('programme_code', 'text', notNull)
      .addColumn('published', 'integer', notNull)
      .addColumn('year', 'integer', notNull)
      .addColumn('code', 'text', notNull)
      .addPrimaryKeyConstraint('project_places_pk', ['project_id', 'area_code'])
      .$call((b) => (engine === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
      .execute();
    await db.schema
      .createIndex('project_places_area')
      .on('project_places')
      .columns(['area_code', 'programme_code', 'published', 'project_id'])
      .execute();
    // An area's latest projects, newest year first, then by code: read in index order.
    await db.schema
      .createIndex('project_places_latest')
      .on('project_places')
      .columns(['area_code', 'programme_code', 'year desc', 'code'])
      .execute();
    await db.schema
      .createTable('area_project_totals')
      .addColumn('programme_code', 'text', notNull)
      .addColumn('area_code', 'text', notNull)
      .addColumn('published', 'integer', notNull)
      .addColumn('projects', 'integer', notNull)
      .addPrimaryKeyConstraint('area_project_totals_pk', [
        'programme_code',
        'area_code',
        'published',
      ])
      .$call((b) => (engine === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
      .execute();

    await db.schema
      .createTable('area_parts')
      .addColumn('project_id', ref, (c) =>
        c.notNull().references('projects.id').onDelete('cascade'),
      )
      .addColumn('area_code', 'text', notNull)
      .addColumn('donor_code', 'text', notNull)
      .addColumn('year', 'integer', notNull)
      .addColumn('programme_code', 'text', notNull)
      .addColumn('published', 'integer', notNull)
      .addColumn('amount_fen', t.bigint, notNull)
      .addColumn('cross_pair_fen', t.bigint, notNull)
      .addPrimaryKeyConstraint('area_parts_pk', ['project_id', 'area_code', 'donor_code', 'year'])
      .$call((b) => (engine === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
      .execute();
    // The unpublished parts of an area that a restricted caller may see.
    await db.schema
      .createIndex('area_parts_area')
      .on('area_parts')
      .columns(['programme_code', 'area_code', 'published', 'year', 'donor_code'])
      .execute();

    await db.schema
      .createTable('area_fund_totals')
      .addColumn('programme_code', 'text', notNull)
      .addColumn('area_code', 'text', notNull)
      .addColumn('published', 'integer', notNull)
      .addColumn('year', 'integer', notNull)
      .addColumn('donor_code', 'text', notNull)
      .addColumn('amount_fen', t.bigint, notNull)
      .addColumn('cross_pair_fen', t.bigint, notNull)
      .addColumn('projects', 'integer', notNull)
      .addPrimaryKeyConstraint('area_fund_totals_pk', [...TOTALS_KEY])
      .$call((b) => (engine === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
      .execute();

    await fundTotalsTriggers(db, engine);
    await placesTriggers(db, engine);
    await markRebuild(db, 'project-places');
    await markRebuild(db, 'area-parts');
  },
};
