/**
 * Decision 0070: the roster on a date reads the postings through the indexes of migration 0040
 * (area or donor, then `ends_on`, `term_start`, `person_id`) and a caller who sees everyone gets
 * its total from the postings alone. The answers must be exactly what the rule says: compared
 * here, on both engines, with an oracle computed in memory from every person and posting (the
 * `people.read` policy itself, "serving on d" as `term_start <= d <= ends_on`, the roster's order
 * area, name, id), for every kind of caller, several filters and pages, on dates at the terms'
 * boundaries (the first and last day of a term, the days either side, an early end).
 *
 * The people counts count all the filters' postings and take off those of the persons the caller
 * may not see (decision 0070): compared here with the same oracle, by every dimension.
 */
import { beforeAll, expect, it } from 'vitest';
import { type Actor, systemActor } from '../../src/domain/access.js';
import { can } from '../../src/modules/access/authorize.js';
import { scopeOf } from '../../src/modules/people/repository.js';
import { counts, roster } from '../../src/modules/people/rosters.js';
import { loadReference } from '../../src/modules/reference/reference.js';
import { describeEachDatabase } from '../support/db.js';
import { insertTestPerson } from '../support/factories.js';

const user = (...grants: [string, string | null, string | null][]): Actor => ({
  kind: 'user',
  userId: 1,
  username: 'roster-test',
  via: 'session',
  grants: grants.map(([role, orgCode, areaCode]) => ({ role: role as never, orgCode, areaCode })),
});
const CALLERS: [string, Actor][] = [
  ['coordinator', user(['coordinator', null, null])],
  ['auditor', user(['auditor', null, null])],
  ['donor editor 310000', user(['donor-editor', '310000', null])],
  ['recipient editor 653100', user(['recipient-editor', null, '653100'])],
  ['viewer', user(['viewer', null, null])],
  [
    'viewer with grants',
    user(
      ['viewer', null, null],
      ['donor-editor', '440000', null],
      ['recipient-editor', null, '653221'],
    ),
  ],
  ['system', systemActor('test')],
];
const FILTERS: { area?: string; donor?: string; kind?: string; mode?: 'long-term' | 'flexible' }[] =
  [
    {},
    { area: '650000' },
    { area: '653100' },
    { area: '653121' },
    { donor: '310000' },
    { donor: '440000', area: '653100' },
    { area: '653100', kind: 'teacher' },
    { donor: '310000', mode: 'flexible' },
  ];
const DONORS = ['310000', '310000-HQ', '440000', '110000'];
const AREAS = ['650000', '653100', '653121', '653122', '653130', '653221', '654021'];
const NAMES = ['阿依', '王芳', '李明', '张伟', '古丽', '刘洋', '陈静', '买买提'];

interface Posting {
  id: number;
  personId: number;
  donorCode: string;
  areaCode: string;
  kindCode: string;
  mode: string;
  termStart: string;
  endsOn: string;
}

