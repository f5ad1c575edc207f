/** The generator's vocabulary: a seedable PRNG, donors' weights, project types and names. */

/** A small, fast, seedable PRNG (mulberry32). */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return (items[items.length - 1] as readonly [T, number])[0];
    },
  };
}

/** Relative size of each donor's funds (fiscal revenue and pairing load, roughly). */
export const DONOR_WEIGHT: Record<string, number> = {
  '110000': 10,
  '120000': 5,
  '130000': 5,
  '140000': 3,
  '210000': 5,
  '220000': 3,
  '230000': 3,
  '310000': 11,
  '320000': 12,
  '330000': 10,
  '340000': 3,
  '350000': 6,
  '360000': 2,
  '370000': 8,
  '410000': 5,
  '420000': 5,
  '430000': 4,
  '440000': 7,
  '440300': 6,
};

export const TYPES = [
  ['livelihood', 45],
  ['industry', 20],
  ['talent', 15],
  ['culture-education', 12],
  ['exchange', 8],
] as const;

/** Project names by type, in Chinese and English. */
export const NAMES: Record<string, readonly (readonly [string, string])[]> = {
  livelihood: [
    ['安居富民房建设', 'Rural housing for better lives'],
    ['乡村卫生院改扩建', 'Township hospital extension'],
    ['农村饮水安全工程', 'Rural drinking-water safety works'],
    ['城乡供暖改造', 'Urban and rural heating renovation'],
    ['就业技能培训中心', 'Employment skills training centre'],
  ],
  industry: [
    ['纺织服装产业园', 'Textile and garment industrial park'],
    ['农产品加工园区', 'Farm produce processing park'],
    ['特色林果冷链仓储', 'Cold-chain storage for local fruit'],
    ['电商产业园', 'E-commerce industrial park'],
    ['设施农业示范基地', 'Greenhouse farming demonstration base'],
  ],
  talent: [
    ['组团式医疗人才培养', 'Group medical talent training'],
    ['中小学教师培训', 'School teacher training'],
    ['柔性引才专家工作站', 'Visiting experts workstation'],
    ['干部能力提升培训', 'Cadre capacity training'],
  ],
  'culture-education': [
    ['中学教学楼建设', 'Secondary school teaching building'],
    ['双语幼儿园建设', 'Bilingual kindergarten'],
    ['县级图书馆', 'County library'],
    ['职业技术学校实训楼', 'Vocational school training building'],
  ],
  exchange: [
    ['青少年研学交流', 'Youth study exchange'],
    ['文艺团体交流演出', 'Performing arts exchange tour'],
    ['民族团结主题活动', 'Ethnic unity events'],
    ['冬令营交流', 'Winter camp exchange'],
  ],
};
