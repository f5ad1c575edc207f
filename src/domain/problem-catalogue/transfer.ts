import type { ProblemTemplate } from './template.js';

/**
 * Problems: data in and out (issue 11: templates, imports, exports). An import's problems are
 * reported per cell in its report (severity, sheet, row, column, value); a file that cannot be
 * read at all is refused with 422.
 */
export const TRANSFER = {
  'import.unreadable': {
    status: 422,
    zh: '无法读取该文件：既不是 Excel 工作簿（.xlsx），也不是 CSV 文本',
    en: 'the file cannot be read: it is neither an Excel workbook (.xlsx) nor CSV text',
  },
  'import.oldExcel': {
    status: 422,
    zh: '这是旧版 Excel 文件（.xls），请在 Excel 中另存为 .xlsx 后再导入',
    en: 'this is an old Excel file (.xls): save it as .xlsx in Excel, then import it',
  },
  'import.tooLarge': {
    status: 422,
    zh: '文件解压后超过 {limit} MB（或压缩比异常），拒绝读取',
    en: 'the file would inflate to more than {limit} MB (or is compressed suspiciously well): refused',
  },
  'import.notTemplate': {
    status: 422,
    zh: '该工作簿不是山海导入模板（缺少模板标识工作表），请先下载模板',
    en: 'this workbook is not a Shanhai template (its identifying sheet is missing): download the template first',
  },
  'import.wrongKind': {
    status: 422,
    zh: '该工作簿是「{found}」模板，不能作为「{expected}」导入',
    en: 'this workbook is a "{found}" template, not "{expected}"',
  },
  'import.oldVersion': {
    status: 422,
    zh: '模板版本 {found} 已过期（当前版本 {current}），请下载新模板并把数据复制过去',
    en: 'template version {found} is out of date (now {current}): download the new template and copy the data into it',
  },
  'import.missingSheet': {
    status: 422,
    zh: '缺少工作表「{sheet}」',
    en: 'the sheet "{sheet}" is missing',
  },
  'import.missingColumn': {
    status: 422,
    zh: '缺少必填列「{column}」',
    en: 'the required column "{column}" is missing',
  },
  'import.unknownColumn': {
    status: 422,
    zh: '不认识的列「{column}」，已忽略',
    en: 'unknown column "{column}": ignored',
  },
  'import.noRows': {
    status: 422,
    zh: '文件中没有数据行',
    en: 'the file has no data rows',
  },
  'import.programmeUnknown': {
    status: 422,
    zh: '没有代码为 {code} 的援助计划',
    en: 'no programme {code}',
  },
  'import.required': {
    status: 422,
    zh: '「{column}」必须填写',
    en: '"{column}" is required',
  },
  'import.notNumber': {
    status: 422,
    zh: '「{value}」不是数字',
    en: '"{value}" is not a number',
  },
  'import.notWhole': {
    status: 422,
    zh: '「{value}」须为整数',
    en: '"{value}" must be a whole number',
  },
  'import.tooManyDecimals': {
    status: 422,
    zh: '金额「{value}」最多两位小数（到分）',
    en: 'the amount "{value}" has more than two decimals (fen)',
  },
  'import.negative': {
    status: 422,
    zh: '「{value}」不能为负数',
    en: '"{value}" must not be negative',
  },
  'import.wanYuan': {
    status: 422,
    zh: '「{value}」以万元填写，而本列单位是元：请改填 {yuan}（元）',
    en: '"{value}" is in 10,000 yuan (万元) but this column is in yuan: enter {yuan}',
  },
  'import.thousands': {
    status: 422,
    zh: '「{value}」含千分位分隔符，已按 {number} 读取',
    en: '"{value}" has thousands separators: read as {number}',
  },
  'import.looksLikeWanYuan': {
    status: 422,
    zh: '预算只有 {value} 元，是否误填了万元？本列单位是元',
    en: 'a budget of only {value} yuan: was it entered in 10,000 yuan (万元)? This column is in yuan',
  },
  'import.notDate': {
    status: 422,
    zh: '「{value}」不是日期（请填 YYYY-MM-DD）',
    en: '"{value}" is not a date (write YYYY-MM-DD)',
  },
  'import.notMonth': {
    status: 422,
    zh: '「{value}」不是月份（请填 YYYY-MM，如 2026-04）',
    en: '"{value}" is not a month (write YYYY-MM, e.g. 2026-04)',
  },
  'import.numberNotText': {
    status: 422,
    zh: '「{value}」是数字单元格，本列须为文本：身份证号以数字输入会丢失末几位和校验码 X。请把本列单元格设为文本格式后重新输入',
    en: '"{value}" is a number cell but this column must be text: an ID card number typed as a number loses its last digits and the X check character. Format the cells as text and type it again',
  },
  'import.dateSerial': {
    status: 422,
    zh: '日期以 Excel 序列号 {value} 填写，已按 {date} 读取',
    en: 'a date given as the Excel serial number {value}: read as {date}',
  },
  'import.dateText': {
    status: 422,
    zh: '日期以文本「{value}」填写，已按 {date} 读取',
    en: 'a date written as the text "{value}": read as {date}',
  },
  'import.formula': {
    status: 422,
    zh: '单元格是公式（{formula}），已取其计算结果；请粘贴为数值',
    en: 'the cell holds a formula ({formula}): its computed value was used; paste values instead',
  },
  'import.formulaNoValue': {
    status: 422,
    zh: '单元格是公式（{formula}）且没有保存结果，请粘贴为数值',
    en: 'the cell holds a formula ({formula}) with no saved result: paste values instead',
  },
  'import.cellError': {
    status: 422,
    zh: '单元格是错误值 {value}',
    en: 'the cell holds the error {value}',
  },
  'import.mergedCells': {
    status: 422,
    zh: '该行含合并单元格（{range}），请取消合并并逐行填写',
    en: 'the row has merged cells ({range}): unmerge them and fill each row',
  },
  'import.unknownCode': {
    status: 422,
    zh: '「{value}」不是有效的{list}',
    en: '"{value}" is not a known {list}',
  },
  'import.ambiguousName': {
    status: 422,
    zh: '「{value}」对应多个{list}，请从下拉列表选择（带代码）',
    en: '"{value}" matches several of {list}: pick it from the drop-down list (with its code)',
  },
  'import.badShares': {
    status: 422,
    zh: '「{value}」无法读取：请写成「代码=百分比; 代码=百分比」，如 653201=60%; 653222=40%',
    en: '"{value}" cannot be read: write "code=percent; code=percent", e.g. 653201=60%; 653222=40%',
  },
  'import.notYesNo': {
    status: 422,
    zh: '「{value}」须为「是」或「否」',
    en: '"{value}" must be yes or no',
  },
  'import.invalid': {
    status: 422,
    zh: '「{column}」的值不符合要求',
    en: 'the value of "{column}" is not accepted',
  },
  'import.tooLong': {
    status: 422,
    zh: '「{column}」最多 {maximum} 个字',
    en: '"{column}" takes at most {maximum} characters',
  },
  'import.duplicateCode': {
    status: 422,
    zh: '编号 {code} 在文件中出现多次（第 {rows} 行），这些行均未导入',
    en: 'the code {code} appears more than once in the file (rows {rows}): none of them is imported',
  },
  'import.duplicateRow': {
    status: 422,
    zh: '与第 {rows} 行完全相同，这些行均未导入；如确为多笔，请在备注中区分',
    en: 'identical to rows {rows}: none of them is imported; if they are separate entries, tell them apart in the note',
  },
  'import.exists': {
    status: 422,
    zh: '{code} 已存在，本行跳过（导入不修改已有记录）',
    en: '{code} exists already: row skipped (an import does not change existing records)',
  },
  'import.alreadyRecorded': {
    status: 422,
    zh: '台账中已有相同的记录（项目、类型、计划/实际、金额、日期、单位、备注均相同），本行跳过',
    en: 'the ledger holds an identical entry already (project, type, planned, amount, date, organisations, note): row skipped',
  },
  'import.outOfScope': {
    status: 422,
    zh: '您无权录入该行（{code}）：不在您的授权范围内',
    en: 'you may not enter this row ({code}): it is outside your grants',
  },
  'import.otherProgramme': {
    status: 422,
    zh: '项目 {code} 属于援助计划 {programme}，不是本次导入的计划',
    en: 'project {code} belongs to the programme {programme}, not the one imported into',
  },
  'iati.malformed': {
    status: 422,
    zh: '该文件不是格式正确的 XML（第 {line} 行）：{reason}。未导入任何内容',
    en: 'the file is not well-formed XML (line {line}): {reason}. Nothing was imported',
  },
  'iati.doctype': {
    status: 422,
    zh: '该文件声明了 DOCTYPE（第 {line} 行）：为防止实体展开和外部实体读取，拒绝导入',
    en: 'the file declares a DOCTYPE (line {line}): refused, so that no entity can be expanded or fetched',
  },
  'iati.notIati': {
    status: 422,
    zh: '该文件不是 IATI 活动文件（根元素为 {root}）',
    en: 'the file is not an IATI activities file (its root element is {root})',
  },
  'iati.optionUnknown': {
    status: 422,
    zh: '{option} 指定的代码 {code} 不存在',
    en: 'the code {code} given to {option} does not exist',
  },
  'iati.noIdentifier': {
    status: 422,
    zh: '该活动没有 iati-identifier，跳过',
    en: 'the activity has no iati-identifier: skipped',
  },
  'iati.duplicate': {
    status: 422,
    zh: '活动 {identifier} 在文件中出现多次，只导入第一个',
    en: 'the activity {identifier} appears more than once in the file: only the first is imported',
  },
  'iati.exists': {
    status: 422,
    zh: '活动 {identifier} 已导入（项目 {code}），跳过（导入不修改已有项目）',
    en: 'the activity {identifier} was imported already (project {code}): skipped (an import does not change existing projects)',
  },
  'iati.orgUnmatched': {
    status: 422,
    zh: '组织 {ref}（{name}）不是山海系统中的单位：未关联',
    en: 'the organisation {ref} ({name}) is not a Shanhai organisation: not linked',
  },
  'iati.noDonor': {
    status: 422,
    zh: '该活动的出资方都不是山海系统中的援助方，且未指定 --donor：跳过',
    en: 'none of the activity’s funding organisations is a Shanhai donor and no --donor was given: skipped',
  },
  'iati.noType': {
    status: 422,
    zh: '该活动没有山海项目类型，且未指定 --type：跳过',
    en: 'the activity carries no Shanhai project type and no --type was given: skipped',
  },
  'iati.noArea': {
    status: 422,
    zh: '该活动没有 GB/T 2260 地点，且未指定 --area：跳过',
    en: 'the activity carries no GB/T 2260 location and no --area was given: skipped',
  },
  'iati.noTitle': {
    status: 422,
    zh: '活动 {identifier} 没有标题：以其标识作为项目名称',
    en: 'the activity {identifier} has no title: its identifier is used as the project name',
  },
  'iati.typeKept': {
    status: 422,
    zh: '{count} 笔类型为 {type} 的交易不属于台账的交易类型：已按原样保存在 IATI 交易表中，未记入台账',
    en: '{count} transactions of type {type} are not of a ledger type: kept as read in the IATI transactions, not entered in the ledger',
  },
  'iati.noRate': {
    status: 422,
    zh: '没有 {currency} 在其起息日适用的汇率：{count} 笔金额已按原币保存，未换算记入台账（请维护汇率后重新导入）',
    en: 'no {currency} rate in force on the value date: {count} values kept in their currency, not entered in the ledger (maintain the rates, then import again)',
  },
  'iati.tx.value': {
    status: 422,
    zh: '交易金额 {value} 不是正数：已按原样保存，未记入台账',
    en: 'the transaction value {value} is not a positive amount: kept as read, not entered in the ledger',
  },
  'iati.tx.date': {
    status: 422,
    zh: '交易没有日期：已按原样保存，未记入台账',
    en: 'the transaction has no date: kept as read, not entered in the ledger',
  },
  'iati.tx.currency': {
    status: 422,
    zh: '交易和活动都没有币种：已按原样保存，未记入台账',
    en: 'neither the transaction nor the activity names a currency: kept as read, not entered in the ledger',
  },
  'currencyRate.invalid': {
    status: 422,
    zh: '汇率无效：币种须为三个大写字母（CNY 除外），汇率须大于 0',
    en: 'invalid rate: the currency is three capital letters (not CNY) and the rate more than 0',
  },
  'report.uyghurFontMissing': {
    status: 503,
    zh: '服务器没有阿拉伯文字母的字体，无法生成维吾尔文 PDF 报告：请安装 fonts-noto-core（Debian/Ubuntu：apt-get install fonts-noto-core），或用 SHANHAI_PDF_FONT_UG 指定一个含阿拉伯文字母的 TTF/OTF 字体文件（已查找：{paths}）。中文和英文报告不受影响。',
    en: 'the server has no font with the Arabic script to draw the Uyghur PDF report with: install fonts-noto-core (Debian/Ubuntu: apt-get install fonts-noto-core) or point SHANHAI_PDF_FONT_UG at a TTF/OTF font file with the Arabic script (looked for: {paths}). The Chinese and English reports work without it.',
  },
  'report.fontMissing': {
    status: 503,
    zh: '服务器没有中文字体，无法生成 PDF 报告：请安装 fonts-wqy-microhei（Debian/Ubuntu：apt-get install fonts-wqy-microhei），或用 SHANHAI_PDF_FONT 指定一个 TTF/TTC/OTF 中文字体文件（已查找：{paths}）。网页上的报告页可直接打印。',
    en: 'the server has no Chinese font to draw the PDF report with: install fonts-wqy-microhei (Debian/Ubuntu: apt-get install fonts-wqy-microhei) or point SHANHAI_PDF_FONT at a TTF/TTC/OTF Chinese font file (looked for: {paths}). The report page of the web app prints without it.',
  },
  'importJob.notFound': { status: 404, zh: '没有编号为 {id} 的导入任务', en: 'no import job {id}' },
  'importJob.busy': {
    status: 429,
    zh: '等待中的导入任务过多（{max} 个），请稍后再试',
    en: 'too many import jobs are waiting ({max}): try again shortly',
  },
  'importJob.interrupted': {
    status: 500,
    zh: '服务器重启，导入任务中断，未保存任何内容：请重新上传文件',
    en: 'the server restarted and interrupted the import job: nothing was stored. Upload the file again',
  },
  'importJob.failed': {
    status: 500,
    zh: '导入任务因服务器出错而失败，未保存任何内容',
    en: 'the import job failed on a server error: nothing was stored',
  },
} as const satisfies Record<string, ProblemTemplate>;
