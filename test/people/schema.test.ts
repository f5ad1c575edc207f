import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/db.js';

const now = '2026-01-01T00:00:00.000Z';

describeEachDatabase('people tables (0010_people)', (ctx) => {
  it('starts with five kinds and their default terms (cadre 36, teacher and doctor 18 months)', async () => {
    const kinds = await ctx.database.db
      .selectFrom('personnelKinds')
      .select(['code', 'defaultTermMonths'])
      .orderBy('sort')
      .execute();
    expect(kinds).toEqual([
      { code: 'cadre', defaultTermMonths: 36 },
      { code: 'teacher', defaultTermMonths: 18 },
      { code: 'doctor', defaultTermMonths: 18 },
      { code: 'technician', defaultTermMonths: 18 },
      { code: 'other', defaultTermMonths: 12 },
    ]);
  });

  it('numbers batches per donor and programme, and keeps a posting’s end consistent', async () => {
    const db = ctx.database.db;
    const batch = (donorCode: string) =>
      db
        .insertInto('personnelBatches')
        .values({
          donorCode,
          programmeCode: 'xinjiang',
          number: 11,
          createdAt: now,
          updatedAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const { id: batchId } = await batch('310000');
    await batch('440000'); // Guangdong's 11th is not Shanghai's
    await expect(batch('310000')).rejects.toThrow();

    const { id: personId } = await db
      .insertInto('persons')
      .values({
        nameZh: '任耕坡',
        sex: 'male',
        donorCode: '310000',
        createdAt: now,
        updatedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const posting = {
      personId,
      donorCode: '310000',
      programmeCode: 'xinjiang',
      batchId,
      kindCode: 'cadre',
      hostOrgName: '喀什地区工业和信息化局',
      areaCode: '653100',
      role: '副局长',
      mode: 'long-term' as const,
      termStart: '2023-07-01',
      plannedEnd: '2026-06-30',
      endsOn: '2026-06-30',
      createdAt: now,
      updatedAt: now,
    };
    await db.insertInto('postings').values(posting).execute();
    // ends_on must be the actual end when there is one; an early end needs its reason.
    await expect(
      db
        .insertInto('postings')
        .values({ ...posting, actualEnd: '2025-01-31' })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db
        .insertInto('postings')
        .values({ ...posting, actualEnd: '2025-01-31', endsOn: '2025-01-31' })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db
        .insertInto('postings')
        .values({ ...posting, plannedEnd: '2023-06-30', endsOn: '2023-06-30' })
        .execute(),
    ).rejects.toThrow();
    expect(await db.selectFrom('postings').select('id').execute()).toHaveLength(1);
  });
});
