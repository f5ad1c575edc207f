import {
  CheckCircleOutlined,
  CloseCircleFilled,
  ExclamationCircleFilled,
  WarningFilled,
} from '@ant-design/icons';
import { Card, Empty, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type QualityFinding, useProjectQuality } from '../../api/quality';
import { SEVERITIES, type Severity } from '../../api/vocabulary';
import { ErrorResult } from '../../components/ErrorResult';
import { SEVERITY_COLOURS, SeverityTag } from '../../components/WarningTags';
import { fieldLabel } from '../../lib/fieldLabels';

/** Alert-like tints per severity: critical red, error orange, warning gold. */
const TINTS: Record<Severity, { background: string; border: string }> = {
  critical: { background: '#fff1f0', border: '#ffa39e' },
  error: { background: '#fff7e6', border: '#ffd591' },
  warning: { background: '#fffbe6', border: '#ffe58f' },
};

const ICONS: Record<Severity, typeof CloseCircleFilled> = {
  critical: CloseCircleFilled,
  error: ExclamationCircleFilled,
  warning: WarningFilled,
};

const RANK: Record<Severity, number> = { critical: 0, error: 1, warning: 2 };

function FindingItem({ finding }: { finding: QualityFinding }) {
  const { t, i18n } = useTranslation();
  const Icon = ICONS[finding.severity];
  const tint = TINTS[finding.severity];
  return (
    <li
      data-testid="quality-finding"
      data-severity={finding.severity}
      data-rule={finding.rule}
      style={{
        display: 'flex',
        gap: 10,
        alignItems: 'flex-start',
        padding: '8px 12px',
        marginBottom: 8,
        borderRadius: 6,
        background: tint.background,
        border: `1px solid ${tint.border}`,
        borderInlineStart: `4px solid ${SEVERITY_COLOURS[finding.severity]}`,
      }}
    >
      <Icon
        aria-hidden="true"
        style={{ color: SEVERITY_COLOURS[finding.severity], fontSize: 16, marginTop: 3 }}
      />
      <div style={{ minWidth: 0 }}>
        <Space size={6} wrap>
          <SeverityTag severity={finding.severity} />
          <Typography.Text>
            {i18n.language === 'en' ? finding.message.en : finding.message.zh}
          </Typography.Text>
        </Space>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('projectExtras.findingMeta', { field: fieldLabel(t, finding.field) })}
          </Typography.Text>
        </div>
      </div>
    </li>
  );
}

/** The project's data-quality findings, most severe first. */
export function QualityTab({ code }: { code: string }) {
  const { t } = useTranslation();
  const quality = useProjectQuality(code);
  const findings = [...(quality.data?.findings ?? [])].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity],
  );
  const counts = quality.data?.counts.bySeverity;
  return (
    <Card
      size="small"
      title={t('projectExtras.qualityTitle')}
      extra={<Link to="/quality">{t('projectExtras.qualityAll')}</Link>}
      data-testid="project-quality"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('projectExtras.qualityIntro')}
      </Typography.Paragraph>
      {quality.isError ? (
        <ErrorResult error={quality.error} onRetry={() => void quality.refetch()} />
      ) : quality.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : findings.length === 0 ? (
        <Empty
          image={<CheckCircleOutlined style={{ fontSize: 40, color: '#52c41a' }} />}
          styles={{ image: { height: 48 } }}
          description={t('projectExtras.qualityEmpty')}
          data-testid="quality-empty"
        />
      ) : (
        <>
          {counts ? (
            <Space size={4} wrap style={{ marginBottom: 12 }} data-testid="quality-counts">
              {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
                <Space key={s} size={2}>
                  <SeverityTag severity={s} />
                  <Typography.Text strong>{counts[s]}</Typography.Text>
                </Space>
              ))}
            </Space>
          ) : null}
          <ul
            aria-label={t('projectExtras.qualityList')}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {findings.map((f) => (
              <FindingItem key={`${f.rule}|${f.field}|${f.message.en}`} finding={f} />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
