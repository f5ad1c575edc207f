import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localName } from '../lib/projectName';
import { Ltr } from './Ltr';

/**
 * A project in a list: its code linking to its page, its name (English in English, when it has
 * one) under it, cut to `nameWidth`.
 */
export function ProjectCell({
  project,
  nameWidth,
}: {
  project: { code: string; name: string; nameEn?: string | null };
  nameWidth: number;
}) {
  const { i18n } = useTranslation();
  const name = localName(project.name, project.nameEn, i18n.language);
  return (
    <Space orientation="vertical" size={0}>
      <Link to={`/projects/${encodeURIComponent(project.code)}`} style={{ whiteSpace: 'nowrap' }}>
        <Ltr>{project.code}</Ltr>
      </Link>
      <Typography.Text
        type="secondary"
        ellipsis={{ tooltip: name }}
        style={{ maxWidth: nameWidth }}
      >
        {name}
      </Typography.Text>
    </Space>
  );
}
