import { Space, Typography } from 'antd';
import { Link } from 'react-router';

/** A project in a list: its code linking to its page, its name under it, cut to `nameWidth`. */
export function ProjectCell({
  project,
  nameWidth,
}: {
  project: { code: string; name: string };
  nameWidth: number;
}) {
  return (
    <Space orientation="vertical" size={0}>
      <Link to={`/projects/${encodeURIComponent(project.code)}`} style={{ whiteSpace: 'nowrap' }}>
        {project.code}
      </Link>
      <Typography.Text
        type="secondary"
        ellipsis={{ tooltip: project.name }}
        style={{ maxWidth: nameWidth }}
      >
        {project.name}
      </Typography.Text>
    </Space>
  );
}
