/** The indicator model (migration 0031, decision 0048). */
import type { ColumnType, Generated } from 'kysely';
import type { Aggregation, PeriodType, ValueType } from '../../domain/indicators.js';

type Timestamp = string;
type Id = Generated<number>;
type Version = ColumnType<number, number | undefined, number>;
/** A bigint column: read as a number (int8 parser) or a string, written as a number or bigint. */
type BigIntColumn = ColumnType<
  number | string | bigint,
  number | bigint | string,
  number | bigint | string
>;

export interface IndicatorElementsTable {
  code: string;
  name: string;
  nameEn: string;
  valueType: ValueType;
  aggregation: Aggregation;
  /** Decimal places of a `number` element's values (stored × 10^scale). */
  scale: number;
  /** The disaggregation categories, comma-separated, in order ('' for none). */
  disaggregations: string;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface IndicatorFormulasTable {
  code: string;
  name: string;
  nameEn: string;
  formula: string;
  /** Decimal places the computed value is rounded to. */
  decimals: number;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface IndicatorSetsTable {
  code: string;
  programmeCode: string;
  name: string;
  nameEn: string;
  periodType: PeriodType;
  /** A period's report is due this many days after the period's last day. */
  dueDays: number;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface IndicatorSetItemsTable {
  setCode: string;
  /** A data element's or an indicator's code. */
  itemCode: string;
  position: number;
}

export interface IndicatorSetReportersTable {
  setCode: string;
  areaCode: string;
  donorCode: string | null;
}

export interface IndicatorValuesTable {
  id: Id;
  elementCode: string;
  areaCode: string;
  /** `2024`, `2024-H1`, `2024-Q3`, `2024-07`. */
  period: string;
  periodStart: string;
  periodEnd: string;
  donorCode: string | null;
  /** The disaggregation cell (`sex=female;urbanRural=rural`), '' for the total. */
  cell: string;
  valueInt: BigIntColumn | null;
  valueText: string | null;
  note: string | null;
  /** The actor who last entered it (`user:NAME`). */
  enteredBy: string;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface IndicatorTargetsTable {
  id: Id;
  elementCode: string;
  areaCode: string;
  period: string;
  donorCode: string | null;
  valueInt: BigIntColumn;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
