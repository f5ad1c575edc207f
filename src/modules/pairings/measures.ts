/**
 * Institution pairings' measures (decisions 0024, 0026): the dated organisation-to-organisation
 * sub-pairings under a donor's pairing, counted by kind — all of them, township pairings (乡镇结对,
 * Tianjin's 22), hospital–department adoptions (以院包科) and school pairings (校校结对) — active
 * at some time in the period (all without a period). A pairing's area is its township or its
 * recipient organisation's area; its donor the donor-side organisation; its publication decides
 * what another donor's user may see, as for every issue-9 record.
 */
import { type SqlBool, sql } from 'kysely';
import {
  col,
  defineMeasures,
  type Measure,
  type MeasureInput,
  measureQuery,
  recordFilter,
} from '../analytics/measure.js';
import type { InstitutionPairingView } from './institution-schema.js';

type Kind = InstitutionPairingView['kind'];

function pairingsCount(input: MeasureInput, kind: Kind | null) {
  const p = input.filters.period;
  const active = p
    ? sql<SqlBool>`ip.valid_from <= ${p.to} and (ip.valid_to is null or ip.valid_to >= ${p.from})`
    : sql<SqlBool>`1 = 1`;
  const ofKind = kind ? sql<SqlBool>`ip.kind = ${kind}` : sql<SqlBool>`1 = 1`;
  const filter = recordFilter(input, {
    donor: 'ip.donorCode',
    area: 'ip.areaCode',
    programme: 'ip.programmeCode',
    published: 'ip.publishedAt',
  });
  return measureQuery(input, {
    from: sql`(select p.id, p.kind, p.programme_code, p.donor_code, p.valid_from, p.valid_to,
      p.published_at, coalesce(p.recipient_area_code, o.area_code) as area_code
      from pairings p left join organisations o on o.code = p.recipient_org_code
      where p.kind is not null) ip`,
    where: sql<SqlBool>`${filter} and ${active} and ${ofKind}`,
    value: sql`count(*)`,
    keys: {
      programme: col('ip.programmeCode'),
      donor: col('ip.donorCode'),
      area: col('ip.areaCode'),
    },
  });
}

function pairingMeasure(
  name: string,
  kind: Kind | null,
  label: Measure['label'],
  what: Measure['description'],
): Measure {
  return {
    name,
    unit: 'count',
    label,
    description: {
      zh: `期间内有效的${what.zh}（机构对机构的结对，含下级单位）`,
      en: `${what.en} active at some time in the period (organisation-to-organisation sub-pairings)`,
    },
    dimensions: ['programme', 'donor', 'area'],
    query: (input) => pairingsCount(input, kind),
  };
}

export const pairingMeasures = defineMeasures('pairings', [
  pairingMeasure(
    'institution_pairings',
    null,
    { zh: '机构结对（对）', en: 'Institution pairings', ug: 'ئورۇن جۈپلىشىشى (جۈپ)' },
    { zh: '机构结对', en: 'Institution pairings of every kind' },
  ),
  pairingMeasure(
    'township_pairings',
    'township',
    { zh: '乡镇结对（对）', en: 'Township pairings', ug: 'يېزا-بازار جۈپلىشىشى (جۈپ)' },
    { zh: '乡镇结对', en: 'Township pairings (乡镇结对)' },
  ),
  pairingMeasure(
    'hospital_department_pairings',
    'hospital-department',
    {
      zh: '以院包科（对）',
      en: 'Hospital–department adoptions',
      ug: 'دوختۇرخانا بۆلۈمگە ياردەم بېرىش (جۈپ)',
    },
    { zh: '以院包科结对', en: 'Hospital–department adoptions (以院包科)' },
  ),
  pairingMeasure(
    'school_pairings',
    'school-school',
    { zh: '校校结对（对）', en: 'School pairings', ug: 'مەكتەپ-مەكتەپ جۈپلىشىشى (جۈپ)' },
    { zh: '校校结对', en: 'School–school pairings (校校结对)' },
  ),
]);
