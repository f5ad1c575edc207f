/** The overview (landing) screen. */
export const messages = {
  overview: {
    title: '总览',
    intro: '对口援疆：{{donors}} 个援疆省市与新疆受援地州、县市及兵团师市结对。',
    donors: '援助方',
    pairings: '结对关系',
    prefectures: '受援地州',
    counties: '受援县市',
    xpccCities: '兵团师市',
    empty: '还没有结对关系。导入结对数据后，这里会显示援助方、结对关系和受援地区的数量。',
    openPairings: '查看结对关系与地图',
    openOrganisations: '查看单位名录',
  },
} as const;
