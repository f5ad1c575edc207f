import { PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Empty, Popconfirm, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type ResultInput, useReplaceResults } from '../../api/projectEdits';
import type { Project, ProjectResult } from '../../api/types';
import { Money } from '../../components/Money';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatDate } from '../../lib/format';
import { changeFailed } from './ProjectEditActions';
import { ResultDialog } from './ResultDialog';

/** A stored result as the PUT takes it back. */
function inputOf(r: ProjectResult): ResultInput {
  return { ...r };
}

/**
 * The project's targets and achieved results (jobs, people trained, output value …); those who
 * may change the project (`can.update`) add, change and delete them (the whole list is saved,
 * guarded by the project's version).
 */
export function ResultsTab({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const replace = useReplaceResults(project.code);
  // null: closed; -1: adding; else the index of the result changed.
  const [editing, setEditing] = useState<number | null>(null);
  const count = (v: number | null) => (v === null ? t('common.none') : v.toLocaleString());

  const save = (results: ResultInput[], done: string) =>
    replace.mutate(
      { version: project.version, results },
      {
        onSuccess: () => {
          setEditing(null);
          void message.success(done);
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) {
            setEditing(null);
            modal.warning({
              title: t('project.conflictTitle'),
              content: t('project.conflictText'),
            });
          } else {
            void message.error(changeFailed(t, err));
          }
        },
      },
    );

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
    ...(project.can.update
      ? [
          {
            title: t('projectEdit.colActions'),
            key: 'actions',
            render: (_: unknown, _r: ProjectResult, index: number) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => setEditing(index)}>
                  {t('projectEdit.editResult')}
                </Button>
                <Popconfirm
                  title={t('projectEdit.deleteResultConfirm')}
                  okText={t('project.confirm')}
                  cancelText={t('project.cancel')}
                  onConfirm={() =>
                    save(
                      project.results.filter((_x, i) => i !== index).map(inputOf),
                      t('projectEdit.resultDeleted'),
                    )
                  }
                >
                  <Button size="small" type="link" danger>
                    {t('projectEdit.deleteResult')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      {project.can.update ? (
        <Button
          icon={<PlusOutlined />}
          style={{ marginBottom: 12 }}
          onClick={() => setEditing(-1)}
          data-testid="result-add"
        >
          {t('projectEdit.addResult')}
        </Button>
      ) : null}
      <ResponsiveTable<ProjectResult>
        rowKey={(r) => `${r.metric}-${r.planned}-${r.asOf}-${r.value}-${r.note}`}
        size="small"
        columns={columns}
        dataSource={project.results}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="results-table"
        locale={{
          emptyText: (
            <Empty description={t('project.resultsEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ),
        }}
      />
      {project.can.update ? (
        <ResultDialog
          open={editing !== null}
          editing={editing !== null && editing >= 0 ? (project.results[editing] ?? null) : null}
          saving={replace.isPending}
          onCancel={() => setEditing(null)}
          onSave={(result) => {
            const list = project.results.map(inputOf);
            if (editing === null || editing < 0) list.push(result);
            else list[editing] = result;
            save(list, t('projectEdit.resultsSaved'));
          }}
        />
      ) : null}
    </>
  );
}
