import type { ProblemTemplate } from './template.js';

/** Problems: the indicator model, value entry and indicator measures (decision 0048). */
export const INDICATORS = {
  'indicators.notFound': {
    status: 404,
    zh: '没有代码为 {code} 的{kind}',
    en: 'no {kind} with the code {code}',
  },
  'indicators.codeTaken': {
    status: 409,
    zh: '代码 {code} 已被{usedBy}使用',
    en: 'the code {code} is already used by {usedBy}',
  },
  'indicators.codeIsMeasure': {
    status: 409,
    zh: '代码 {code} 是已登记的统计指标名，不能再用',
    en: 'the code {code} is the name of a registered measure',
  },
  'indicators.aggregationForType': {
    status: 422,
    zh: '{valueType} 类型的数据元不能按 {aggregation} 汇总',
    en: 'an element of type {valueType} cannot be aggregated by {aggregation}',
  },
  'indicators.scaleForType': {
    status: 422,
    zh: '只有数值类型的数据元可以设小数位（{valueType} 不行）',
    en: 'only number elements have decimal places ({valueType} has none)',
  },
  'indicators.formulaSyntax': {
    status: 422,
    zh: '公式在第 {position} 个字符处有误：{reason}',
    en: 'the formula is malformed at character {position}: {reason}',
  },
  'indicators.formulaUnknownCode': {
    status: 422,
    zh: '公式引用了未知的代码 {code}',
    en: 'the formula names an unknown code {code}',
  },
  'indicators.formulaCycle': {
    status: 422,
    zh: '公式循环引用自身：{path}',
    en: 'the formula refers to itself: {path}',
  },
  'indicators.formulaText': {
    status: 422,
    zh: '公式不能使用文本数据元 {code}',
    en: 'a formula cannot use the text element {code}',
  },
  'indicators.unknownItem': {
    status: 422,
    zh: '没有代码为 {code} 的数据元或指标',
    en: 'no data element or indicator with the code {code}',
  },
  'indicators.itemTwice': {
    status: 422,
    zh: '{code} 在指标集中出现了两次',
    en: '{code} is listed twice in the set',
  },
  'indicators.reporterTwice': {
    status: 422,
    zh: '填报单位 {area} 重复',
    en: 'the reporting unit {area} is listed twice',
  },
  'indicators.periodFormat': {
    status: 422,
    zh: '期间 {period} 无效（应为 2024、2024-H1、2024-Q3 或 2024-07）',
    en: 'the period {period} is not one (2024, 2024-H1, 2024-Q3 or 2024-07)',
  },
  'indicators.periodType': {
    status: 422,
    zh: '指标集按 {type} 填报，期间 {period} 不符',
    en: 'the set is reported by {type}; {period} is not one',
  },
  'indicators.periodOutsideProgramme': {
    status: 422,
    zh: '期间 {period} 不在项目 {programme} 的年限（{from}–{to}）内',
    en: 'the period {period} lies outside the programme {programme} ({from}–{to})',
  },
  'indicators.notReporter': {
    status: 422,
    zh: '{area} 不是指标集 {set} 的填报单位',
    en: '{area} does not report the set {set}',
  },
  'indicators.elementNotInSet': {
    status: 422,
    zh: '数据元 {element} 不在指标集 {set} 中',
    en: 'the data element {element} is not in the set {set}',
  },
  'indicators.fieldTwice': {
    status: 422,
    zh: '数据元 {element} 的同一分组填了两次',
    en: 'the same cell of {element} is given twice',
  },
  'indicators.notNumeric': {
    status: 422,
    zh: '数据元 {element} 须填数字（收到 {value}）',
    en: '{element} takes a number (got {value})',
  },
  'indicators.tooManyDecimals': {
    status: 422,
    zh: '数据元 {element} 最多 {scale} 位小数',
    en: '{element} takes at most {scale} decimal places',
  },
  'indicators.notText': {
    status: 422,
    zh: '数据元 {element} 须填文字',
    en: '{element} takes a text',
  },
  'indicators.outOfRange': {
    status: 422,
    zh: '数据元 {element} 的值超出范围',
    en: 'the value of {element} is out of range',
  },
  'indicators.badCell': {
    status: 422,
    zh: '数据元 {element} 的分组 {name} 无效',
    en: 'the disaggregation {name} of {element} is not one of its cells',
  },
  'indicators.mixedCells': {
    status: 422,
    zh: '数据元 {element} 不能同时填合计和分组数',
    en: '{element} takes either a total or its cells, not both',
  },
  'indicators.periodOverlap': {
    status: 422,
    zh: '数据元 {element} 在重叠期间 {other} 已有数据',
    en: '{element} already has a value for the overlapping period {other}',
  },
  'indicators.donorRequired': {
    status: 403,
    zh: '捐助方编辑须指明捐助方',
    en: 'a donor editor enters values for a donor: name it',
  },
  'indicators.textNotAggregable': {
    status: 422,
    zh: '文本数据元 {measure} 不能汇总',
    en: 'the text element {measure} cannot be summed or averaged',
  },
  'indicators.percentageNotSummable': {
    status: 422,
    zh: '百分比 {measure} 不能跨地区或捐助方相加，请按更细的地区分组',
    en: 'the percentage {measure} cannot be summed over several areas or donors: group by a finer area',
  },
} as const satisfies Record<string, ProblemTemplate>;
