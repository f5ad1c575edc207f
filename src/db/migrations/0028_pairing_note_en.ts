import type { ShanhaiMigration } from './kit.js';

/**
 * A pairing's note in English (`note_en`), beside its Chinese `note`: the pairing table
 * (data/reference/pairings.csv) carries both, and the English screens show the English one. Null
 * where there is none (the screen then shows the Chinese). The reference load fills it for the
 * rows the table has, the existing ones included.
 */
export const pairingNoteEn: ShanhaiMigration = {
  async up(db) {
    await db.schema.alterTable('pairings').addColumn('note_en', 'text').execute();
  },
};
