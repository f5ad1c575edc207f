/** Words every screen uses: states, roles, area levels, money units. */
export const messages = {
  common: {
    loading: '加载中…',
    retry: '重试',
    errorTitle: '数据加载失败',
    networkError: '无法连接服务器，请检查网络后重试。',
    notFoundTitle: '页面不存在',
    notFoundText: '您访问的地址没有对应的页面。',
    backHome: '返回总览',
    all: '全部',
    none: '—',
    openEnded: '至今',
    total: '共 {{count}} 条',
    /** beside a name shown in Chinese because the record has none in the interface language */
    chineseName: '中文',
    unsaved: {
      title: '离开此页？',
      text: '有尚未保存的修改，离开后这些修改将丢失。',
      leave: '离开',
      stay: '留在此页',
    },
  },
  a11y: {
    donor: '援助方',
    year: '年度',
    county: '县市',
    mapTable: '各县市{{measure}}（按数值从高到低）',
    skipToContent: '跳到正文',
  },
  formModal: {
    save: '保存',
    cancel: '取消',
    conflict: '此记录刚被其他人修改过，已为您重新加载最新内容。请核对后再保存。',
  },
  roles: {
    coordinator: '协调员',
    'donor-editor': '援助方填报员',
    'recipient-editor': '受援方填报员',
    auditor: '审计人员',
    viewer: '查看者',
  },
  levels: {
    province: '省级',
    prefecture: '地级',
    county: '县级',
    township: '乡级',
    village: '村级',
    xpccCity: '兵团城市',
    xpccCityDivision: '兵团城市 · {{division}}',
  },
  money: {
    wan: '万元',
    exact: '精确金额：{{yuan}} 元',
    /** a label or column header with the unit: every amount under it is in 万元 */
    withUnit: '{{label}}（万元）',
    inputHint: '以万元为单位，最多六位小数（精确到分），如 12.5 即 125,000 元',
    invalid: '请输入以万元为单位的金额，最多六位小数，如 12.5',
    required: '请输入金额',
    preview: '即 {{yuan}} 元',
  },
} as const;
