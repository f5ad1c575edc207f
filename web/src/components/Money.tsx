import { Tooltip } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWan, formatYuan } from '../lib/money';

/**
 * An amount of money in 万元 with the exact yuan on hover. The exact fen
 * is kept in `data-fen` for tests.
 */
export function Money({
  fen,
  testId,
  style,
  unit = true,
}: {
  fen: number | null | undefined;
  testId?: string;
  style?: CSSProperties;
  /** show the 万元 unit after the figure */
  unit?: boolean;
}) {
  const { t } = useTranslation();
  if (fen === null || fen === undefined) return <span>{t('common.none')}</span>;
  const exact = t('money.exact', { yuan: formatYuan(fen) });
  return (
    <Tooltip title={exact}>
      <span
        data-testid={testId}
        data-fen={fen}
        style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', ...style }}
      >
        {formatWan(fen)}
        {unit ? ` ${t('money.wan')}` : ''}
      </span>
    </Tooltip>
  );
}
