import type { ShanhaiMigration } from './kit.js';

/**
 * Areas get an English name (decision 0034): `name_en`, '' until given. The reference loader
 * (run on every start) fills it from the committed tree (`data/areas/areas.tsv`) for the areas
 * there; an area added later through the API keeps '' until it is given one, and the API then
 * answers its pinyin.
 */
export const areaEnglishNames: ShanhaiMigration = {
  async up(db) {
    await db.schema
      .alterTable('areas')
      .addColumn('name_en', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
  },
};
