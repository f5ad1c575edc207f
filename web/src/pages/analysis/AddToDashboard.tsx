import { App as AntApp, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  type Dashboard,
  encodeDashboard,
  ITEM_KINDS,
  type ItemKind,
  loadDashboards,
  newId,
  upsertDashboard,
} from './dashboards';

const NEW = '__new__';

/**
 * Saves the pivot on screen to a dashboard of this browser (an existing one or a new one): as
 * its table, its chart or its key figure (the grand total of the first measure).
 */
export function AddToDashboard({
  open,
  onClose,
  query,
  defaultTitle,
  defaultKind,
}: {
  open: boolean;
  onClose: () => void;
  /** the pivot's URL parameters */
  query: string;
  defaultTitle: string;
  defaultKind: ItemKind;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{
    dashboard: string;
    name?: string;
    title: string;
    kind: ItemKind;
  }>();
  const [dashboards, setDashboards] = useState<Dashboard[]>([]);

  return (
    <Modal
      open={open}
      title={t('analysis.addTitle')}
      okText={t('analysis.addOk')}
      cancelText={t('formModal.cancel')}
      destroyOnHidden
      afterOpenChange={(visible) => {
        if (!visible) return;
        const list = loadDashboards();
        setDashboards(list);
        form.setFieldsValue({
          dashboard: list.at(-1)?.id ?? NEW,
          name: t('analysis.newDashboardName'),
          title: defaultTitle,
          kind: defaultKind,
        });
      }}
      onCancel={onClose}
      onOk={() =>
        void form.validateFields().then((v) => {
          const existing = dashboards.find((d) => d.id === v.dashboard);
          const board: Dashboard = existing
            ? { ...existing, items: [...existing.items] }
            : {
                id: newId(),
                name: (v.name ?? '').trim() || t('analysis.newDashboardName'),
                items: [],
              };
          board.items.push({ id: newId(), kind: v.kind, title: v.title.trim(), query });
          upsertDashboard(board);
          onClose();
          void message.success(t('analysis.added', { name: board.name }));
          void navigate(`/analysis/dashboards?d=${encodeDashboard(board)}`);
        })
      }
    >
      <Form form={form} layout="vertical" data-testid="add-to-dashboard">
        <Form.Item name="dashboard" label={t('analysis.dashboard')} rules={[{ required: true }]}>
          <Select
            options={[
              ...dashboards.map((d) => ({ value: d.id, label: d.name })),
              { value: NEW, label: t('analysis.newDashboard') },
            ]}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.dashboard !== b.dashboard}>
          {({ getFieldValue }) =>
            getFieldValue('dashboard') === NEW ? (
              <Form.Item
                name="name"
                label={t('analysis.dashboardName')}
                rules={[{ required: true, whitespace: true, message: t('analysis.nameRequired') }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            ) : null
          }
        </Form.Item>
        <Form.Item
          name="title"
          label={t('analysis.itemTitle')}
          rules={[{ required: true, whitespace: true, message: t('analysis.titleRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('analysis.itemKind')}>
          <Radio.Group
            options={ITEM_KINDS.map((k) => ({ value: k, label: t(`analysis.kinds.${k}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
