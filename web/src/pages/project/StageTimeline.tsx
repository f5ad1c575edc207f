import { Space, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../api/types';
import { PROGRESS_STAGES } from '../../api/vocabulary';
import { formatDate } from '../../lib/format';

/**
 * The stage timeline: the progress stages with planned and actual dates. 立项 shows the
 * project's approval date when no actual date was recorded for the stage itself. A stage passed
 * (or reached) without an actual date says that its date was not recorded, rather than nothing.
 */
export function StageTimeline({ project }: { project: Project }) {
  const { t } = useTranslation();
  const halted = project.stage === 'suspended' || project.stage === 'cancelled';
  const reached = halted ? project.stageBeforeSuspension : project.stage;
  const current = reached
    ? PROGRESS_STAGES.indexOf(reached as (typeof PROGRESS_STAGES)[number])
    : -1;
  return (
    <Steps
      orientation="vertical"
      size="small"
      current={current}
      status={halted ? 'error' : project.stage === 'evaluated' ? 'finish' : 'process'}
      items={PROGRESS_STAGES.map((s, i) => {
        const recorded = project.stageDates[s];
        const d =
          s === 'approved' && !recorded?.actual && project.approvalDate
            ? { planned: recorded?.planned ?? null, actual: project.approvalDate }
            : recorded;
        const passed = i <= current && s !== 'reserve';
        return {
          title: t(`stages.${s}`),
          content:
            d?.planned || d?.actual || passed ? (
              <Space orientation="vertical" size={0} data-testid={`stage-dates-${s}`}>
                {d?.planned ? (
                  <span>
                    {t('project.planned')} {formatDate(d.planned)}
                  </span>
                ) : null}
                {d?.actual ? (
                  <span>
                    {t('project.actual')} {formatDate(d.actual)}
                  </span>
                ) : passed ? (
                  <Typography.Text type="secondary">
                    {t('project.actualNotRecorded')}
                  </Typography.Text>
                ) : null}
              </Space>
            ) : undefined,
        };
      })}
    />
  );
}
