/**
 * The lists behind a template's drop-downs and behind reading coded cells back: programmes,
 * donors, organisations, areas and project types from the reference data; stages, delivery
 * modes and transaction types from the schemas.
 */
import type { Executor } from '../../db/database.js';
import { STAGE_NAMES_UG } from '../../domain/problem-catalogue-ug.js';
import { STAGE_NAMES_ZH, type Stage } from '../../domain/stages.js';
import { loadReference, type Reference } from '../reference/reference.js';
import { type CodeIndex, type CodeList, indexList } from './cells.js';
import { enumValues, type KindSpec, type ListName, SPECS } from './kinds.js';

const TRANSACTION_NAMES_ZH: Record<string, string> = {
  commitment: '承诺',
  arrival: '到位',
  disbursement: '拨付',
  expenditure: '支出',
};
const DELIVERY_NAMES_ZH: Record<string, string> = {
  turnkey: '交钥匙',
  cheque: '交支票',
  joint: '合作共建',
};
/** Uyghur names of the fixed lists, as the web's ug/terms.ts words them (decision 0060). */
const TRANSACTION_NAMES_UG: Record<string, string> = {
  commitment: 'ۋەدە',
  arrival: 'ئورنىغا يېتىش',
  disbursement: 'ئاجرىتىپ بېرىش',
  expenditure: 'چىقىم',
};
const DELIVERY_NAMES_UG: Record<string, string> = {
  turnkey: 'ئاچقۇچ تاپشۇرۇش',
  cheque: 'چەك تاپشۇرۇش',
  joint: 'ھەمكارلىشىپ قۇرۇش',
};

function fromEnum(
  spec: KindSpec,
  field: string,
  zhNames: Record<string, string>,
  ugNames: Record<string, string>,
  name: { zh: string; en: string; ug: string },
): CodeList {
  return {
    name,
    entries: enumValues(spec, field).map((code) => ({
      code,
      zh: zhNames[code] ?? code,
      en: code,
      ug: ugNames[code] ?? code,
    })),
  };
}

/** The areas a drop-down offers: every programme's paired areas, their subtrees and ancestors. */
function pairedAreas(ref: Reference): string[] {
  const codes = new Set<string>();
  for (const programme of ref.programmes.keys()) {
    for (const span of ref.pairingSpans(programme)) {
      for (const code of ref.areas.subtree(span.areaCode)) codes.add(code);
      for (const code of ref.areas.pathOf(span.areaCode)) codes.add(code);
    }
  }
  return [...codes].sort();
}

export type Lists = Record<ListName, CodeList>;

/** The lists the reference data does not hold: indicator sets and data elements (small tables). */
export interface IndicatorLists {
  sets: ReadonlyArray<{ code: string; name: string; nameEn: string }>;
  elements: ReadonlyArray<{ code: string; name: string; nameEn: string }>;
}

/** The reference data and every list, read from the database. */
export async function loadLists(db: Executor): Promise<{ ref: Reference; lists: Lists }> {
  const [ref, sets, elements] = await Promise.all([
    loadReference(db),
    db.selectFrom('indicatorSets').select(['code', 'name', 'nameEn']).orderBy('code').execute(),
    db.selectFrom('indicatorElements').select(['code', 'name', 'nameEn']).orderBy('code').execute(),
  ]);
  return { ref, lists: buildLists(ref, { sets, elements }) };
}

const ZH_EXCHANGE_KINDS: Record<string, string> = {
  'study-tour': '研学考察',
  camp: '夏令营',
  performance: '文艺演出',
  'reading-room': '书屋',
  'school-pairing': '学校结对',
  'township-pairing': '乡镇结对',
  other: '其他',
};
const ZH_SALE_CHANNELS: Record<string, string> = {
  'experience-hall': '体验馆',
  'online-platform': '线上平台',
  'canteen-purchase': '食堂采购',
  'trade-fair': '展销会',
  other: '其他',
};
const ZH_PRODUCT_CATEGORIES: Record<string, string> = {
  'dried-fruit': '干果',
  'fresh-fruit': '鲜果',
  nuts: '坚果',
  'grain-oil': '粮油',
  'meat-dairy': '肉奶',
  'textile-apparel': '纺织服装',
  handicraft: '手工艺品',
  other: '其他',
};
const ZH_CASE_CATEGORIES: Record<string, string> = {
  land: '用地',
  permits: '审批许可',
  financing: '融资',
  labour: '用工',
  logistics: '物流',
  utilities: '水电气',
  policy: '政策',
  other: '其他',
};

