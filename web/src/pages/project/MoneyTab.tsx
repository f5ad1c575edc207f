import { Space } from 'antd';
import type { Project } from '../../api/types';
import { LedgerEntryForm } from './LedgerEntryForm';
import { LedgerTable } from './LedgerTable';

/** The project's money: the ledger entry form (when the caller may record funds) above the ledger. */
export function MoneyTab({ project }: { project: Project }) {
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {project.can.recordFunds ? <LedgerEntryForm code={project.code} /> : null}
      <LedgerTable code={project.code} />
    </Space>
  );
}
