import { Button, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { DonorCompliance } from '../../api/types';
import type { Basis } from '../../api/vocabulary';
import { donorName } from '../../components/DonorTag';
import { Money } from '../../components/Money';
import { withUnit } from '../../components/MoneyInput';
import { PlanStatusTag } from '../../components/PlanStatusTag';
import { Margin, RuleShare } from './RuleShare';

/**
 * The two-80% table's columns: donor (opens its drawer), total, the two rules and margins; on the
 * plan basis, the plan's status (a draft or submitted plan's figures are provisional).
 */
export function complianceColumns(
  t: TFunction,
  language: string,
  openDonor: (code: string) => void,
  basis: Basis,
): ColumnsType<DonorCompliance> {
  const planColumn: ColumnsType<DonorCompliance> =
    basis === 'plan'
      ? [
          {
            title: t('complianceSummary.colPlan'),
            key: 'plan',
            render: (_, r) =>
              r.plan ? (
                <PlanStatusTag status={r.plan.status} testId={`compliance-plan-${r.donor.code}`} />
              ) : (
                t('complianceSummary.noPlan')
              ),
          },
        ]
      : [];
  return [
    {
      title: t('compliance.colDonor'),
      key: 'donor',
      render: (_, r) => (
        <Button
          type="link"
          style={{ padding: 0 }}
          aria-label={t('compliance.openDetail', { donor: donorName(r.donor, language) })}
          onClick={() => openDonor(r.donor.code)}
        >
          {donorName(r.donor, language)}
        </Button>
      ),
      sorter: (a, b) => a.donor.code.localeCompare(b.donor.code),
      defaultSortOrder: 'ascend',
    },
    {
      title: withUnit(t, t('compliance.colTotal')),
      dataIndex: 'totalFen',
      align: 'right',
      render: (v: number, r) =>
        basis === 'plan' && r.plan && r.plan.status !== 'approved' ? (
          <span title={t('complianceSummary.provisional')}>
            <Money fen={v} testId={`compliance-total-${r.donor.code}`} />
            <Typography.Text type="warning" style={{ marginInlineStart: 4 }}>
              *
            </Typography.Text>
          </span>
        ) : (
          <Money fen={v} testId={`compliance-total-${r.donor.code}`} />
        ),
      sorter: (a, b) => a.totalFen - b.totalFen,
    },
    {
      title: t('compliance.colCounty'),
      key: 'county',
      render: (_, r) => (
        <RuleShare
          bp={r.countyAndBelowBp}
          ok={r.countyAndBelowOk}
          testId={`compliance-county-${r.donor.code}`}
        />
      ),
      sorter: (a, b) => a.countyAndBelowBp - b.countyAndBelowBp,
    },
    {
      title: t('compliance.colLivelihood'),
      key: 'livelihood',
      render: (_, r) => (
        <RuleShare
          bp={r.livelihoodBp}
          ok={r.livelihoodOk}
          testId={`compliance-livelihood-${r.donor.code}`}
        />
      ),
      sorter: (a, b) => a.livelihoodBp - b.livelihoodBp,
    },
    {
      title: (
        <span title={t('compliance.marginHint')}>
          {withUnit(t, t('compliance.colMarginCounty'))}
        </span>
      ),
      key: 'marginCounty',
      align: 'right',
      render: (_, r) => <Margin fen={r.marginFen.countyAndBelow} />,
    },
    {
      title: (
        <span title={t('compliance.marginHint')}>
          {withUnit(t, t('compliance.colMarginLivelihood'))}
        </span>
      ),
      key: 'marginLivelihood',
      align: 'right',
      render: (_, r) => <Margin fen={r.marginFen.livelihood} />,
    },
    {
      title: withUnit(t, t('compliance.colCrossPair')),
      dataIndex: 'crossPairFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
    ...planColumn,
  ];
}
