/** Changing a posting and a batch, and the batch's page (批次). */
export const messages = {
  peopleEdits: {
    posting: {
      action: '修改',
      actionLabel: '修改派驻：{{role}}',
      title: '修改 {{name}} 的派驻',
      intro:
        '与新增派驻的规则相同：任期不得与该人员的其他派驻重叠，结束日期不得早于开始日期；派往未结对地区须勾选“跨结对”。',
      done: '已保存派驻的修改',
    },
    mentoring: {
      action: '修改',
      title: '修改传帮带：{{mentor}} 带 {{mentee}}',
      done: '已保存传帮带的修改',
    },
    batch: {
      title: '{{donor}} · 第 {{number}} 批',
      notFound: '没有找到这个批次',
      loadError: '无法加载这个批次',
      edit: '编辑批次',
      editTitle: '编辑批次',
      done: '已保存批次的修改',
      programme: '援助计划',
      counts: {
        people: '人数',
        postings: '派驻人次',
        servingToday: '在岗（{{date}}）',
        longTerm: '长期派驻',
        flexible: '柔性派驻',
      },
      byKind: '{{kind}}：派驻 {{postings}}，在岗 {{serving}}',
      postings: '本批次人员（{{count}} 段派驻）',
      total: '共 {{count}} 段派驻',
      empty: '这个批次还没有您可查看的人员。在人员页面“新增派驻”时选择此批次即可加入。',
    },
  },
} as const;
