/** Entry help: the area picker, suggested project codes, bulk warning actions, area filters. */
export const messages = {
  codeSuggestion: {
    hint: '建议代码 {{code}}（援助计划-年度-援助方-序号），可修改',
    use: '使用建议',
  },
  areaPicker: {
    placeholder: '输入名称、拼音或首字母，或展开选择',
    searching: '查找中…',
    none: '没有匹配的地区',
    more: '另有 {{count}} 个匹配，请输入更多字符',
    loadFailed: '地区加载失败',
  },
} as const;
