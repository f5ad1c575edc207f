import {
  Card,
  Col,
  Descriptions,
  Empty,
  List,
  Progress,
  Row,
  Space,
  Statistic,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Summary, SummaryProgress, SummaryRules } from '../../api/summary';
import { LazyRulesBarChart } from '../../components/LazyRulesBarChart';
import { Money } from '../../components/Money';
import { withUnit } from '../../components/MoneyInput';
import { YearInProgressNote } from '../../components/YearInProgressNote';
import { formatShare, formatWan } from '../../lib/money';
import { RuleShare } from '../compliance/RuleShare';

/** The headline figures: projects, the year's disbursements and rate, open warnings. */
export function HomeFigures({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const p = summary.progress;
  const figures: Array<[string, string, string | number]> = [
    ['projects', t('home.projects'), summary.counts.projects],
    ['projectsInYear', t('home.projectsInYear'), summary.counts.projectsInYear],
  ];
  if (p) {
    figures.push([
      'disbursed',
      withUnit(t, t('home.disbursed')),
      formatWan(p.amounts.disbursedFen),
    ]);
    figures.push([
      'disbursementRate',
      t('home.disbursementRate'),
      p.disbursementRateBp === null ? t('home.noRate') : formatShare(p.disbursementRateBp),
    ]);
  }
  if (summary.warnings) {
    figures.push(['openWarnings', t('home.openWarnings'), summary.warnings.open]);
  }
  return (
    <Row gutter={[16, 16]} data-testid="home-figures">
      {figures.map(([key, title, value]) => (
        <Col key={key} xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={title} value={value} data-testid={`home-${key}`} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** The two 80% rules by donor: the bar chart against the thresholds and the totals. */
export function RulesCard({ rules, year }: { rules: SummaryRules; year: number }) {
  const { t } = useTranslation();
  const any = rules.items.some((i) => i.totalFen > 0);
  return (
    <Card
      title={t('home.rulesTitle')}
      extra={<Link to="/compliance">{t('home.openCompliance')}</Link>}
      data-testid="home-rules"
    >
      {any ? (
        <>
          <YearInProgressNote year={year} style={{ marginBottom: 12 }} />
          <LazyRulesBarChart
            items={rules.items}
            thresholds={rules.thresholds}
            testId="home-rules-chart"
          />
          <Space size={16} wrap data-testid="home-rules-totals">
            <Typography.Text strong>
              {withUnit(t, t('compliance.colTotal'))}: <Money fen={rules.totals.totalFen} />
            </Typography.Text>
            <Space size={4}>
              {t('home.ruleCounty')}
              <RuleShare bp={rules.totals.countyAndBelowBp} ok={rules.totals.countyAndBelowOk} />
            </Space>
            <Space size={4}>
              {t('home.ruleLivelihood')}
              <RuleShare bp={rules.totals.livelihoodBp} ok={rules.totals.livelihoodOk} />
            </Space>
          </Space>
        </>
      ) : (
        <Empty description={t('home.rulesEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Card>
  );
}

function Rate({ label, bp, testId }: { label: string; bp: number | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <div style={{ marginBottom: 8 }} data-testid={testId} data-bp={bp ?? ''}>
      <Typography.Text>{label}</Typography.Text>
      {bp === null ? (
        <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
          {t('home.noRate')}
        </Typography.Text>
      ) : (
        <Progress
          percent={Math.min(100, bp / 100)}
          format={() => formatShare(bp)}
          aria-label={`${label} ${formatShare(bp)}`}
        />
      )}
    </div>
  );
}

/** Funds committed, arrived, disbursed and spent, and the year's rates. */
export function ProgressCard({ progress }: { progress: SummaryProgress }) {
  const { t } = useTranslation();
  const a = progress.amounts;
  return (
    <Card title={t('home.progressTitle')} data-testid="home-progress" style={{ height: '100%' }}>
      {progress.counts.projects === 0 ? (
        <Empty description={t('home.progressEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
            {(
              [
                ['committed', a.committedFen],
                ['arrived', a.arrivedFen],
                ['disbursedAll', a.disbursedFen],
                ['expended', a.expendedFen],
                ['budget', a.budgetFen],
              ] as const
            ).map(([key, fen]) => (
              <Descriptions.Item key={key} label={withUnit(t, t(`home.${key}`))}>
                <Money fen={fen} testId={`home-amount-${key}`} />
              </Descriptions.Item>
            ))}
          </Descriptions>
          <Rate label={t('home.arrivalRate')} bp={progress.arrivalRateBp} testId="rate-arrival" />
          <Rate
            label={t('home.disbursementRate')}
            bp={progress.disbursementRateBp}
            testId="rate-disbursement"
          />
          <Rate
            label={t('home.investmentCompletion')}
            bp={progress.investmentCompletionBp}
            testId="rate-investment"
          />
          <Rate label={t('home.startRate')} bp={progress.startRateBp} testId="rate-start" />
          <Rate
            label={t('home.completionRate')}
            bp={progress.completionRateBp}
            testId="rate-completion"
          />
        </>
      )}
    </Card>
  );
}

/** The open warnings by kind, each a link to the queue filtered by it. */
export function WarningsCard({ warnings }: { warnings: NonNullable<Summary['warnings']> }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('home.warningsTitle')}
      extra={<Link to="/warnings">{t('home.openWarningsList')}</Link>}
      data-testid="home-warnings"
      style={{ height: '100%' }}
    >
      {warnings.open === 0 ? (
        <Empty description={t('home.warningsNone')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={warnings.byKind}
          renderItem={(k) => (
            <List.Item
              data-kind={k.kind}
              data-count={k.count}
              extra={<Typography.Text strong>{k.count}</Typography.Text>}
            >
              <Link to={`/warnings?kind=${k.kind}`}>{t(`warningsPage.kinds.${k.kind}`)}</Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
