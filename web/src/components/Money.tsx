import { Tooltip } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWan, formatYuan } from '../lib/money';

/**
 * An amount of money in 万元 with thousands separators and the exact yuan on hover. The unit is
 * not repeated after every figure: it stands once in the column header or label
 * (`withUnit` of MoneyInput, decision 0019); pass `unit` where a figure stands alone in running text.
 * The exact fen is kept in `data-fen` for tests.
 */
export function Money({
  fen,
  testId,
  style,
  unit = false,
}: {
  fen: number | null | undefined;
  testId?: string;
  style?: CSSProperties;
  /** show the 万元 unit after the figure (only where no header or label gives it) */
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
        {/* an isolated left-to-right run: the figure reads the same inside Uyghur text */}
        <bdi dir="ltr">{formatWan(fen)}</bdi>
        {unit ? ` ${t('money.wan')}` : ''}
      </span>
    </Tooltip>
  );
}
