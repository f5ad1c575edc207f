import {
  Alert,
  App as AntApp,
  Button,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { type CaseStatus, useCase, useMoveCase, useRespond } from '../../api/companies';
import { useDonorName } from '../../api/names';
import { AreaName } from '../../components/AreaName';
import { ErrorResult } from '../../components/ErrorResult';
import { formatDateTime } from '../../lib/format';
import { setServerErrors } from '../../lib/formErrors';
import { CaseStatusTag } from './CaseStatusTag';

/**
 * One case in a drawer: its facts and times, its responses, a form to respond, and a button for
 * each status the caller may move it to now (the case's own `can.moveTo`, nothing else).
 */
export function CaseDrawer({ id, onClose }: { id: number | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useCase(id);
  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      title={t('cases.detail.title')}
      size={560}
      destroyOnHidden
    >
      {id === undefined ? null : detail.isPending ? (
        <Skeleton active />
      ) : detail.isError ? (
        <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <CaseBody c={detail.data} onReload={() => void detail.refetch()} />
      )}
    </Drawer>
  );
}

type Detail = NonNullable<ReturnType<typeof useCase>['data']>;

function CaseBody({ c, onReload }: { c: Detail; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const donorName = useDonorName();
  const move = useMoveCase(c.id);
  const respond = useRespond(c.id);
  const [form] = Form.useForm<{ text: string; responder: string }>();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  const doMove = (to: CaseStatus, why?: string) => {
    setFailure(null);
    move.mutate(
      { to, version: c.version, ...(why ? { reason: why } : {}) },
      {
        onSuccess: (after) => {
          setRejecting(false);
          void message.success(
            t('cases.detail.moved', { status: t(`cases.status.${after.status}`) }),
          );
        },
        onError: (err) => {
          if (err instanceof ApiError && err.code === 'version.stale') {
            setFailure(t('cases.detail.stale'));
            onReload();
            return;
          }
          setFailure(err instanceof Error ? err.message : String(err));
        },
      },
    );
  };

  const label = (to: CaseStatus) =>
    c.status === 'resolved' && to === 'in_progress'
      ? t('cases.move.reopen')
      : t(`cases.move.${to}`);

  return (
    <div data-testid="case-detail" data-status={c.status}>
      {failure ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={failure} />
      ) : null}
      <Space wrap style={{ marginBottom: 12 }}>
        <CaseStatusTag status={c.status} />
        {c.late ? <Tag color="red">{t('cases.late')}</Tag> : null}
      </Space>
      {c.can.moveTo.length > 0 ? (
        <Space wrap style={{ marginBottom: 16 }} data-testid="case-moves">
          {c.can.moveTo.map((to) => (
            <Button
              key={to}
              danger={to === 'rejected'}
              type={to === 'rejected' ? 'default' : 'primary'}
              loading={move.isPending && move.variables?.to === to}
              onClick={() => (to === 'rejected' ? setRejecting(true) : doMove(to))}
              data-testid={`case-move-${to}`}
            >
              {label(to)}
            </Button>
          ))}
        </Space>
      ) : c.status === 'closed' || c.status === 'rejected' ? (
        <Typography.Paragraph type="secondary">{t('cases.detail.noMoves')}</Typography.Paragraph>
      ) : null}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('cases.detail.company')}>
          <Link to={`/companies/${c.company.id}`}>{c.company.name}</Link>
          <Typography.Text type="secondary">
            {' '}
            · {donorName(c.donor)} · <AreaName area={c.area} />
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.detail.officer')}>
          {c.officer?.name ?? t('companies.noOfficer')}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.detail.category')}>
          {t(`cases.category.${c.category}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.detail.description')}>{c.description}</Descriptions.Item>
        <Descriptions.Item label={t('cases.detail.openedAt')}>
          {formatDateTime(c.openedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.detail.firstResponseAt')}>
          {c.firstResponseAt ? (
            <>
              {formatDateTime(c.firstResponseAt)}
              {c.responseWorkingDays !== null ? (
                <Typography.Text type="secondary">
                  {' '}
                  · {t('cases.responseDays', { days: c.responseWorkingDays })}
                </Typography.Text>
              ) : null}
            </>
          ) : (
            t('cases.noResponse')
          )}
        </Descriptions.Item>
        {c.resolvedAt ? (
          <Descriptions.Item label={t('cases.detail.resolvedAt')}>
            {formatDateTime(c.resolvedAt)}
            {c.resolutionWorkingDays !== null ? (
              <Typography.Text type="secondary">
                {' '}
                · {t('cases.resolutionDays', { days: c.resolutionWorkingDays })}
              </Typography.Text>
            ) : null}
          </Descriptions.Item>
        ) : null}
        {c.closedAt ? (
          <Descriptions.Item label={t('cases.detail.closedAt')}>
            {formatDateTime(c.closedAt)}
          </Descriptions.Item>
        ) : null}
        {c.rejectionReason ? (
          <Descriptions.Item label={t('cases.detail.rejectionReason')}>
            {c.rejectionReason}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('cases.detail.responses')}
      </Typography.Title>
      {c.responses.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('cases.detail.responsesEmpty')}
        />
      ) : (
        <List
          size="small"
          dataSource={c.responses}
          renderItem={(r) => (
            <List.Item>
              <List.Item.Meta
                title={`${formatDateTime(r.respondedAt)} · ${r.responder}`}
                description={r.text}
              />
            </List.Item>
          )}
        />
      )}
      {c.can.respond ? (
        <Form
          form={form}
          layout="vertical"
          style={{ marginTop: 12 }}
          onFinish={(v) =>
            respond.mutate(v, {
              onSuccess: () => {
                form.resetFields();
                void message.success(t('cases.detail.responded'));
              },
              onError: (err) => {
                const { placed, rest } = setServerErrors(form, err);
                if (!placed || rest.length) setFailure(rest.join('；'));
              },
            })
          }
        >
          <Form.Item
            name="text"
            label={t('cases.detail.responseText')}
            rules={[{ required: true, message: t('training.form.required') }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item
            name="responder"
            label={t('cases.detail.responder')}
            initialValue={c.officer?.name}
            rules={[{ required: true, message: t('training.form.required') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Button htmlType="submit" loading={respond.isPending} data-testid="case-respond">
            {t('cases.detail.send')}
          </Button>
        </Form>
      ) : null}
      <Modal
        open={rejecting}
        title={t('cases.move.rejected')}
        okText={t('cases.move.rejected')}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        cancelText={t('training.form.cancel')}
        confirmLoading={move.isPending}
        onOk={() => doMove('rejected', reason.trim())}
        onCancel={() => setRejecting(false)}
        destroyOnHidden
      >
        <label htmlFor="reject-reason">{t('cases.detail.reason')}</label>
        <Input.TextArea
          id="reject-reason"
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          status={reason.trim() ? '' : 'warning'}
        />
        {reason.trim() ? null : (
          <Typography.Text type="secondary">{t('cases.detail.reasonRequired')}</Typography.Text>
        )}
      </Modal>
    </div>
  );
}
