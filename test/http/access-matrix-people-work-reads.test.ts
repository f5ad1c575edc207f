/**
 * The reads of teams, mentoring and institution pairings (decision 0026) asked by every kind of
 * caller, about Shanghai's records in Bachu (Kashgar): each kind once published (`shown`) and
 * once not (`hidden`). The unpublished ones are Shanghai's, the programme office's and the
 * auditors' only: anyone else gets 404 as if they did not exist and never finds them in a list.
 * Their writes are in access-matrix.test.ts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import type { App } from '../../src/http/types.js';
import { createMentoring } from '../../src/modules/mentoring/write.js';
import { createInstitutionPairing } from '../../src/modules/pairings/institutions.js';
import { createTeam } from '../../src/modules/teams/write.js';
import {
  EVERY_CALLER,
  everyone,
  expectExercised,
  type MatrixCase,
  signInCallers,
  statusesOf,
  type Who,
} from '../support/access-matrix.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { insertTestPerson } from '../support/factories.js';
import { PEOPLE_WORK_READS } from './access-matrix-people-work-reads.routes.js';

interface Pair {
  hidden: number;
  shown: number;
}

const seesHidden = (who: Who) => who === 'coordinator' || who === 'auditor' || who === 'shanghai';
const open = everyone(200);
const hiddenRecord: Record<Who, number> = {
  ...everyone(404),
  coordinator: 200,
  auditor: 200,
  shanghai: 200,
};
/** History: roles that read no history are refused at the route (403), whatever the record. */
const shownHistory: Record<Who, number> = {
  ...everyone(403),
  coordinator: 200,
  auditor: 200,
  shanghai: 200,
};
const hiddenHistory: Record<Who, number> = { ...shownHistory, beijing: 404 };

describeEachDatabase('access matrix: teams, mentoring, institution pairings (reads)', (ctx) => {
  let app: App;
  let cookies = new Map<Who, string | undefined>();
  const team: Pair = { hidden: 0, shown: 0 };
  const mentoring: Pair = { hidden: 0, shown: 0 };
  const pairing: Pair = { hidden: 0, shown: 0 };

  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    const system = { actor: systemActor('test'), db: ctx.database.db };
    const parent = await ctx.database.db
      .selectFrom('pairings')
      .select('id')
      .where('donorCode', '=', '310000')
      .where('recipientAreaCode', '=', '653130')
      .executeTakeFirstOrThrow();
    const doctor = await insertTestPerson(ctx.database, { donor: '310000', name: '读取医生' });
    const towns = ['653130100', '653130101'];
    for (const [key, published] of [
      ['hidden', false],
      ['shown', true],
    ] as const) {
      team[key] = (
        await createTeam(system, {
          kind: 'medical',
          name: `读取组团 ${key}`,
          donorCode: '310000',
          hostOrgName: '巴楚县人民医院',
          areaCode: '653130',
          startsOn: '2024-01-01',
          published,
        })
      ).id;
      mentoring[key] = (
        await createMentoring(system, {
          mentorPersonId: doctor,
          areaCode: '653130',
          menteeName: `读取徒弟 ${key}`,
          menteeOrgName: '巴楚县人民医院',
          startsOn: '2024-01-01',
          published,
        })
      ).id;
      pairing[key] = (
        await createInstitutionPairing(system, {
          kind: 'township',
          parentId: parent.id,
          donorCode: '310000',
          recipientAreaCode: towns[published ? 1 : 0] ?? '',
          validFrom: '2020-01-01',
          published,
        })
      ).id;
    }
    ({ cookies } = await signInCallers(app, ctx.database));
  });
  afterAll(async () => app.close());

  const cases: Array<MatrixCase & { what: string }> = [];
  for (const [base, pair] of [
    ['/api/teams', team],
    ['/api/mentorings', mentoring],
    ['/api/institution-pairings', pairing],
  ] as const) {
    cases.push(
      { what: 'the list', route: `GET ${base}`, url: () => base, expect: open },
      {
        what: 'published',
        route: `GET ${base}/:id`,
        url: () => `${base}/${pair.shown}`,
        expect: open,
      },
      {
        what: 'unpublished',
        route: `GET ${base}/:id`,
        url: () => `${base}/${pair.hidden}`,
        expect: hiddenRecord,
      },
      {
        what: 'missing',
        route: `GET ${base}/:id`,
        url: () => `${base}/999999`,
        expect: everyone(404),
      },
      {
        what: 'published',
        route: `GET ${base}/:id/history`,
        url: () => `${base}/${pair.shown}/history`,
        expect: shownHistory,
      },
      {
        what: 'unpublished',
        route: `GET ${base}/:id/history`,
        url: () => `${base}/${pair.hidden}/history`,
        expect: hiddenHistory,
      },
    );
  }

  for (const c of cases) {
    it(`${c.route} (${c.what}) answers each caller as its policy says`, async () => {
      expect(await statusesOf(app, cookies, c)).toEqual(c.expect);
    });
  }

  it('lists hold the unpublished records only for those who may see them', async () => {
    for (const [url, pair] of [
      ['/api/teams?limit=200', team],
      ['/api/mentorings?limit=200', mentoring],
      ['/api/institution-pairings?limit=200', pairing],
    ] as const) {
      for (const who of EVERY_CALLER.filter((w) => w !== 'anonymous')) {
        const res = await app.inject({ url, headers: { cookie: cookies.get(who) ?? '' } });
        expect(res.statusCode, `${who} ${url}: ${res.body}`).toBe(200);
        const ids = res.json().items.map((x: { id: number }) => x.id);
        expect(ids, `${who} ${url}`).toContain(pair.shown);
        expect(ids.includes(pair.hidden), `${who} ${url}`).toBe(seesHidden(who));
      }
    }
  });

  it('requested every route it declares', () => expectExercised(app, PEOPLE_WORK_READS));
});
