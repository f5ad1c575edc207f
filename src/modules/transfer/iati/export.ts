/**
 * A programme's PUBLISHED projects as an IATI 2.03 `iati-activities` file (issue 11 point 5,
 * decision 0052), written activity by activity (projects read in pages by id) to a stream.
 *
 * What IATI has no element for travels in Shanhai's own vocabulary (99, vocabulary-uri
 * {@link SHANHAI_VOCABULARY}) so that a Shanhai import recognises it exactly:
 * - the project code: `other-identifier type="A1"` (the reporting organisation's own id);
 * - areas: `recipient-region vocabulary="99"` with the GB/T 2260 code, vocabulary-uri
 *   {@link GBT2260_VOCABULARY} and the share as its percentage, and a `location` whose ref is
 *   `CN-GBT2260-<code>` with the area's name;
 * - the project type: a `sector` of vocabulary 99; stage, plan year, donor shares and an
 *   overridden livelihood share: `tag`s (`stage:started`, `year:2026`, `donor:310000:6000`,
 *   `livelihood:7000`).
 * Money is CNY (yuan with two decimals), value-date the transaction's date; the budget is one
 * `budget` over the plan year. Only actual, unreversed ledger entries are written.
 */
import type { Writable } from 'node:stream';
import type { ServiceContext } from '../../core/context.js';
import { loadReference } from '../../reference/reference.js';
import {
  GBT2260_VOCABULARY,
  IATI_TYPE_OF,
  LOCATION_REF_PREFIX,
  SHANHAI_VOCABULARY,
  statusOfStage,
} from './codes.js';
import { yuanOfFen } from './rates.js';
import { publishedProjectsAfter, standingEntries } from './records.js';
import { esc, narratives, put } from './xml.js';

/** The reporting organisation's identifier prefix of a Shanhai instance (IATI "XI-" private). */
export const PUBLISHER_REF = 'XI-SHANHAI';

const PAGE = 200;

