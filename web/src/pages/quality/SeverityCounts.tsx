import { Button, Card, Skeleton, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QualityList } from '../../api/quality';
import { SEVERITIES, type Severity } from '../../api/vocabulary';
import { SEVERITY_COLOURS, SeverityTag } from '../../components/WarningTags';

/** Counts per severity as three cards; pressing one filters the findings to it. */
export function SeverityCounts({
  data,
  severity,
  onPick,
}: {
  data: QualityList | undefined;
  severity: Severity | undefined;
  onPick: (s: Severity | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('qualityPage.bySeverity')}
      extra={
        data ? (
          <Typography.Text type="secondary" data-testid="quality-projects">
            {t('qualityPage.projectsChecked', { count: data.projects })}
          </Typography.Text>
        ) : null
      }
      style={{ height: '100%' }}
    >
      {data ? (
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          {SEVERITIES.map((s) => {
            const count = data.counts.bySeverity[s];
            const pressed = severity === s;
            return (
              <Button
                key={s}
                block
                aria-pressed={pressed}
                data-testid={`quality-count-${s}`}
                data-count={count}
                aria-label={t('qualityPage.filterBySeverity', {
                  severity: t(`qualityPage.severities.${s}`),
                  count,
                })}
                onClick={() => onPick(pressed ? undefined : s)}
                style={{
                  height: 'auto',
                  padding: '8px 12px',
                  display: 'flex',
                  justifyContent: 'space-between',
                  alignItems: 'center',
                  borderColor: pressed ? SEVERITY_COLOURS[s] : undefined,
                  borderWidth: pressed ? 2 : 1,
                  background: pressed ? `${SEVERITY_COLOURS[s]}10` : undefined,
                }}
              >
                <SeverityTag severity={s} />
                <Statistic
                  value={count}
                  styles={{
                    content: {
                      color: count ? SEVERITY_COLOURS[s] : 'rgba(0, 0, 0, 0.62)',
                      fontSize: 22,
                      fontVariantNumeric: 'tabular-nums',
                    },
                  }}
                />
              </Button>
            );
          })}
        </Space>
      ) : (
        <Skeleton active paragraph={{ rows: 3 }} />
      )}
    </Card>
  );
}
