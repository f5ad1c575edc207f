import { sql } from 'kysely';
import type { ShanhaiMigration } from './kit.js';

/**
 * Indexes for the rosters on a date at national scale (decision 0070, issue 9: an area's roster
 * on a date p95 ≤ 100 ms). "Serving on d" is `term_start <= d and ends_on >= d`; the indexes of
 * 0010 put `term_start` second, so a province's roster read every posting that had ever started
 * in each of its areas (~190,000 of 200,000) to keep the ~16,000 still serving. With `ends_on`
 * second the range is the postings not yet ended on d (serving, or starting later: few), and
 * `term_start` and `person_id` beside it let the count, and the persons' visibility subquery,
 * read the index alone. Also (decision 0070) for the people counts: postings by mode and start
 * day, and the persons not yet published.
 */
export const rosterIndexes: ShanhaiMigration = {
  async up(db) {
    await db.schema
      .createIndex('postings_area_serving')
      .on('postings')
      .columns(['area_code', 'ends_on', 'term_start', 'person_id'])
      .execute();
    await db.schema
      .createIndex('postings_donor_serving')
      .on('postings')
      .columns(['donor_code', 'ends_on', 'term_start', 'person_id'])
      .execute();
    // People counts by year (decision 0070): grouped by mode and start day in index order; and
    // the measures of people sent in a period (mode, then the start's range), from the index
    // alone: programme, donor, area, pairing and person beside.
    await db.schema
      .createIndex('postings_mode_start')
      .on('postings')
      .columns([
        'mode',
        'term_start',
        'programme_code',
        'donor_code',
        'area_code',
        'cross_pair',
        'person_id',
      ])
      .execute();
    // The persons not (yet) published: the counts take their hidden postings off (decision 0070).
    await db.schema
      .createIndex('persons_unpublished')
      .on('persons')
      .column('id')
      .where(sql.ref('published_at'), 'is', null)
      .execute();
    // The planners choose by statistics: without fresh ones SQLite kept the old path.
    await sql`analyze postings`.execute(db);
    await sql`analyze persons`.execute(db);
  },
};
