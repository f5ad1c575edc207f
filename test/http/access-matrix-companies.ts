/** The access matrix's companies and consumption-aid writes on Shanghai's records. */
import type { Database } from '../../src/db/database.js';
import { systemActor } from '../../src/domain/access.js';
import { openCase } from '../../src/modules/companies/cases.js';
import { createCompany } from '../../src/modules/companies/service.js';
import { createSale } from '../../src/modules/consumption/service.js';

type Req = { method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: object };

/** Shanghai's unpublished company in Bachu with an open case, and an unpublished sale. */
export interface ShanghaiCompanies {
  company: number;
  case: number;
  sale: number;
}

export async function shanghaiCompanies(database: Database): Promise<ShanghaiCompanies> {
  const system = { actor: systemActor('test'), db: database.db };
  const company = await createCompany(system, {
    name: '矩阵纺织',
    creditCode: '91350100M000100Y43',
    industry: '纺织',
    programme: 'xinjiang',
    donor: '310000',
    area: '653130',
    signedOn: '2025-01-01',
    investmentPlannedFen: 100,
    investmentArrivedFen: 50,
    jobsPlanned: 10,
    jobsActual: 5,
    localHires: 5,
    published: false,
  });
  const opened = await openCase(system, company.id, { category: 'land', description: '用地' });
  const sale = await createSale(system, {
    programme: 'xinjiang',
    donor: '310000',
    area: '653130',
    month: '2025-10',
    channel: 'canteen-purchase',
    productCategory: 'fresh-fruit',
    amountFen: 100,
    quantity: 1,
    unit: '吨',
    published: false,
  });
  return { company: company.id, case: opened.id, sale: sale.id };
}

export function companyRequests(c: ShanghaiCompanies): Record<string, Req> {
  const sale = {
    donor: '310000',
    area: '653130',
    month: '2025-11',
    channel: 'trade-fair',
    productCategory: 'nuts',
    amountFen: 1,
    quantity: 1,
    unit: '箱',
  };
  return {
    'POST /api/companies': {
      method: 'POST',
      url: '/api/companies',
      payload: {
        name: '新企业',
        creditCode: '91110000600037341L',
        industry: '纺织',
        donor: '310000',
        area: '653130',
        signedOn: '2025-02-01',
        investmentPlannedFen: 1,
        investmentArrivedFen: 1,
        jobsPlanned: 1,
        jobsActual: 1,
        localHires: 1,
      },
    },
    'PATCH /api/companies/:id': {
      method: 'PATCH',
      url: `/api/companies/${c.company}`,
      payload: { jobsActual: 6 },
    },
    'POST /api/companies/:id/officers': {
      method: 'POST',
      url: `/api/companies/${c.company}/officers`,
      payload: { name: '首席服务官', startOn: '2025-03-01' },
    },
    'POST /api/companies/:id/cases': {
      method: 'POST',
      url: `/api/companies/${c.company}/cases`,
      payload: { category: 'permits', description: '许可' },
    },
    // Before the transition below: the response moves the case to in progress.
    'POST /api/company-cases/:id/responses': {
      method: 'POST',
      url: `/api/company-cases/${c.case}/responses`,
      payload: { text: '已受理', responder: '首席服务官' },
    },
    'POST /api/company-cases/:id/transitions': {
      method: 'POST',
      url: `/api/company-cases/${c.case}/transitions`,
      payload: { to: 'resolved' },
    },
    'PUT /api/company-cases/settings': {
      method: 'PUT',
      url: '/api/company-cases/settings',
      payload: { responseWorkingDays: 3 },
    },
    'POST /api/consumption-sales': { method: 'POST', url: '/api/consumption-sales', payload: sale },
    'POST /api/consumption-sales/bulk': {
      method: 'POST',
      url: '/api/consumption-sales/bulk',
      payload: { rows: [sale, { ...sale, month: '2025-12' }] },
    },
    'PATCH /api/consumption-sales/:id': {
      method: 'PATCH',
      url: `/api/consumption-sales/${c.sale}`,
      payload: { amountFen: 2 },
    },
  };
}
