import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Card,
  Empty,
  Popconfirm,
  Space,
  Table,
  Typography,
  Upload,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  documentUrl,
  MAX_DOCUMENT_BYTES,
  type ProjectDocument,
  useDeleteDocument,
  useDocuments,
  useUploadDocument,
} from '../../api/projectEdits';
import type { Project } from '../../api/types';
import { ErrorResult } from '../../components/ErrorResult';
import { formatDateTime } from '../../lib/format';
import { changeFailed } from './ProjectEditActions';

/** A file's content in base64, as the upload sends it. */
function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** 1234567 → "1.2 MB"; under 1 KB in the interface's word for bytes (字节). */
function formatSize(bytes: number, byteUnit: string): string {
  if (bytes < 1024) return `${bytes} ${byteUnit}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The project's documents (signed-in callers who may see it): download each; those who may change
 * the project (`can.update`) upload (at most 10 MB) and delete, each guarded by its version.
 */
export function DocumentsTab({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const documents = useDocuments(project.code, true);
  const upload = useUploadDocument(project.code);
  const remove = useDeleteDocument(project.code);
  const [reading, setReading] = useState(false);

  const failed = (err: unknown) => {
    if (err instanceof ApiError && err.status === 409) {
      modal.warning({ title: t('project.conflictTitle'), content: t('project.conflictText') });
    } else {
      void message.error(changeFailed(t, err));
    }
  };

  const send = async (file: File) => {
    if (file.size > MAX_DOCUMENT_BYTES) {
      void message.error(t('projectEdit.tooLarge', { name: file.name }));
      return;
    }
    setReading(true);
    try {
      const contentBase64 = await readBase64(file);
      upload.mutate(
        {
          version: project.version,
          upload: {
            filename: file.name,
            mediaType: file.type || 'application/octet-stream',
            contentBase64,
          },
        },
        {
          onSuccess: (doc) =>
            void message.success(t('projectEdit.uploaded', { name: doc.filename })),
          onError: failed,
        },
      );
    } finally {
      setReading(false);
    }
  };

  const columns: ColumnsType<ProjectDocument> = [
    {
      title: t('projectEdit.colFilename'),
      dataIndex: 'filename',
      render: (name: string, d) => (
        <a href={documentUrl(project.code, d.id)} download={name}>
          {name}
        </a>
      ),
    },
    {
      title: t('projectEdit.colSize'),
      dataIndex: 'size',
      align: 'right',
      render: (bytes: number) => formatSize(bytes, t('projectEdit.bytes')),
    },
    {
      // Who uploaded it, by display name; the system (a generator) as 系统, never `user:…`.
      title: t('projectEdit.colUploadedBy'),
      dataIndex: 'uploadedByName',
      render: (name: string | null) => (
        <span data-testid="document-uploader">{name ?? t('ledger.system')}</span>
      ),
    },
    {
      title: t('projectEdit.colUploadedAt'),
      dataIndex: 'uploadedAt',
      render: (v: string) => (
        <span style={{ whiteSpace: 'nowrap' }} data-testid="document-uploaded-at">
          {formatDateTime(v)}
        </span>
      ),
    },
    {
      title: t('projectEdit.colActions'),
      key: 'actions',
      render: (_, d) => (
        <Space size={4}>
          <Button
            size="small"
            type="link"
            icon={<DownloadOutlined />}
            href={documentUrl(project.code, d.id)}
            download={d.filename}
          >
            {t('projectEdit.download')}
          </Button>
          {project.can.update ? (
            <Popconfirm
              title={t('projectEdit.deleteDocumentConfirm', { name: d.filename })}
              okText={t('project.confirm')}
              cancelText={t('project.cancel')}
              onConfirm={() =>
                remove.mutate(
                  { version: project.version, id: d.id },
                  {
                    onSuccess: () => void message.success(t('projectEdit.documentDeleted')),
                    onError: failed,
                  },
                )
              }
            >
              {/* Not while an upload or deletion is still refreshing the project: its version
                  would be stale and the server would answer a spurious conflict. */}
              <Button
                size="small"
                type="link"
                danger
                icon={<DeleteOutlined />}
                disabled={upload.isPending || remove.isPending}
              >
                {t('projectEdit.deleteDocument')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  if (documents.isError) {
    return <ErrorResult error={documents.error} onRetry={() => void documents.refetch()} />;
  }
  return (
    <Card
      size="small"
      title={t('projectEdit.documentsTitle')}
      extra={
        project.can.update ? (
          <Upload
            showUploadList={false}
            multiple={false}
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
          >
            <Button
              icon={<UploadOutlined />}
              loading={reading || upload.isPending}
              data-testid="document-upload"
            >
              {reading || upload.isPending ? t('projectEdit.uploading') : t('projectEdit.upload')}
            </Button>
          </Upload>
        ) : null
      }
    >
      {project.can.update ? (
        <Typography.Paragraph type="secondary">
          {t('projectEdit.documentsIntro')}
        </Typography.Paragraph>
      ) : null}
      <Table<ProjectDocument>
        rowKey="id"
        size="small"
        loading={documents.isPending}
        columns={columns}
        dataSource={documents.data?.items ?? []}
        pagination={false}
        data-testid="documents-table"
        locale={{
          emptyText: documents.isPending ? (
            ' '
          ) : (
            <Empty
              description={t('projectEdit.documentsEmpty')}
              image={Empty.PRESENTED_IMAGE_SIMPLE}
            />
          ),
        }}
      />
    </Card>
  );
}
