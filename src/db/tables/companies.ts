/** Companies brought in, their officers and cases, and consumption-aid sales (migration 0013). */
import type { ColumnType, Generated } from 'kysely';
import type { CaseCategory, CaseStatus } from '../../domain/company-cases.js';
import type { ProductCategory, SaleChannel } from '../../domain/consumption.js';

type Timestamp = string;
type IsoDate = string;
type Id = Generated<number>;
type Version = ColumnType<number, number | undefined, number>;

export interface CompaniesTable {
  id: Id;
  name: string;
  /** GB 32100 unified social credit code, upper case, unique. */
  creditCode: string;
  industry: string;
  programmeCode: string;
  /** The donor that brought the company in. */
  donorCode: string;
  /** Where the company is located (an area code). */
  areaCode: string;
  /** The date the company was signed or registered: the date the measures' period reads. */
  signedOn: IsoDate;
  investmentPlannedFen: number;
  investmentArrivedFen: number;
  jobsPlanned: number;
  jobsActual: number;
  localHires: number;
  note: string | null;
  publishedAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: Version;
}

/** A chief service officer (首席服务官) serving a company from `startOn` to `endOn`. */
export interface CompanyOfficersTable {
  id: Id;
  companyId: number;
  name: string;
  contact: string | null;
  organisation: string | null;
  startOn: IsoDate;
  endOn: IsoDate | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface CompanyCasesTable {
  id: Id;
  companyId: number;
  officerId: number | null;
  category: CaseCategory;
  description: string;
  status: CaseStatus;
  rejectionReason: string | null;
  openedAt: Timestamp;
  firstResponseAt: Timestamp | null;
  resolvedAt: Timestamp | null;
  closedAt: Timestamp | null;
  /** Working days from opening to the first response / resolution (decision 0042). */
  responseWorkingDays: number | null;
  resolutionWorkingDays: number | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: Version;
}

export interface CompanyCaseResponsesTable {
  id: Id;
  caseId: number;
  respondedAt: Timestamp;
  text: string;
  /** Who responded, as written by the one recording it (the officer's name …). */
  responder: string;
  /** The actor who recorded it (`user:NAME`). */
  createdBy: string;
  createdAt: Timestamp;
}

export interface ConsumptionSalesTable {
  id: Id;
  programmeCode: string;
  donorCode: string;
  /** The recipient area the products come from. */
  areaCode: string;
  /** `YYYY-MM`. */
  month: string;
  channel: SaleChannel;
  productCategory: ProductCategory;
  product: string | null;
  amountFen: number;
  quantity: number;
  unit: string;
  note: string | null;
  publishedAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: Version;
}

/**
 * Sales summed per programme, donor, area, month and publication (1: has a publication time),
 * kept by triggers on `consumption_sales` (migration 0037, decision 0065).
 */
export interface ConsumptionSalesTotalsTable {
  programmeCode: string;
  donorCode: string;
  areaCode: string;
  month: string;
  published: number;
  amountFen: number | string;
  rowCount: number | string;
}

/**
 * Company cases summed per officer (`officerKey`, 0 when none) and company, kept by triggers on
 * `company_cases` (migration 0039, decision 0069): the case times read them.
 */
/** The sales per programme, donor, area, month, publication and channel (migration 0041). */
export interface ConsumptionSalesChannelsTable {
  programmeCode: string;
  donorCode: string;
  areaCode: string;
  month: string;
  published: number;
  channel: string;
  amountFen: number | string;
  rowCount: number | string;
}

/** The sales per programme, donor, area, month, publication and product category (migration 0041). */
export interface ConsumptionSalesCategoriesTable {
  programmeCode: string;
  donorCode: string;
  areaCode: string;
  month: string;
  published: number;
  productCategory: string;
  amountFen: number | string;
  rowCount: number | string;
}

export interface CompanyCaseTimesTable {
  officerKey: number | string;
  companyId: number | string;
  cases: number | string;
  responded: number | string;
  responseDays: number | string;
  resolved: number | string;
  resolutionDays: number | string;
}
