/** The names of the domain's fixed lists: stages, delivery modes, transaction types, result metrics. */
export const messages = {
  stages: {
    reserve: '储备',
    approved: '立项',
    tendering: '招标',
    started: '开工',
    completed: '完工',
    accepted: '验收移交',
    audited: '决算审计',
    evaluated: '绩效评价',
    suspended: '暂停',
    cancelled: '取消',
  },
  deliveryModes: {
    turnkey: '交钥匙',
    cheque: '交支票',
    joint: '合作共建',
  },
  txTypes: {
    commitment: '承诺/下达',
    arrival: '到位',
    disbursement: '拨付',
    expenditure: '支出',
  },
  metrics: {
    jobs: '带动就业（人）',
    trained: '培训（人次）',
    beneficiaries: '受益人数',
    'output-value-fen': '产值',
  },
} as const;
