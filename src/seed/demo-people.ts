/**
 * The report's people, teams, mentoring and institution pairings (../shared/seed/FACTS.md),
 * entered through the use cases as records so that the figures come out of the counts
 * (decisions 0025, 0026):
 * - Ren Gengpo, Shanghai's 11th batch of aid cadres, deputy director of the Kashgar prefecture
 *   industry and IT bureau;
 * - Ni Yuan, Tianjin aid teacher, vice-principal of Cele county No. 1 primary school since
 *   August 2024, and her 14 paired local teachers (传帮带);
 * - Shanghai Ninth People's Hospital adopting the oral and maxillofacial surgery department of
 *   Kashgar No. 2 People's Hospital (以院包科);
 * - Jilin's medical team at Habahe county people's hospital since 2023 (orthopaedics,
 *   anaesthesia, obstetrics);
 * - Tianjin's 22 township pairings in its three Hotan counties.
 * As in decision 0027, a date the report gives is fixed (Ni Yuan from 2024-08-01, the Habahe team
 * from 2023-01-01); a date it does not give moves with the load date (`today`): Ren Gengpo's
 * posting and batch from the first of the month a year ago (a cadre's 3-year term, so serving
 * now), the Habahe doctors' postings from six months ago, the hospital and township pairings from
 * 1 January of last year. Illustrative, not from the report: the persons' sex, the Habahe
 * doctors and the mentees' names, the mentees' 2025 assessments. Real people's phone and
 * ID-card numbers are not invented (left empty). Loaded once: a database with Ren Gengpo keeps
 * what it has.
 */
import type { Database } from '../db/database.js';
import { systemActor } from '../domain/access.js';
import { englishAreaName } from '../domain/areas.js';
import { addMonths } from '../domain/warnings.js';
import { createMentoring, putAssessment } from '../modules/mentoring/write.js';
import { createOrganisation } from '../modules/organisations/service.js';
import { createInstitutionPairing } from '../modules/pairings/institutions.js';
import { createBatch } from '../modules/people/batches.js';
import { createPerson } from '../modules/people/persons.js';
import { addPosting } from '../modules/people/postings.js';
import { addTeamMember, createTeam } from '../modules/teams/write.js';

/** Illustrative names of Ni Yuan's 14 paired teachers (the report gives the number only). */
export const NI_YUAN_MENTEES = [
  '阿依古丽·吐尔逊',
  '努尔曼古丽·艾力',
  '麦尔哈巴·阿不都',
  '古丽米拉·买买提',
  '帕提古丽·热合曼',
  '阿迪力·吾斯曼',
  '热依拉·阿布拉',
  '祖丽皮耶·依明',
  '米热古丽·托合提',
  '阿力木·亚森',
  '王晓燕',
  '李春梅',
  '赵丽娟',
  '张海燕',
] as const;

/** How many township pairings Tianjin made (FACTS.md). */
export const TIANJIN_TOWNSHIP_PAIRINGS = 22;
const TIANJIN_COUNTIES = ['653225', '653226', '653227'];

const HOSPITALS = [
  {
    code: '310000-H9',
    name: '上海交通大学医学院附属第九人民医院',
    nameEn: "Shanghai Ninth People's Hospital",
    kind: 'hospital' as const,
    parentCode: '310000',
    areaCode: null,
  },
  {
    code: '653100-H2',
    name: '喀什地区第二人民医院',
    nameEn: "Kashgar No. 2 People's Hospital",
    kind: 'hospital' as const,
    parentCode: null,
    areaCode: '653100',
  },
];

