import { Empty, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Project, ProjectResult } from '../../api/types';
import { Money } from '../../components/Money';
import { formatDate } from '../../lib/format';

/** The project's targets and achieved results (jobs, people trained, output value …). */
export function ResultsTab({ project }: { project: Project }) {
  const { t } = useTranslation();
  const count = (v: number | null) => (v === null ? t('common.none') : v.toLocaleString());
  const columns: ColumnsType<ProjectResult> = [
    {
      title: t('project.colMetric'),
      dataIndex: 'metric',
      render: (m: string) => t(`metrics.${m}`),
    },
    {
      title: t('project.colPlanned'),
      dataIndex: 'planned',
      render: (p: boolean) =>
        p ? <Tag>{t('project.target')}</Tag> : <Tag color="green">{t('project.achieved')}</Tag>,
    },
    {
      title: t('project.colResultValue'),
      key: 'value',
      align: 'right',
      render: (_, r) =>
        r.metric === 'output-value-fen' ? <Money fen={r.value} unit /> : r.value.toLocaleString(),
    },
    { title: t('project.colFemale'), dataIndex: 'female', render: count },
    { title: t('project.colMale'), dataIndex: 'male', render: count },
    { title: t('project.colMinority'), dataIndex: 'ethnicMinority', render: count },
    {
      title: t('project.colAsOf'),
      dataIndex: 'asOf',
      render: (d: string | null) => formatDate(d) || t('common.none'),
    },
    { title: t('project.colNote'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
  ];
  return (
    <Table<ProjectResult>
      rowKey={(r) => `${r.metric}-${r.planned}-${r.asOf}-${r.value}`}
      size="small"
      columns={columns}
      dataSource={project.results}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: (
          <Empty description={t('project.resultsEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ),
      }}
    />
  );
}
