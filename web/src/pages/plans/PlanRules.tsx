import { LoadingOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DonorComplianceDetail } from '../../api/types';
import { CulpritTable } from '../../components/CulpritTable';
import { ErrorResult } from '../../components/ErrorResult';
import { Money } from '../../components/Money';
import { FAIL_COLOR, PASS_COLOR, RuleGauge } from '../../components/RuleGauge';
import { formatShare, formatWan } from '../../lib/money';

type Rule = 'county' | 'livelihood';
const RULES: readonly Rule[] = ['county', 'livelihood'];

function figures(d: DonorComplianceDetail, rule: Rule) {
  return rule === 'county'
    ? {
        bp: d.countyAndBelowBp,
        ok: d.countyAndBelowOk,
        marginFen: d.marginFen.countyAndBelow,
        partFen: d.countyAndBelowFen,
        thresholdBp: d.thresholds?.countyAndBelowBp ?? null,
        culprits: d.culprits.countyAndBelow,
      }
    : {
        bp: d.livelihoodBp,
        ok: d.livelihoodOk,
        marginFen: d.marginFen.livelihood,
        partFen: d.livelihoodFen,
        thresholdBp: d.thresholds?.livelihoodBp ?? null,
        culprits: d.culprits.livelihood,
      };
}

/** A share with its verdict and margin in exact yuan: "82.3% 达标 · 余量 +1,234.00 元". */
function FigureLine({
  d,
  rule,
  kind,
  testId,
}: {
  d: DonorComplianceDetail;
  rule: Rule;
  kind: 'whatIf' | 'saved';
  testId: string;
}) {
  const { t } = useTranslation();
  const f = figures(d, rule);
  const verdict =
    f.ok === null ? (
      <Tag>{t('plans.rules.notApplicable')}</Tag>
    ) : f.ok ? (
      <Tag color="success">{t('plans.rules.pass')}</Tag>
    ) : (
      <Tag color="error">{t('plans.rules.fail')}</Tag>
    );
  return (
    <div data-testid={testId} data-bp={f.bp} data-ok={String(f.ok)} data-margin-fen={f.marginFen}>
      <Space size={6} wrap>
        {kind === 'whatIf' ? (
          <Tag color="orange">{t('plans.rules.whatIf')}</Tag>
        ) : (
          <Tag color="blue">{t('plans.rules.saved')}</Tag>
        )}
        <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatShare(f.bp)}
        </Typography.Text>
        {verdict}
        {f.marginFen === null ? null : (
          <span
            style={{
              color: f.marginFen < 0 ? FAIL_COLOR : PASS_COLOR,
              fontVariantNumeric: 'tabular-nums',
            }}
          >
            {f.marginFen < 0
              ? t('plans.rules.shortfall', { wan: formatWan(-f.marginFen) })
              : t('plans.rules.margin', { wan: formatWan(f.marginFen) })}
          </span>
        )}
      </Space>
    </div>
  );
}

function RuleColumn({
  rule,
  shown,
  saved,
  unsaved,
}: {
  rule: Rule;
  shown: DonorComplianceDetail;
  saved: DonorComplianceDetail | undefined;
  unsaved: boolean;
}) {
  const { t } = useTranslation();
  const f = figures(shown, rule);
  const s = saved ? figures(saved, rule) : null;
  const title = rule === 'county' ? t('plans.rules.county') : t('plans.rules.livelihood');
  const savedBp = unsaved && s ? s.bp : undefined;
  return (
    <Col xs={24} md={12}>
      <Typography.Title level={5} style={{ textAlign: 'center', margin: 0 }}>
        {title}
      </Typography.Title>
      <RuleGauge
        testId={`gauge-${rule}`}
        shareBp={f.bp}
        ok={f.ok}
        thresholdBp={f.thresholdBp}
        savedBp={savedBp}
        label={t('plans.rules.gaugeAria', {
          rule: title,
          share: formatShare(f.bp),
          threshold: f.thresholdBp === null ? t('common.none') : formatShare(f.thresholdBp),
        })}
      />
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        {unsaved ? (
          <FigureLine d={shown} rule={rule} kind="whatIf" testId={`whatif-${rule}`} />
        ) : null}
        {saved ? <FigureLine d={saved} rule={rule} kind="saved" testId={`saved-${rule}`} /> : null}
        <Typography.Text type="secondary">
          {f.thresholdBp === null
            ? t('plans.rules.noThreshold')
            : t('plans.rules.threshold', { share: formatShare(f.thresholdBp) })}
          {' · '}
          {t('plans.rules.part')} <Money fen={f.partFen} /> / <Money fen={shown.totalFen} unit />
        </Typography.Text>
      </Space>
    </Col>
  );
}

/**
 * The two 80% rules of the plan as two gauges. While the draft differs from the saved plan the
 * gauges show the unsaved what-if (tagged so) with the saved share as a grey needle; the
 * projects pulling a failing share down are listed under them.
 */
export function PlanRules({
  shown,
  saved,
  unsaved,
  busy,
  invalid,
  error,
  onRetry,
}: {
  /** The figures the gauges show: the what-if of the draft, or the saved plan's. */
  shown: DonorComplianceDetail | undefined;
  saved: DonorComplianceDetail | undefined;
  unsaved: boolean;
  /** A what-if is on its way. */
  busy: boolean;
  /** An amount does not parse: the what-if shows the last valid draft. */
  invalid: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const status = unsaved ? (
    <Tag color="orange" data-testid="rules-state" data-state="what-if">
      {t('plans.rules.whatIfTag')}
    </Tag>
  ) : (
    <Tag color="blue" data-testid="rules-state" data-state="saved">
      {t('plans.rules.savedTag')}
    </Tag>
  );
  return (
    <Card
      size="small"
      data-testid="plan-rules"
      title={t('plans.rules.title')}
      extra={
        <Space size={8}>
          {busy ? (
            <Typography.Text type="secondary" aria-live="polite">
              <LoadingOutlined /> {t('plans.rules.computing')}
            </Typography.Text>
          ) : null}
          {status}
        </Space>
      }
      style={{
        marginBottom: 16,
        ...(unsaved ? { borderColor: '#fa8c16', borderStyle: 'dashed' } : {}),
      }}
    >
      {error && !shown ? (
        <ErrorResult error={error} onRetry={onRetry} />
      ) : !shown ? (
        <div style={{ height: 260 }} aria-busy="true" />
      ) : (
        <>
          {invalid ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('plans.rules.invalidDraft')}
            />
          ) : null}
          {error ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('plans.rules.whatIfFailed', { detail: (error as Error).message })}
            />
          ) : null}
          {shown.totalFen === 0 ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('plans.rules.nothingYet')}
            />
          ) : null}
          <Row gutter={[24, 16]}>
            <RuleColumn rule="county" shown={shown} saved={saved} unsaved={unsaved} />
            <RuleColumn rule="livelihood" shown={shown} saved={saved} unsaved={unsaved} />
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {unsaved ? t('plans.rules.legendWhatIf') : t('plans.rules.legend')}
          </Typography.Paragraph>
          {RULES.map((rule) => {
            const f = figures(shown, rule);
            return f.ok === false && f.culprits.length ? (
              <CulpritTable
                key={rule}
                testId={`culprits-${rule}`}
                title={
                  rule === 'county'
                    ? t('plans.rules.culpritsCounty')
                    : t('plans.rules.culpritsLivelihood')
                }
                items={f.culprits}
                labels="plan"
                pageSize={5}
                style={{ marginTop: 12 }}
              />
            ) : null;
          })}
        </>
      )}
    </Card>
  );
}