/** Writes the file to `out` (ended at the end); returns the number of activities. */
export async function writeIatiExport(
  ctx: ServiceContext,
  programme: string,
  out: Writable,
): Promise<number> {
  const ref = await loadReference(ctx.db);
  const prog = ref.programmes.get(programme);
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  await put(
    out,
    `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${now}">\n`,
  );
  let n = 0;
  let after = 0;
  for (;;) {
    const projects = await publishedProjectsAfter(ctx.db, programme, after)
      .selectAll()
      .limit(PAGE)
      .execute();
    if (projects.length === 0) break;
    after = Number(projects[projects.length - 1]?.id);
    const ids = projects.map((p) => Number(p.id));
    const [donors, locations, txs] = await Promise.all([
      ctx.db.selectFrom('projectDonors').selectAll().where('projectId', 'in', ids).execute(),
      ctx.db.selectFrom('projectLocations').selectAll().where('projectId', 'in', ids).execute(),
      standingEntries(ctx.db, ids)
        .selectAll('t')
        .orderBy('t.projectId')
        .orderBy('t.date')
        .orderBy('t.id')
        .execute(),
    ]);
    for (const p of projects) {
      const id = Number(p.id);
      const pd = donors
        .filter((d) => Number(d.projectId) === id)
        .sort((a, b) => b.shareBp - a.shareBp || a.orgCode.localeCompare(b.orgCode));
      const pl = locations
        .filter((l) => Number(l.projectId) === id)
        .sort((a, b) => a.areaCode.localeCompare(b.areaCode));
      const pt = txs.filter((t) => Number(t.projectId) === id);
      const type = ref.projectTypes.get(p.typeCode);
      const names: Array<[string, string | null]> = [
        ['zh', p.nameZh],
        ['en', p.nameEn],
        ['ug', p.nameUg],
      ];
      let x = `  <iati-activity xml:lang="zh" default-currency="CNY" last-updated-datetime="${esc(new Date(p.updatedAt).toISOString().replace(/\.\d+Z$/, 'Z'))}">\n`;
      x += `    <iati-identifier>${esc(`${PUBLISHER_REF}-${p.code}`)}</iati-identifier>\n`;
      x += `    <reporting-org ref="${PUBLISHER_REF}" type="10">\n${narratives(
        [
          ['zh', prog?.name ?? programme],
          ['en', prog?.nameEn],
        ],
        '      ',
      )}    </reporting-org>\n`;
      x += `    <title>\n${narratives(names, '      ')}    </title>\n`;
      x += `    <description type="1">\n${narratives(names, '      ')}    </description>\n`;
      const org = (code: string, role: string) => {
        const o = ref.orgs.get(code);
        return `    <participating-org ref="${esc(code)}" role="${role}" type="10">\n${narratives(
          [
            ['zh', o?.name],
            ['en', o?.nameEn],
          ],
          '      ',
        )}    </participating-org>\n`;
      };
      for (const d of pd) x += org(d.orgCode, '1');
      if (p.implementingOrgCode) x += org(p.implementingOrgCode, '4');
      x += `    <other-identifier ref="${esc(p.code)}" type="A1"/>\n`;
      x += `    <activity-status code="${statusOfStage(p.stage)}"/>\n`;
      x += `    <activity-date iso-date="${p.approvalDate ?? `${p.year}-01-01`}" type="1"/>\n`;
      for (const l of pl) {
        const a = ref.areas.get(l.areaCode);
        x += `    <recipient-region code="${esc(l.areaCode)}" vocabulary="99" vocabulary-uri="${GBT2260_VOCABULARY}" percentage="${(l.shareBp / 100).toFixed(2)}">\n${narratives(
          [
            ['zh', a?.name],
            ['en', a?.nameEn],
          ],
          '      ',
        )}    </recipient-region>\n`;
      }
      for (const l of pl) {
        const a = ref.areas.get(l.areaCode);
        x += `    <location ref="${LOCATION_REF_PREFIX}${esc(l.areaCode)}">\n      <name>\n${narratives(
          [
            ['zh', a?.name],
            ['en', a?.nameEn],
          ],
          '        ',
        )}      </name>\n      <administrative vocabulary="A4" code="CN" level="0"/>\n    </location>\n`;
      }
      x += `    <sector code="${esc(p.typeCode)}" vocabulary="99" vocabulary-uri="${SHANHAI_VOCABULARY}" percentage="100">\n${narratives(
        [
          ['zh', type?.name],
          ['en', type?.nameEn],
        ],
        '      ',
      )}    </sector>\n`;
      const tag = (code: string) =>
        `    <tag code="${esc(code)}" vocabulary="99" vocabulary-uri="${SHANHAI_VOCABULARY}"/>\n`;
      x += tag(`stage:${p.stage}`);
      x += tag(`year:${p.year}`);
      x += tag(`type:${p.typeCode}`);
      for (const d of pd) x += tag(`donor:${d.orgCode}:${d.shareBp}`);
      if (type && p.livelihoodShareBp !== type.defaultLivelihoodBp) {
        x += tag(`livelihood:${p.livelihoodShareBp}`);
      }
      x += `    <budget type="1" status="2">\n      <period-start iso-date="${p.year}-01-01"/>\n      <period-end iso-date="${p.year}-12-31"/>\n      <value currency="CNY" value-date="${p.year}-01-01">${yuanOfFen(p.budgetFen)}</value>\n    </budget>\n`;
      for (const t of pt) {
        x += `    <transaction>\n      <transaction-type code="${IATI_TYPE_OF[t.type]}"/>\n      <transaction-date iso-date="${t.date}"/>\n      <value currency="CNY" value-date="${t.date}">${yuanOfFen(t.valueFen)}</value>\n`;
        if (t.note)
          x += `      <description>\n${narratives([['zh', t.note]], '        ')}      </description>\n`;
        if (t.providerOrgCode) x += `      <provider-org ref="${esc(t.providerOrgCode)}"/>\n`;
        if (t.receiverOrgCode) x += `      <receiver-org ref="${esc(t.receiverOrgCode)}"/>\n`;
        x += '    </transaction>\n';
      }
      x += '  </iati-activity>\n';
      await put(out, x);
      n++;
    }
  }
  await put(out, '</iati-activities>\n');
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
  return n;
}