/** Uyghur names of the new kinds' fixed lists, as the web's ug screens word them. */
const UG_EXCHANGE_KINDS: Record<string, string> = {
  'study-tour': 'ئۆگىنىش-تەكشۈرۈش',
  camp: 'يازلىق لاگېر',
  performance: 'ئەدەبىيات-سەنئەت ئويۇنى',
  'reading-room': 'كىتابخانا',
  'school-pairing': 'مەكتەپلەر جۈپلىشىشى',
  'township-pairing': 'يېزا-بازارلار جۈپلىشىشى',
  other: 'باشقا',
};
const UG_SALE_CHANNELS: Record<string, string> = {
  'experience-hall': 'تەجرىبە زالى',
  'online-platform': 'تور سۇپىسى',
  'canteen-purchase': 'ئاشخانا سېتىۋېلىشى',
  'trade-fair': 'كۆرگەزمە-سېتىش يەرمەنكىسى',
  other: 'باشقىلار',
};
const UG_PRODUCT_CATEGORIES: Record<string, string> = {
  'dried-fruit': 'قۇرۇق مېۋە',
  'fresh-fruit': 'يېڭى مېۋە',
  nuts: 'قاتتىق پوستلۇق مېۋە',
  'grain-oil': 'ئاشلىق ۋە ياغ',
  'meat-dairy': 'گۆش ۋە سۈت مەھسۇلاتلىرى',
  'textile-apparel': 'توقۇمىچىلىق ۋە كىيىم-كېچەك',
  handicraft: 'قول ھۈنەر-سەنئەت بۇيۇملىرى',
  other: 'باشقىلار',
};
const UG_CASE_CATEGORIES: Record<string, string> = {
  land: 'يەر ئىشلىتىش',
  permits: 'تەستىق ۋە ئىجازەت',
  financing: 'مەبلەغ توپلاش',
  labour: 'ئىشچى ئىشلىتىش',
  logistics: 'ئەشيا ئوبوروتى',
  utilities: 'سۇ، توك، گاز',
  policy: 'سىياسەت',
  other: 'باشقىلار',
};