/** Loads the demo's people records as of `today`; returns how many records it added. */
export async function loadDemoPeople(database: Database, today: string): Promise<number> {
  const ctx = { actor: systemActor('demo'), db: database.db };
  const db = database.db;
  const loaded = await db
    .selectFrom('persons')
    .select('id')
    .where('nameZh', '=', '任耕坡')
    .executeTakeFirst();
  if (loaded) return 0;
  let added = 0;
  const monthStart = `${today.slice(0, 7)}-01`;
  const lastYear = Number(today.slice(0, 4)) - 1;

  // Ren Gengpo: Shanghai's 11th batch, in Kashgar prefecture (a cadre's 36-month term).
  const renStart = addMonths(monthStart, -12);
  const batch = await createBatch(ctx, {
    donor: '310000',
    programme: 'xinjiang',
    number: 11,
    name: '上海市第十一批援疆干部',
    startsOn: renStart,
  });
  const ren = await createPerson(ctx, {
    nameZh: '任耕坡',
    sex: 'male',
    homeOrgName: '上海市',
    donor: '310000',
    published: true,
  });
  await addPosting(ctx, ren.id, {
    programme: 'xinjiang',
    batch: batch.id,
    kind: 'cadre',
    hostOrgName: '喀什地区工业和信息化局',
    area: '653100',
    role: '喀什地区工业和信息化局副局长',
    mode: 'long-term',
    crossPair: false,
    termStart: renStart,
  });
  added += 3;

  // Ni Yuan: vice-principal in Cele since August 2024 (a teacher's 18-month term).
  const ni = await createPerson(ctx, {
    nameZh: '倪园',
    sex: 'female',
    homeOrgName: '天津市',
    donor: '120000',
    published: true,
  });
  const niPosted = await addPosting(ctx, ni.id, {
    programme: 'xinjiang',
    kind: 'teacher',
    hostOrgName: '策勒县第一小学',
    area: '653225',
    role: '策勒县第一小学副校长',
    mode: 'long-term',
    crossPair: false,
    termStart: '2024-08-01',
  });
  added += 2;
  const niEnd = niPosted.postings[0]?.plannedEnd ?? null;
  for (const [i, menteeName] of NI_YUAN_MENTEES.entries()) {
    const m = await createMentoring(ctx, {
      mentorPersonId: ni.id,
      areaCode: '653225',
      menteeName,
      menteeOrgName: '策勒县第一小学',
      startsOn: '2024-09-01',
      endsOn: niEnd,
      note: '传帮带结对教师',
      published: true,
    });
    await putAssessment(ctx, m.id, 2025, { grade: i % 3 === 0 ? 'excellent' : 'good' });
    added++;
  }

  // Shanghai Ninth People's Hospital adopts Kashgar No. 2's oral and maxillofacial surgery.
  for (const org of HOSPITALS) {
    const exists = await db
      .selectFrom('organisations')
      .select('code')
      .where('code', '=', org.code)
      .executeTakeFirst();
    if (!exists) {
      await createOrganisation(ctx, org);
      added++;
    }
  }
  const parentOf = async (donor: string, area: string) =>
    (
      await db
        .selectFrom('pairings')
        .select('id')
        .where('donorCode', '=', donor)
        .where('recipientAreaCode', '=', area)
        .where('parentId', 'is', null)
        .where('kind', 'is', null)
        .executeTakeFirstOrThrow()
    ).id;
  await createInstitutionPairing(ctx, {
    kind: 'hospital-department',
    parentId: await parentOf('310000', '653130'),
    donorCode: '310000-H9',
    recipientOrgCode: '653100-H2',
    recipientDepartment: '口腔颌面外科',
    validFrom: `${lastYear}-01-01`,
    note: '以院包科：口腔颌面外科',
    noteEn: 'Hospital adopts a department: oral and maxillofacial surgery',
    published: true,
  });
  added++;

  // Jilin's medical team at Habahe county people's hospital, since 2023.
  const team = await createTeam(ctx, {
    kind: 'medical',
    name: '吉林援疆医疗组团（哈巴河县人民医院）',
    donorCode: '220000',
    hostOrgName: '哈巴河县人民医院',
    areaCode: '654324',
    startsOn: '2023-01-01',
    endsOn: null,
    note: '骨科、麻醉科、产科；远程会诊，病历影像共享',
    published: true,
  });
  added++;
  const doctorsStart = addMonths(monthStart, -6);
  let version = team.version;
  for (const [i, d] of [
    { name: '刘建国', role: '哈巴河县人民医院骨科主任', sex: 'male' as const },
    { name: '孙丽华', role: '哈巴河县人民医院麻醉科医生', sex: 'female' as const },
    { name: '周敏', role: '哈巴河县人民医院产科医生', sex: 'female' as const },
  ].entries()) {
    const doctor = await createPerson(ctx, {
      nameZh: d.name,
      sex: d.sex,
      homeOrgName: '吉林省',
      donor: '220000',
      published: true,
    });
    const posted = await addPosting(ctx, doctor.id, {
      programme: 'xinjiang',
      kind: 'doctor',
      hostOrgName: '哈巴河县人民医院',
      area: '654324',
      role: d.role,
      mode: 'long-term',
      crossPair: false,
      termStart: doctorsStart,
    });
    const withMember = await addTeamMember(
      ctx,
      team.id,
      {
        personId: doctor.id,
        role: i === 0 ? 'leader' : 'member',
        startsOn: doctorsStart,
        endsOn: posted.postings[0]?.plannedEnd ?? null,
      },
      version,
    );
    version = withMember.version;
    added += 2;
  }

  // Tianjin's 22 township pairings in Cele, Yutian and Minfeng.
  const townships = await db
    .selectFrom('areas')
    .select(['code', 'parentCode', 'name', 'nameEn', 'pinyin'])
    .where('parentCode', 'in', TIANJIN_COUNTIES)
    .where('level', '=', 'township')
    .orderBy('code')
    .execute();
  const parents = new Map<string, number>();
  for (const county of TIANJIN_COUNTIES) parents.set(county, await parentOf('120000', county));
  for (const t of townships.slice(0, TIANJIN_TOWNSHIP_PAIRINGS)) {
    await createInstitutionPairing(ctx, {
      kind: 'township',
      parentId: parents.get(t.parentCode ?? '') ?? 0,
      donorCode: '120000',
      recipientAreaCode: t.code,
      validFrom: `${lastYear}-01-01`,
      note: `天津市学校、医院、企业和商会与${t.name}结对`,
      noteEn: `Tianjin's schools, hospitals, companies and chambers of commerce paired with ${englishAreaName(t)}`,
      published: true,
    });
    added++;
  }
  return added;
}
