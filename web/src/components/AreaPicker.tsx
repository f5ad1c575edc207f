import { useQueryClient } from '@tanstack/react-query';
import { Spin, TreeSelect, Typography } from 'antd';
import { type CSSProperties, useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { AREA_CHILDREN_LIMIT, queryKeys, useAreas } from '../api/hooks';
import type { ApiResponse } from '../api/schema';
import type { AreaSummary } from '../api/types';
import { areaName } from '../lib/areaName';

type AreaList = ApiResponse<'/api/areas', 'get'>;

/** The value the picker holds: the area's code with the label shown for it. */
export interface AreaValue {
  value: string;
  label: string;
}

export interface AreaPickerProps {
  /** The chosen area's code (GB/T 2260), or nothing. */
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  /** Only this area's subtree: its children are the tree's top level and searches stay in it. */
  within?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  status?: '' | 'error' | 'warning';
  style?: CSSProperties;
  id?: string;
  'aria-label'?: string;
  'data-testid'?: string;
}

interface Node {
  id: string;
  pId?: string;
  value: string;
  title: React.ReactNode;
  isLeaf: boolean;
}

const SEARCH_LIMIT = 30;

function fetchAreas(query: Record<string, string>, signal?: AbortSignal) {
  return api<AreaList>('/api/areas', { query, signal });
}

/**
 * "和田市（和田地区）", "Hotan City (Hotan Prefecture)": the name and, to tell namesakes apart,
 * its parent's name, in the interface language.
 */
export function areaLabel(
  area: Pick<AreaSummary, 'name' | 'nameEn' | 'ancestorNames' | 'ancestorNamesEn'>,
  language = 'zh-CN',
): string {
  if (language === 'en') {
    const parent = area.ancestorNamesEn.at(-1);
    const own = areaName(area, language);
    return parent ? `${own} (${parent})` : own;
  }
  const parent = area.ancestorNames.at(-1);
  return parent ? `${area.name}（${parent}）` : area.name;
}

/**
 * Picks an area of the GB/T 2260 tree instead of typing its code: type a Chinese name, its
 * pinyin or pinyin initials (`hts` → 和田市) and choose among the matches, each shown with the
 * areas above it; or browse the tree, whose levels load as they open. Keyboard: type, arrow
 * keys, Enter; Escape closes. The value is the area's code; the field shows its name.
 */
export function AreaPicker({
  value,
  onChange,
  within,
  placeholder,
  allowClear = true,
  disabled,
  status,
  style,
  id,
  'aria-label': ariaLabel,
  'data-testid': testId,
}: AreaPickerProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const english = i18n.language === 'en';
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // Whether the arrow keys moved through the matches since the text last changed.
  const [navigated, setNavigated] = useState(false);
  const q = useDeferredValue(text.trim());
  // Areas met so far (browsed or found), by code: their labels for the chosen value.
  const [known, setKnown] = useState<Map<string, AreaSummary>>(() => new Map());
  const [loadedChildren, setLoadedChildren] = useState<Map<string, AreaSummary[]>>(() => new Map());

  const topQuery: Record<string, string> = within
    ? { parent: within, limit: AREA_CHILDREN_LIMIT }
    : { level: 'province', limit: AREA_CHILDREN_LIMIT };
  const top = useAreas(topQuery);
  const searchQuery: Record<string, string> = { q, limit: String(SEARCH_LIMIT) };
  if (within) searchQuery.within = within;
  const found = useAreas(searchQuery, q.length > 0);
  // The chosen area when it came from outside (an existing record): its name by its code.
  const chosen = value ? known.get(value) : undefined;
  const chosenLookup = useAreas({ q: value ?? '', limit: '1' }, !!value && !chosen);
  const chosenArea = chosen ?? chosenLookup.data?.items.find((a) => a.code === value) ?? undefined;

  const remember = (areas: readonly AreaSummary[]) =>
    setKnown((prev) => {
      const next = new Map(prev);
      for (const a of areas) next.set(a.code, a);
      return next;
    });

  // In English the English name, the Chinese one beside it (officials know both).
  const name = (a: AreaSummary) => (english ? `${areaName(a, 'en')} ${a.name}` : a.name);
  const ancestors = (a: AreaSummary) => (english ? a.ancestorNamesEn : a.ancestorNames);
  const levelText = (a: AreaSummary) => t(`levels.${a.level}`);

  const treeData = ((): Node[] => {
    if (q) {
      return (found.data?.items ?? []).map((a) => ({
        id: a.code,
        value: a.code,
        isLeaf: true,
        title: (
          <span data-area={a.code}>
            {name(a)}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[...ancestors(a), levelText(a)].join(' / ')}
            </Typography.Text>
          </span>
        ),
      }));
    }
    const nodes: Node[] = [];
    const add = (areas: readonly AreaSummary[], parent?: string) => {
      for (const a of areas) {
        nodes.push({
          id: a.code,
          pId: parent,
          value: a.code,
          isLeaf: !a.hasChildren,
          title: (
            <span data-area={a.code}>
              {name(a)}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {levelText(a)}
              </Typography.Text>
            </span>
          ),
        });
        const children = loadedChildren.get(a.code);
        if (children) add(children, a.code);
      }
    };
    add(top.data?.items ?? []);
    return nodes;
  })();

  const loadData = async ({ value: code }: { value?: string | number }) => {
    if (typeof code !== 'string' || loadedChildren.has(code)) return;
    const query = { parent: code, limit: AREA_CHILDREN_LIMIT };
    const list = await queryClient.fetchQuery({
      queryKey: queryKeys.areas(query),
      queryFn: ({ signal }) => fetchAreas(query, signal),
      staleTime: 5 * 60_000,
    });
    remember(list.items);
    setLoadedChildren((prev) => new Map(prev).set(code, list.items));
  };

  const choose = (code: string | undefined) => {
    setText('');
    setNavigated(false);
    const area = code
      ? (found.data?.items.find((a) => a.code === code) ??
        top.data?.items.find((a) => a.code === code) ??
        known.get(code))
      : undefined;
    if (area) remember([area]);
    onChange?.(code);
  };

  const more = q && found.data ? found.data.total - found.data.items.length : 0;
  const selected: AreaValue | undefined = value
    ? { value, label: chosenArea ? areaLabel(chosenArea, i18n.language) : value }
    : undefined;

  return (
    <TreeSelect<AreaValue>
      id={id}
      aria-label={ariaLabel}
      data-testid={testId}
      style={style}
      disabled={disabled}
      status={status}
      allowClear={allowClear}
      labelInValue
      value={selected}
      placeholder={placeholder ?? t('areaPicker.placeholder')}
      treeDataSimpleMode={{ id: 'id', pId: 'pId' }}
      treeData={treeData}
      loadData={q ? undefined : loadData}
      treeLoadedKeys={q ? undefined : [...loadedChildren.keys()]}
      showSearch={{
        searchValue: text,
        onSearch: (value) => {
          setText(value);
          setNavigated(false);
        },
        filterTreeNode: false,
      }}
      notFoundContent={
        (q ? found.isFetching : top.isPending) ? (
          <Spin size="small" />
        ) : found.isError || top.isError ? (
          t('areaPicker.loadFailed')
        ) : q ? (
          t('areaPicker.none')
        ) : null
      }
      popupRender={(menu) => (
        <>
          {menu}
          {more > 0 ? (
            <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px' }}>
              {t('areaPicker.more', { count: more })}
            </Typography.Text>
          ) : null}
        </>
      )}
      open={open}
      onOpenChange={setOpen}
      popupMatchSelectWidth={360}
      // A few hundred nodes at most: all in the page, so every opened level can be scrolled to.
      virtual={false}
      onKeyDown={(e) => {
        if (e.key.startsWith('Arrow')) setNavigated(true);
        // Enter right after typing takes the first match (the tree marks none active while the
        // matches are still on their way).
        const first = found.data?.items[0];
        if (e.key === 'Enter' && q && !navigated && first) {
          e.preventDefault();
          choose(first.code);
          setOpen(false);
        }
      }}
      onChange={(v: AreaValue | undefined) => choose(v?.value)}
    />
  );
}
