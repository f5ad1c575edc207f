import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AreaLevel } from '../api/vocabulary';
import { divisionLabel } from '../lib/format';

const LEVEL_COLORS: Record<AreaLevel, string> = {
  province: 'magenta',
  prefecture: 'blue',
  county: 'green',
  township: 'default',
  village: 'default',
};

const isLevel = (level: string): level is AreaLevel => Object.hasOwn(LEVEL_COLORS, level);

/** The level of an area; XPCC cities get their own tag with the division. */
export function LevelTag({
  level,
  kind,
  xpccDivision,
}: {
  /** An area level; some views (pairings) give it as a plain string, shown as is if unknown. */
  level: AreaLevel | (string & {});
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
  return isLevel(level) ? (
    <Tag color={LEVEL_COLORS[level]}>{t(`levels.${level}`)}</Tag>
  ) : (
    <Tag>{level}</Tag>
  );
}
