import { Card, Col, Empty, Row, Segmented, Skeleton, Table, Typography } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type SaleSummary, useSalesSummary } from '../../api/consumption';
import { ChartDataTable } from '../../components/ChartDataTable';
import { ErrorResult } from '../../components/ErrorResult';
import { Money } from '../../components/Money';
import { chartRtl, mirrorChart } from '../../lib/chartDirection';
import { formatCount, joinList } from '../../lib/format';
import { formatShare, formatWan, formatYuan } from '../../lib/money';
import { useUrlState } from '../../lib/urlState';
import { useECharts } from '../../lib/useECharts';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

type By = 'channel' | 'productCategory';
type Filters = { donor?: string; area?: string; channel?: string; productCategory?: string };

/**
 * Consumption-aid sales under the page's filters, summed by sales channel and by product category
 * (GET /api/consumption-sales/summary): two bar charts, each bar labelled with its amount in 万元,
 * or (`?breakdown=table`, kept in the URL) the same figures as tables with their shares.
 */
export function SalesBreakdown({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const { params, update } = useUrlState();
  const view = params.get('breakdown') === 'table' ? 'table' : 'chart';
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <span>
          {t('consumption.breakdown.title')}{' '}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
            {t('consumption.breakdown.hint')}
          </Typography.Text>
        </span>
      }
      extra={
        <Segmented
          size="small"
          aria-label={t('consumption.breakdown.view')}
          value={view}
          options={[
            { value: 'chart', label: t('consumption.breakdown.chart') },
            { value: 'table', label: t('consumption.breakdown.table') },
          ]}
          onChange={(v) => update({ breakdown: v === 'table' ? 'table' : undefined })}
        />
      }
    >
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={12}>
          <Breakdown by="channel" filters={filters} view={view} />
        </Col>
        <Col xs={24} lg={12}>
          <Breakdown by="productCategory" filters={filters} view={view} />
        </Col>
      </Row>
    </Card>
  );
}

function Breakdown({ by, filters, view }: { by: By; filters: Filters; view: 'chart' | 'table' }) {
  const { t } = useTranslation();
  const summary = useSalesSummary({ by, ...filters });
  const label = (key: string) =>
    by === 'channel' ? t(`consumption.channels.${key}`) : t(`consumption.categories.${key}`);
  const heading = t(
    by === 'channel' ? 'consumption.breakdown.byChannel' : 'consumption.breakdown.byCategory',
  );
  const rows = (summary.data?.rows ?? []).filter((r) => r.amountFen > 0);
  const testId = `breakdown-${by}`;
  let body: ReactNode;
  if (summary.isError && !summary.data) {
    body = <ErrorResult error={summary.error} onRetry={() => void summary.refetch()} />;
  } else if (summary.isPending) {
    body = <Skeleton active />;
  } else if (rows.length === 0) {
    body = (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('consumption.breakdown.empty')}
        data-testid={testId}
      />
    );
  } else if (view === 'table') {
    body = (
      <BreakdownTable
        rows={rows}
        total={summary.data.amountFen}
        label={label}
        keyTitle={t(by === 'channel' ? 'consumption.colChannel' : 'consumption.colCategory')}
        testId={testId}
      />
    );
  } else {
    body = <BreakdownChart rows={rows} label={label} heading={heading} testId={testId} />;
  }
  return (
    <section aria-label={heading}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {heading}
      </Typography.Title>
      {body}
    </section>
  );
}

type SummaryRow = SaleSummary['rows'][number];

function BreakdownTable({
  rows,
  total,
  label,
  keyTitle,
  testId,
}: {
  rows: SummaryRow[];
  total: number;
  label: (key: string) => string;
  keyTitle: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Table<SummaryRow>
      data-testid={testId}
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={[...rows].sort((a, b) => b.amountFen - a.amountFen)}
      columns={[
        { title: keyTitle, key: 'key', render: (_, r) => label(r.key) },
        {
          title: t('consumption.breakdown.colAmount'),
          key: 'amount',
          align: 'right',
          render: (_, r) => <Money fen={r.amountFen} />,
        },
        {
          title: t('consumption.breakdown.colShare'),
          key: 'share',
          align: 'right',
          render: (_, r) =>
            total > 0 ? formatShare(Math.round((r.amountFen * 10_000) / total)) : '',
        },
        {
          title: t('consumption.breakdown.colRows'),
          key: 'rows',
          align: 'right',
          render: (_, r) => formatCount(r.rows),
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>{t('consumption.breakdown.total')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <Money fen={total} />
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            100.0%
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            {formatCount(rows.reduce((s, r) => s + r.rows, 0))}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

/** Horizontal bars, largest on top, each labelled with its amount in 万元. */
function BreakdownChart({
  rows,
  label,
  heading,
  testId,
}: {
  rows: SummaryRow[];
  label: (key: string) => string;
  heading: string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const containerRef = useRef<HTMLDivElement | null>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  useECharts(containerRef, chartRef);
  // Smallest first: ECharts draws the first category at the bottom.
  const sorted = [...rows].sort((a, b) => a.amountFen - b.amountFen);
  useEffect(() => {
    chartRef.current?.setOption(
      mirrorChart(
        {
          tooltip: {
            trigger: 'axis',
            axisPointer: { type: 'shadow' },
            valueFormatter: (v: unknown) =>
              typeof v === 'number'
                ? t('money.exact', { yuan: formatYuan(Math.round(v * 1_000_000)) })
                : '',
          },
          grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
          xAxis: { type: 'value', show: false },
          yAxis: { type: 'category', data: sorted.map((r) => label(r.key)) },
          series: [
            {
              type: 'bar',
              name: heading,
              barMaxWidth: 22,
              itemStyle: { color: '#1677ff' },
              label: {
                show: true,
                position: 'right',
                formatter: (p: { value: number }) => formatWan(Math.round(p.value * 1_000_000)),
              },
              data: sorted.map((r) => r.amountFen / 1_000_000),
            },
          ],
        },
        chartRtl(i18n.language),
      ),
      true,
    );
  });
  return (
    <>
      <div
        ref={containerRef}
        data-testid={testId}
        data-cells={sorted.map((r) => `${r.key}:${r.amountFen}`).join(',')}
        role="img"
        aria-label={t('consumption.breakdown.aria', {
          heading,
          items: joinList(
            [...sorted].reverse().map((r) => `${label(r.key)} ${formatWan(r.amountFen)}`),
            i18n.language,
          ),
        })}
        style={{ height: Math.max(120, sorted.length * 34 + 24) }}
      />
      <ChartDataTable
        testId={`${testId}-table`}
        caption={heading}
        columns={[heading, t('consumption.breakdown.colAmount')]}
        rows={[...sorted].reverse().map((r) => ({
          key: r.key,
          cells: [label(r.key), formatWan(r.amountFen)],
        }))}
      />
    </>
  );
}
