import type { ProblemTemplate } from './template.js';

/** Problems: the analytics endpoint and its measures (decisions 0024, 0047). */
export const ANALYTICS = {
  'analytics.unknownMeasure': {
    status: 422,
    zh: '没有名为 {name} 的指标',
    en: 'no measure named {name}',
  },
  'analytics.unknownDimension': {
    status: 422,
    zh: '不能按 {name} 分组，可用：{known}',
    en: 'cannot group by {name}; known: {known}',
  },
  'analytics.dimensionTwice': {
    status: 422,
    zh: '分组 {name} 只能出现一次',
    en: 'the dimension {name} is given twice',
  },
  'analytics.dimensionUnsupported': {
    status: 422,
    zh: '指标 {measure} 不能按 {name} 分组',
    en: 'the measure {measure} cannot be grouped by {name}',
  },
  'analytics.unknownFilter': {
    status: 422,
    zh: '没有名为 {name} 的筛选条件，可用：{known}',
    en: 'no filter named {name}; known: {known}',
  },
  'analytics.periodReversed': {
    status: 422,
    zh: '期间的开始日期 {from} 晚于结束日期 {to}',
    en: 'the period starts ({from}) after it ends ({to})',
  },
  'analytics.periodNotWholeYears': {
    status: 422,
    zh: '指标 {measure} 按地区统计时按年度拆分，期间须从 1 月 1 日到 12 月 31 日（现为 {from} 至 {to}）',
    en: 'by area, the measure {measure} is split per year: the period must run from 1 January to 31 December (it is {from} to {to})',
  },
  'analytics.unknownGranularity': {
    status: 422,
    zh: '没有 {name} 这种期间粒度，可用：{known}',
    en: 'no period granularity {name}; known: {known}',
  },
  'analytics.granularityUnsupported': {
    status: 422,
    zh: '指标 {measure} 的期间不能细分到 {name}，可用：{known}',
    en: 'the measure {measure} cannot key its period by {name}; it can by: {known}',
  },
  'analytics.filterUnsupported': {
    status: 422,
    zh: '指标 {measure} 不能按 {name} 筛选',
    en: 'the measure {measure} cannot be filtered by {name}',
  },
  'analytics.unknownStage': {
    status: 422,
    zh: '没有项目阶段 {name}，可用：{known}',
    en: 'no project stage {name}; known: {known}',
  },
  'analytics.unknownPairing': {
    status: 422,
    zh: '结对类别 {name} 不存在，可用：{known}',
    en: 'no pairing class {name}; known: {known}',
  },
} as const satisfies Record<string, ProblemTemplate>;