describeEachDatabase(
  'people roster on a date: the indexed path answers as the rule does',
  (ctx) => {
    const postings: Posting[] = [];
    const persons = new Map<number, { nameZh: string; donorCode: string; published: boolean }>();
    const dates = new Set<string>();

    beforeAll(async () => {
      let seed = 11;
      const next = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return Math.floor(seed / 65536) % n; // the high bits: the low ones of this LCG cycle short
      };
      const day = (d: string, by: number) => {
        const t = new Date(`${d}T00:00:00Z`);
        t.setUTCDate(t.getUTCDate() + by);
        return t.toISOString().slice(0, 10);
      };
      const at = new Date().toISOString();
      for (let i = 0; i < 36; i++) {
        const donorCode = DONORS[next(DONORS.length)] as string;
        const published = next(3) !== 0;
        // Same names on purpose: the order then falls to the posting's id.
        const nameZh = NAMES[next(NAMES.length)] as string;
        const personId = await insertTestPerson(ctx.database, {
          donor: donorCode,
          name: nameZh,
          published,
        });
        persons.set(personId, { nameZh, donorCode, published });
        // One to three postings, some in two areas (a recipient editor sees an unpublished person
        // posted in its area on every roster, also through a posting elsewhere).
        const count = 1 + next(3);
        for (let k = 0; k < count; k++) {
          const termStart = `${2023 + next(3)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
          const plannedEnd = day(termStart, 180 + next(900));
          const early = next(4) === 0;
          const actualEnd = early ? day(termStart, next(150)) : null;
          const endsOn = actualEnd ?? plannedEnd;
          const row = {
            personId,
            donorCode,
            programmeCode: 'xinjiang',
            batchId: null,
            kindCode: next(2) === 0 ? 'cadre' : 'teacher',
            hostOrgCode: null,
            hostOrgName: '某单位',
            areaCode: AREAS[next(AREAS.length)] as string,
            role: '干部',
            mode: (next(4) === 0 ? 'flexible' : 'long-term') as 'flexible' | 'long-term',
            crossPair: 0,
            termStart,
            plannedEnd,
            actualEnd,
            endReason: early ? '工作需要' : null,
            endsOn,
            version: 1,
            createdAt: at,
            updatedAt: at,
          };
          const { id } = await ctx.database.db
            .insertInto('postings')
            .values(row)
            .returning('id')
            .executeTakeFirstOrThrow();
          postings.push({ id, ...row });
          if (postings.length % 18 === 0) {
            // A term's first and last days, and the days either side of them.
            for (const d of [day(termStart, -1), termStart, endsOn, day(endsOn, 1)]) dates.add(d);
          }
        }
      }
    });

    /** The roster by the rule, in memory: ids of [person, posting] in the roster's order, and the total. */
    async function oracle(actor: Actor, f: (typeof FILTERS)[number], date: string) {
      const ref = await loadReference(ctx.database.db);
      const areaSub = f.area ? new Set(ref.areas.subtree(f.area)) : null;
      const donorSub = f.donor ? new Set(ref.orgs.subtree(f.donor)) : null;
      const rows = postings.filter((p) => {
        const person = persons.get(p.personId);
        if (!person) return false;
        const scope = scopeOf(
          { donorCode: person.donorCode, publishedAt: person.published ? 'x' : null },
          postings.filter((o) => o.personId === p.personId),
          ref,
        );
        return (
          can(actor, 'people.read', scope) &&
          p.termStart <= date &&
          p.endsOn >= date &&
          (!areaSub || areaSub.has(p.areaCode)) &&
          (!donorSub || donorSub.has(p.donorCode)) &&
          (!f.kind || p.kindCode === f.kind) &&
          (!f.mode || p.mode === f.mode)
        );
      });
      const name = (p: Posting) => persons.get(p.personId)?.nameZh ?? '';
      const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      rows.sort((a, b) => cmp(a.areaCode, b.areaCode) || cmp(name(a), name(b)) || a.id - b.id);
      return { ids: rows.map((p) => [p.personId, p.id]), total: rows.length };
    }

    it('has boundary dates to try and people serving on them', () => {
      expect(dates.size).toBeGreaterThanOrEqual(8);
      console.log(`roster-indexes: ${postings.length} postings, ${dates.size} dates`);
      expect(persons.size).toBe(36);
    });

    it('answers every caller, filter, page and boundary date as the rule does', async () => {
      let compared = 0;
      let nonEmpty = 0;
      for (const date of [...dates].sort()) {
        for (const [name, actor] of CALLERS) {
          for (const f of FILTERS) {
            const want = await oracle(actor, f, date);
            for (const offset of want.total > 4 ? [0, 4] : [0]) {
              const got = await roster(
                { actor, db: ctx.database.db, requestId: null },
                { ...f, date, limit: 4, offset },
              );
              const label = `${name} ${JSON.stringify(f)} on ${date}, offset ${offset}`;
              expect(got.total, label).toBe(want.total);
              expect(
                got.items.map((i) => [i.person.id, i.posting.id]),
                label,
              ).toEqual(want.ids.slice(offset, offset + 4));
              expect(got.date).toBe(date);
              compared += 1;
              if (got.items.length > 0) nonEmpty += 1;
            }
          }
        }
      }
      expect(compared).toBeGreaterThan(300);
      // The comparisons are not all of empty pages.
      expect(nonEmpty).toBeGreaterThan(compared / 4);
    }, 600_000);

    it('counts by every dimension, for every caller, as the rule does', async () => {
      const ref = await loadReference(ctx.database.db);
      const rolledUp = (code: string, within: string | undefined) => {
        const path = ref.areas.pathOf(code);
        if (within !== undefined) {
          const at = path.indexOf(within);
          return at > 0 ? (path[at - 1] ?? code) : code;
        }
        return path.find((c) => ref.areas.get(c)?.level === 'prefecture') ?? code;
      };
      const BY = ['donor', 'kind', 'batch', 'area', 'year'] as const;
      const filters: { area?: string; donor?: string }[] = [
        {},
        { area: '653100' },
        { donor: '310000' },
        { area: '650000', donor: '440000' },
      ];
      const days = [...dates].sort().filter((_, i) => i % 3 === 0);
      let compared = 0;
      let withHidden = 0;
      for (const [name, actor] of CALLERS) {
        for (const by of BY) {
          for (const f of filters) {
            for (const date of by === 'year' ? [undefined] : days) {
              const want = new Map<string, { key: string; longTerm: number; flexible: number }>();
              const areaSub = f.area ? new Set(ref.areas.subtree(f.area)) : null;
              const donorSub = f.donor ? new Set(ref.orgs.subtree(f.donor)) : null;
              let hidden = 0;
              for (const p of postings) {
                const person = persons.get(p.personId);
                if (!person) continue;
                if (areaSub && !areaSub.has(p.areaCode)) continue;
                if (donorSub && !donorSub.has(p.donorCode)) continue;
                if (date !== undefined && !(p.termStart <= date && p.endsOn >= date)) continue;
                const scope = scopeOf(
                  { donorCode: person.donorCode, publishedAt: person.published ? 'x' : null },
                  postings.filter((o) => o.personId === p.personId),
                  ref,
                );
                if (!can(actor, 'people.read', scope)) {
                  hidden += 1;
                  continue;
                }
                const k = {
                  donor: p.donorCode,
                  kind: p.kindCode,
                  batch: '',
                  area: rolledUp(p.areaCode, f.area),
                  year: p.termStart.slice(0, 4),
                }[by];
                const row = want.get(k) ?? { key: k, longTerm: 0, flexible: 0 };
                if (p.mode === 'flexible') row.flexible += 1;
                else row.longTerm += 1;
                want.set(k, row);
              }
              const got = await counts(
                { actor, db: ctx.database.db, requestId: null },
                { by, ...f, ...(date ? { date } : {}) },
              );
              const label = `${name} by ${by} ${JSON.stringify(f)} on ${date}`;
              expect(
                got.rows.map((r) => ({ key: r.key, longTerm: r.longTerm, flexible: r.flexible })),
                label,
              ).toEqual([...want.values()].sort((a, b) => a.key.localeCompare(b.key)));
              compared += 1;
              if (hidden > 0) withHidden += 1;
            }
          }
        }
      }
      expect(compared).toBeGreaterThan(300);
      // Callers who may not see some postings are among the cases: the subtraction is tried.
      expect(withHidden).toBeGreaterThan(20);
    }, 600_000);

    it('never shows a donor editor another donor’s unpublished people, on any date', async () => {
      const [, donorEditor] = CALLERS[2] as [string, Actor];
      const ref = await loadReference(ctx.database.db);
      const own = new Set(ref.orgs.subtree('310000'));
      let hidden = 0;
      for (const date of dates) {
        const all = await roster(
          { actor: donorEditor, db: ctx.database.db, requestId: null },
          { date, limit: 500, offset: 0 },
        );
        for (const item of all.items) {
          expect(item.person.published || own.has(item.person.donor.code), item.person.nameZh).toBe(
            true,
          );
        }
        const serving = postings.filter((p) => p.termStart <= date && p.endsOn >= date);
        hidden += serving.filter((p) => {
          const person = persons.get(p.personId);
          return person && !person.published && !own.has(person.donorCode);
        }).length;
        expect(all.total).toBe(all.items.length);
      }
      // Such people exist on these dates: the check above is not vacuous.
      expect(hidden).toBeGreaterThan(0);
    });
  },
);
