/**
 * The report's training and exchange (../shared/seed/FACTS.md), entered through the use cases
 * as records so that the figures come out of the counts (decision 0027):
 * - Hangzhou in Aksu city: 19 published sessions of 500 distinct e-commerce trainees each under
 *   天山计划, 蒲公英计划 and 领航员计划, 2022–2024: 9,500 people trained by the end of 2024, with
 *   the jobs found afterwards;
 * - Henan in Hami: 12 published sessions, 78,000 person-times in all (6,500 each);
 * - Ni Yuan (Tianjin) in Cele: 10 open classes from autumn 2024, 113 teacher-times;
 * - exchanges: Henan's 100 焦裕禄书屋 in Hami, Jiangxi's youth football winter camp with Kizilsu,
 *   the Ningbo celadon music tour in Hotan city (Beijing and Ningbo, June 2025), a Tianjin study
 *   tour and school pairing for Cele.
 * Dates are the report's (fixed, not moved with the load date: they are what the report says
 * happened). Figures FACTS does not give (trainees' jobs and certificates, participants of the
 * camp, tour, study tour and reading rooms' openings) are illustrative. Ni Yuan's later classes
 * record 0 new participants on purpose: the same 14 teachers again, counted as person-times. Loaded once: a database that has 天山计划 keeps what it has.
 */
import type { Database } from '../db/database.js';
import { systemActor } from '../domain/access.js';
import type { ExchangeKind } from '../domain/training.js';
import { createExchange } from '../modules/training/exchanges.js';
import { createTrainingProgramme } from '../modules/training/programmes.js';
import { createSession } from '../modules/training/sessions.js';

const PROGRAMMES = [
  { code: 'tianshan', name: '天山计划', nameEn: 'Tianshan Programme' },
  { code: 'dandelion', name: '蒲公英计划', nameEn: 'Dandelion Programme' },
  { code: 'navigator', name: '领航员计划', nameEn: 'Navigator Programme' },
] as const;

const HAMI = ['650502', '650521', '650522'];

/** Loads the demo's training and exchange records; returns how many records it added. */
export async function loadDemoTraining(database: Database): Promise<number> {
  const ctx = { actor: systemActor('demo'), db: database.db };
  const loaded = await database.db
    .selectFrom('trainingProgrammes')
    .select('id')
    .where('code', '=', 'tianshan')
    .executeTakeFirst();
  if (loaded) return 0;
  let added = 0;
  for (const p of PROGRAMMES) {
    await createTrainingProgramme(ctx, { ...p, programme: 'xinjiang' });
    added++;
  }
  const base = { programme: 'xinjiang', certificates: 0, published: true } as const;
  // Hangzhou in Aksu city: 19 × 500 = 9,500 e-commerce people trained by the end of 2024.
  for (let i = 0; i < 19; i++) {
    const year = 2022 + Math.floor(i / 7);
    const month = String((i % 7) + 3).padStart(2, '0');
    await createSession(ctx, {
      ...base,
      trainingProgramme: PROGRAMMES[i % 3]?.code ?? 'tianshan',
      organiser: '330100',
      area: '652901',
      startDate: `${year}-${month}-06`,
      endDate: `${year}-${month}-15`,
      place: 'xinjiang',
      topic: `电商直播孵化培训（第 ${i + 1} 期）`,
      participants: 500,
      personTimes: 5000,
      jobsFound: 300,
      certificates: 450,
    });
    added++;
  }
  // Henan in Hami: 12 × 6,500 = 78,000 person-times (experts' and academicians' courses).
  for (let i = 0; i < 12; i++) {
    const year = 2023 + Math.floor(i / 6);
    const month = String((i % 6) * 2 + 1).padStart(2, '0');
    await createSession(ctx, {
      ...base,
      organiser: '410000',
      area: HAMI[i % 3] ?? '650502',
      startDate: `${year}-${month}-10`,
      endDate: `${year}-${month}-20`,
      place: i % 4 === 3 ? 'donor' : 'xinjiang',
      topic: `专家院士专题培训（第 ${i + 1} 期）`,
      participants: 1300,
      personTimes: 6500,
      jobsFound: 0,
      certificates: 1100,
    });
    added++;
  }
  // Ni Yuan's 10 open classes in Cele: the 14 paired teachers at the first, 11 teachers each
  // later time (the same teachers again: person-times only), 113 teacher-times.
  for (let i = 0; i < 10; i++) {
    const month = 9 + i;
    const date = `${2024 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-18`;
    await createSession(ctx, {
      ...base,
      organiser: '120000',
      area: '653225',
      startDate: date,
      endDate: date,
      place: 'xinjiang',
      topic: `倪园公开课（第 ${i + 1} 节，策勒县第一小学）`,
      participants: i === 0 ? 14 : 0,
      personTimes: i === 0 ? 14 : 11,
      jobsFound: 0,
    });
    added++;
  }
  const exchange = (o: {
    kind: ExchangeKind;
    title: string;
    startDate: string;
    endDate?: string;
    organisers: string[];
    areas: string[];
    local: number;
    donor: number;
    place?: string;
  }) =>
    createExchange(ctx, {
      programme: 'xinjiang',
      kind: o.kind,
      title: o.title,
      startDate: o.startDate,
      endDate: o.endDate ?? o.startDate,
      place: o.place ?? null,
      organisers: o.organisers,
      areas: o.areas,
      participantsLocal: o.local,
      participantsDonor: o.donor,
      published: true,
    });
  // Henan's 100 焦裕禄书屋 in Hami, one record per room (opened 2023–2024).
  for (let i = 0; i < 100; i++) {
    const year = 2023 + Math.floor(i / 50);
    const month = String((i % 12) + 1).padStart(2, '0');
    await exchange({
      kind: 'reading-room',
      title: `焦裕禄书屋（第 ${i + 1} 间）`,
      startDate: `${year}-${month}-${String((i % 27) + 1).padStart(2, '0')}`,
      organisers: ['410000'],
      areas: [HAMI[i % 3] ?? '650502'],
      // Those at each room's opening: local readers and Henan's aid cadres (illustrative).
      local: 40 + (i % 5) * 10,
      donor: 3 + (i % 3),
    });
    added++;
  }
  await exchange({
    kind: 'camp',
    title: '“赣克”青少年足球冬令营',
    startDate: '2025-01-12',
    endDate: '2025-01-22',
    organisers: ['360000'],
    areas: ['653022'],
    local: 60,
    donor: 40,
    place: '江西南昌',
  });
  await exchange({
    kind: 'performance',
    title: '宁波青瓷音乐巡演走进和田',
    startDate: '2025-06-15',
    organisers: ['110000', '330200'],
    areas: ['653201'],
    local: 1500,
    donor: 30,
    place: '和田市',
  });
  await exchange({
    kind: 'study-tour',
    title: '策勒县青少年赴津研学',
    startDate: '2024-07-15',
    endDate: '2024-07-24',
    organisers: ['120000'],
    areas: ['653225'],
    local: 120,
    donor: 12,
    place: '天津',
  });
  await exchange({
    kind: 'school-pairing',
    title: '天津学校与策勒县第一小学结对',
    startDate: '2024-09-01',
    organisers: ['120000'],
    areas: ['653225'],
    local: 900,
    donor: 60,
  });
  return added + 4;
}
