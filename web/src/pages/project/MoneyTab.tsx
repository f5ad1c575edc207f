import { Space } from 'antd';
import type { Project } from '../../api/types';
import { LedgerEntryForm } from './LedgerEntryForm';
import { LedgerTable } from './LedgerTable';

/** The project's money: the ledger entry form (for editors) above the ledger. */
export function MoneyTab({ project, canWrite }: { project: Project; canWrite: boolean }) {
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {canWrite ? <LedgerEntryForm code={project.code} /> : null}
      <LedgerTable code={project.code} />
    </Space>
  );
}
