/**
 * A history entry's field values in words (GET /api/projects/{code}/history, `changes`): money
 * in 万元 with thousands separators (the app's one convention, decision 0019), dates, shares in
 * percent, stages and delivery modes translated, organisations, areas, programmes and types by
 * name in the interface's language. Never a code, a path or JSON.
 */
import type { ProjectHistoryEntry } from '../api/types';
import { formatDate, formatDateTime } from './format';
import { formatShare, formatWan } from './money';

type Translate = (key: string, params?: Record<string, string>) => string;
export type ProjectChange = ProjectHistoryEntry['changes'][number];
type Name = { zh: string; en: string | null };

const nameIn = (name: Name, language: string) =>
  language === 'en' ? (name.en ?? name.zh) : name.zh;

const money = (t: Translate, fen: number) => `${formatWan(fen)} ${t('money.wan')}`;

/** One side (`before` or `after`) of a change, as the screen shows it; "—" for none. */
export function changeValueText(
  t: Translate,
  language: string,
  change: ProjectChange,
  side: 'before' | 'after',
): string {
  const none = t('common.none');
  switch (change.kind) {
    case 'text': {
      const v = change[side];
      return v === null || v === '' ? none : v;
    }
    case 'money': {
      const v = change[side];
      return v === null ? none : money(t, v);
    }
    case 'date': {
      const v = change[side];
      return v === null ? none : formatDate(v);
    }
    case 'published': {
      const v = change[side];
      return v === null
        ? t('projectEdit.unpublished')
        : t('historyTab.publishedOn', { at: formatDateTime(v) });
    }
    case 'share': {
      const v = change[side];
      return v === null ? none : formatShare(v);
    }
    case 'flag': {
      const v = change[side];
      return v === null ? none : v ? t('historyTab.yes') : t('historyTab.no');
    }
    case 'year': {
      const v = change[side];
      return v === null ? none : String(v);
    }
    case 'stage': {
      const v = change[side];
      return v === null ? none : t(`stages.${v}`);
    }
    case 'deliveryMode': {
      const v = change[side];
      return v === null ? none : t(`deliveryModes.${v}`);
    }
    case 'name': {
      const v = change[side];
      return v === null ? none : nameIn(v, language);
    }
    case 'shares': {
      const v = change[side];
      if (v === null || v.length === 0) return none;
      return v
        .map((s) => `${nameIn(s.name, language)} ${formatShare(s.shareBp)}`)
        .join(t('historyTab.listSeparator'));
    }
    case 'results': {
      const v = change[side];
      if (v === null || v.length === 0) return none;
      return v
        .map((r) =>
          t('historyTab.resultFigure', {
            metric: t(`metrics.${r.metric}`),
            kind: r.planned ? t('historyTab.target') : t('historyTab.achieved'),
            value:
              r.metric === 'output-value-fen' ? money(t, r.value) : r.value.toLocaleString('en-US'),
          }),
        )
        .join(t('historyTab.listSeparator'));
    }
    case 'documents': {
      const v = change[side];
      if (v === null || v.length === 0) return none;
      return v.join(t('historyTab.listSeparator'));
    }
    default:
      return none;
  }
}
