/**
 * Mentoring's measure (decisions 0024, 0026): people mentored (传帮带), the distinct mentees
 * (name and organisation) of mentorings active at some time in the period — all mentorings
 * without a period. The mentor's donor and the mentoring's area filter them; its publication
 * decides what another donor's user may see.
 */
import { type SqlBool, sql } from 'kysely';
import { col, defineMeasures, measureQuery, recordFilter } from '../analytics/measure.js';

export const mentoringMeasures = defineMeasures('mentoring', [
  {
    name: 'people_mentored',
    unit: 'count',
    label: {
      zh: '传帮带人数（人）',
      en: 'People mentored',
      ug: 'ئۇستاز-شاگىرتلىقتىكى شاگىرتلار (ئادەم)',
    },
    description: {
      zh: '期间内有传帮带关系的本地人员（按姓名与单位去重）',
      en: 'Distinct local staff (by name and organisation) with a mentoring active in the period',
    },
    dimensions: ['donor', 'area'],
    query: (input) => {
      const p = input.filters.period;
      const active = p
        ? sql<SqlBool>`m.starts_on <= ${p.to} and (m.ends_on is null or m.ends_on >= ${p.from})`
        : sql<SqlBool>`1 = 1`;
      const filter = recordFilter(input, {
        donor: 'm.donorCode',
        area: 'm.areaCode',
        published: 'm.publishedAt',
      });
      return measureQuery(input, {
        from: sql`mentorings m`,
        where: sql<SqlBool>`${filter} and ${active}`,
        value: sql`count(distinct m.mentee_name || '|' || coalesce(m.mentee_org_code, m.mentee_org_name, ''))`,
        keys: { donor: col('m.donorCode'), area: col('m.areaCode') },
      });
    },
  },
]);
