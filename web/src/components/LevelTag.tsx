import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AreaLevel } from '../api/types';
import { divisionLabel } from '../lib/format';

const LEVEL_COLORS: Record<AreaLevel, string> = {
  province: 'magenta',
  prefecture: 'blue',
  county: 'green',
  township: 'default',
};

/** The level of an area; XPCC cities get their own tag with the division. */
export function LevelTag({
  level,
  kind,
  xpccDivision,
}: {
  level: AreaLevel;
  kind?: string | null;
  xpccDivision?: string | null;
}) {
  const { t, i18n } = useTranslation();
  if (kind === 'xpcc-city') {
    return (
      <Tag color="orange">
        {xpccDivision
          ? t('levels.xpccCityDivision', { division: divisionLabel(xpccDivision, i18n.language) })
          : t('levels.xpccCity')}
      </Tag>
    );
  }
  return (
    <Tag color={LEVEL_COLORS[level] ?? 'default'}>
      {LEVEL_COLORS[level] ? t(`levels.${level}`) : level}
    </Tag>
  );
}
