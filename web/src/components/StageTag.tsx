import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../api/vocabulary';

const STAGE_COLORS: Record<Stage, string> = {
  reserve: 'default',
  approved: 'blue',
  tendering: 'cyan',
  started: 'geekblue',
  completed: 'purple',
  accepted: 'green',
  audited: 'lime',
  evaluated: 'gold',
  suspended: 'orange',
  cancelled: 'red',
};

/** A project stage (储备 … 绩效评价, 暂停, 取消) as a coloured tag. */
export function StageTag({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return (
    <Tag color={STAGE_COLORS[stage]} style={{ marginInlineEnd: 0 }}>
      {t(`stages.${stage}`)}
    </Tag>
  );
}
