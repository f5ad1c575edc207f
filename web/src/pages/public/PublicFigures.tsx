import { Card, Col, Empty, Row, Statistic } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicFigureRow, PublicPage } from '../../api/public';
import { ChartDataTable } from '../../components/ChartDataTable';
import { Money } from '../../components/Money';
import { withUnit } from '../../components/MoneyInput';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { chartRtl, mirrorChart } from '../../lib/chartDirection';
import { formatWan } from '../../lib/money';
import { useECharts } from '../../lib/useECharts';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

const MONEY = ['committed_fen', 'disbursed_fen', 'spent_fen'] as const;

const nameIn = (row: { name: string; nameEn: string }, language: string) =>
  language === 'en' ? row.nameEn : row.name;

/** The key figures: projects, the three money figures (万元) and jobs. */
export function KeyFigures({ totals }: { totals: PublicPage['totals'] }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]} data-testid="public-figures">
      <Col xs={12} md={8} lg={4}>
        <Card size="small">
          <Statistic
            title={t('publicView.figures.projects')}
            value={Number(totals.projects)}
            data-testid="figure-projects"
          />
        </Card>
      </Col>
      {MONEY.map((m) => (
        <Col xs={12} md={8} lg={5} key={m}>
          <Card size="small">
            <Statistic
              title={withUnit(t, t(`publicView.figures.${m}`))}
              valueRender={() => <Money fen={Number(totals[m])} testId={`figure-${m}`} />}
            />
          </Card>
        </Col>
      ))}
      <Col xs={12} md={8} lg={5}>
        <Card size="small">
          <Statistic
            title={t('publicView.figures.jobs_created')}
            value={Number(totals.jobs_created)}
          />
        </Card>
      </Col>
    </Row>
  );
}

/** Disbursed money by year as bars (万元). */
export function YearChart({ rows }: { rows: readonly PublicFigureRow[] }) {
  const { t, i18n } = useTranslation();
  const rtl = chartRtl(i18n.language);
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useECharts(container, chart);
  useEffect(() => {
    chart.current?.setOption(
      mirrorChart(
        {
          grid: { left: 64, right: 16, top: 24, bottom: 32 },
          tooltip: {
            trigger: 'axis',
            valueFormatter: (v: unknown) =>
              `${formatWan(Math.round(Number(v) * 1_000_000))} ${t('money.wan')}`,
          },
          xAxis: { type: 'category', data: rows.map((r) => r.code) },
          yAxis: { type: 'value', name: t('money.wan') },
          series: [
            {
              type: 'bar',
              name: t('publicView.figures.disbursed_fen'),
              data: rows.map((r) => Number(r.disbursed_fen) / 1_000_000),
              itemStyle: { color: '#1677ff' },
            },
          ],
        },
        rtl,
      ),
      true,
    );
  }, [rows, t, rtl]);
  return (
    <Card size="small" title={withUnit(t, t('publicView.byYear'))}>
      {rows.length === 0 ? <Empty description={t('publicView.empty')} /> : null}
      <div
        ref={container}
        data-testid="public-year-chart"
        role="img"
        aria-label={t('publicView.byYear')}
        style={{ height: rows.length === 0 ? 0 : 260 }}
      />
      <ChartDataTable
        testId="public-year-chart-table"
        caption={withUnit(t, t('publicView.byYear'))}
        columns={[t('a11y.year'), withUnit(t, t('publicView.figures.disbursed_fen'))]}
        rows={rows.map((r) => ({
          key: r.code,
          cells: [r.code, formatWan(Number(r.disbursed_fen))],
        }))}
      />
    </Card>
  );
}

/** A table of figure rows: a name (linked when `href` is given), projects, money, jobs. */
export function FigureTable({
  title,
  column,
  rows,
  href,
  testId,
}: {
  title: string;
  column: string;
  rows: readonly PublicFigureRow[];
  href?: (code: string) => string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Card size="small" title={title}>
      <ResponsiveTable<PublicFigureRow>
        data-testid={testId}
        size="small"
        rowKey="code"
        pagination={rows.length > 20 ? { pageSize: 20 } : false}
        dataSource={[...rows]}
        locale={{ emptyText: t('publicView.empty') }}
        scroll={{ x: true }}
        columns={[
          {
            title: column,
            key: 'name',
            render: (_, r) => {
              const name = nameIn(r, i18n.language);
              return href ? <Link to={href(r.code)}>{name}</Link> : name;
            },
          },
          {
            title: t('publicView.figures.projects'),
            key: 'projects',
            align: 'right',
            render: (_, r) => Number(r.projects).toLocaleString('en-US'),
          },
          ...MONEY.map((m) => ({
            title: withUnit(t, t(`publicView.figures.${m}`)),
            key: m,
            align: 'right' as const,
            render: (_: unknown, r: PublicFigureRow) => <Money fen={Number(r[m])} />,
          })),
          {
            title: t('publicView.figures.jobs_created'),
            key: 'jobs',
            align: 'right',
            render: (_, r) => Number(r.jobs_created).toLocaleString('en-US'),
          },
        ]}
      />
    </Card>
  );
}