/** Every list, for the templates' drop-downs. */
export function buildLists(
  ref: Reference,
  indicators: IndicatorLists = { sets: [], elements: [] },
): Lists {
  const projects = SPECS.projects;
  const donors = new Set<string>();
  for (const programme of ref.programmes.keys()) {
    for (const d of ref.topLevelDonors(programme)) donors.add(d);
  }
  const org = (code: string) => {
    const o = ref.orgs.get(code);
    return { code, zh: o?.name ?? code, en: o?.nameEn || o?.name || code };
  };
  return {
    programmes: {
      name: { zh: '援助计划', en: 'programme', ug: 'ياردەم پىلانى' },
      entries: [...ref.programmes.values()].map((p) => ({
        code: p.code,
        zh: p.name,
        en: p.nameEn,
      })),
    },
    donors: {
      name: { zh: '援助方', en: 'donor', ug: 'ياردەم بەرگۈچى تەرەپ' },
      entries: [...donors].sort().map(org),
    },
    orgs: {
      name: { zh: '单位', en: 'organisation', ug: 'ئورۇن' },
      entries: [...ref.orgs.all()]
        .map((o) => org(o.code))
        .sort((a, b) => a.code.localeCompare(b.code)),
    },
    areas: {
      name: { zh: '地区', en: 'area', ug: 'رايون' },
      entries: pairedAreas(ref).map((code) => {
        const a = ref.areas.get(code);
        return { code, zh: a?.name ?? code, en: a?.nameEn ?? code };
      }),
    },
    types: {
      name: { zh: '项目类型', en: 'project type', ug: 'تۈر تىپى' },
      entries: [...ref.projectTypes.values()].map((t) => ({
        code: t.code,
        zh: t.name,
        en: t.nameEn,
      })),
    },
    stages: fromEnum(projects, 'stage', STAGE_NAMES_ZH, STAGE_NAMES_UG, {
      zh: '阶段',
      en: 'stage',
      ug: 'باسقۇچ',
    }),
    progressStages: fromEnum(
      projects,
      'stageBeforeSuspension',
      STAGE_NAMES_ZH as Record<Stage, string>,
      STAGE_NAMES_UG,
      { zh: '阶段', en: 'stage', ug: 'باسقۇچ' },
    ),
    deliveryModes: fromEnum(projects, 'deliveryMode', DELIVERY_NAMES_ZH, DELIVERY_NAMES_UG, {
      zh: '建设方式',
      en: 'delivery mode',
      ug: 'قۇرۇلۇش ئۇسۇلى',
    }),
    transactionTypes: fromEnum(SPECS.ledger, 'type', TRANSACTION_NAMES_ZH, TRANSACTION_NAMES_UG, {
      zh: '资金类型',
      en: 'transaction type',
      ug: 'مەبلەغ تىپى',
    }),
    planned: {
      name: { zh: '计划/实际', en: 'planned or actual', ug: 'پىلان / ئەمەلىي' },
      entries: [
        { code: 'actual', zh: '实际', en: 'actual', ug: 'ئەمەلىي' },
        { code: 'planned', zh: '计划', en: 'planned', ug: 'پىلان' },
      ],
    },
    sexes: fromEnum(
      SPECS.people,
      'sex',
      { female: '女', male: '男' },
      { female: 'ئايال', male: 'ئەر' },
      { zh: '性别', en: 'sex', ug: 'جىنسى' },
    ),
    postingModes: fromEnum(
      SPECS.people,
      'mode',
      { 'long-term': '长期', flexible: '柔性' },
      { 'long-term': 'ئۇزۇن مۇددەتلىك', flexible: 'جانلىق' },
      { zh: '派驻方式', en: 'posting mode', ug: 'ئەۋەتىلىش ئۇسۇلى' },
    ),
    trainingPlaces: fromEnum(
      SPECS.training,
      'place',
      { xinjiang: '新疆', donor: '援助方所在地' },
      { xinjiang: 'شىنجاڭ', donor: 'ياردەم بەرگۈچى تەرەپ جايلاشقان يەر' },
      { zh: '培训地点', en: 'training place', ug: 'تەربىيەلەش ئورنى' },
    ),
    exchangeKinds: fromEnum(SPECS.exchanges, 'kind', ZH_EXCHANGE_KINDS, UG_EXCHANGE_KINDS, {
      zh: '活动类型',
      en: 'activity kind',
      ug: 'پائالىيەت تىپى',
    }),
    saleChannels: fromEnum(SPECS.sales, 'channel', ZH_SALE_CHANNELS, UG_SALE_CHANNELS, {
      zh: '销售渠道',
      en: 'sales channel',
      ug: 'سېتىش يولى',
    }),
    productCategories: fromEnum(
      SPECS.sales,
      'productCategory',
      ZH_PRODUCT_CATEGORIES,
      UG_PRODUCT_CATEGORIES,
      {
        zh: '产品类别',
        en: 'product category',
        ug: 'مەھسۇلات تۈرى',
      },
    ),
    caseCategories: fromEnum(
      SPECS['company-cases'],
      'category',
      ZH_CASE_CATEGORIES,
      UG_CASE_CATEGORIES,
      {
        zh: '诉求类别',
        en: 'case category',
        ug: 'تەلەپ تۈرى',
      },
    ),
    indicatorSets: {
      name: { zh: '指标集', en: 'indicator set', ug: 'كۆرسەتكۈچ توپلىمى' },
      entries: indicators.sets.map((s) => ({ code: s.code, zh: s.name, en: s.nameEn })),
    },
    indicatorElements: {
      name: { zh: '数据元', en: 'data element', ug: 'سانلىق مەلۇمات ئېلېمېنتى' },
      entries: indicators.elements.map((e) => ({ code: e.code, zh: e.name, en: e.nameEn })),
    },
  };
}

/**
 * The indexes for reading cells back. An area is read against the whole tree (an area outside
 * the drop-down is still an area); the others against their lists.
 */
export function buildIndexes(ref: Reference, lists: Lists): Record<ListName, CodeIndex> {
  const out = {} as Record<ListName, CodeIndex>;
  for (const [name, list] of Object.entries(lists) as [ListName, CodeList][]) {
    const index = indexList(list);
    out[name] = name === 'areas' ? { ...index, codes: { has: (c) => ref.areas.has(c) } } : index;
  }
  return out;
}
