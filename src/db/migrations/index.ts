import { spine } from './0001_spine.js';
import { projectsAndFunds } from './0002_projects_funds.js';
import { jobs } from './0003_jobs.js';
import { complianceParts } from './0004_compliance_parts.js';
import { registryOrder } from './0005_registry_order.js';
import { projectSearch } from './0006_project_search.js';
import { projections } from './0007_projections.js';
import { listIndexes } from './0008_list_indexes.js';
import { ledgerReversals } from './0009_ledger_reversals.js';
import { people } from './0010_people.js';
import { teamsMentoring } from './0011_teams_mentoring.js';
import { trainingExchange } from './0012_training_exchange.js';
import { companiesConsumption } from './0013_companies_consumption.js';
import { areaParts } from './0014_area_parts.js';
import { warningSubjects } from './0015_warning_subjects.js';
import { areaEnglishNames } from './0016_area_english_names.js';
import { projectCodePrefix } from './0017_project_code_prefix.js';
import { requestCounts } from './0021_request_counts.js';
import { issue9ListIndexes } from './0022_issue9_list_indexes.js';
import { caseWorkingDays } from './0023_case_working_days.js';
import { salesPeriodIndex } from './0024_sales_period_index.js';
import { pairingNoteEn } from './0028_pairing_note_en.js';
import { areaMoney } from './0029_area_money.js';
import { indicators } from './0031_indicators.js';
import { analyticsTotals } from './0033_analytics_totals.js';
import { iati } from './0034_iati.js';
import { reportWarnings } from './0035_report_warnings.js';
import { salesTotals } from './0037_sales_totals.js';
import { caseHolidays } from './0038_case_holidays.js';
import { caseTimes } from './0039_case_times.js';
import { rosterIndexes } from './0040_roster_indexes.js';
import { moreKeptSums } from './0041_more_kept_sums.js';
import { importJobs } from './0042_import_jobs.js';
import type { ShanhaiMigration } from './kit.js';

/**
 * Every migration, in order. Forward-only: a released migration is never edited; a change is
 * a new entry. Names sort in the order they run.
 */
export const migrations: Record<string, ShanhaiMigration> = {
  '0001_spine': spine,
  '0002_projects_funds': projectsAndFunds,
  '0003_jobs': jobs,
  '0004_compliance_parts': complianceParts,
  '0005_registry_order': registryOrder,
  '0006_project_search': projectSearch,
  '0007_projections': projections,
  '0008_list_indexes': listIndexes,
  '0009_ledger_reversals': ledgerReversals,
  '0010_people': people,
  '0011_teams_mentoring': teamsMentoring,
  '0012_training_exchange': trainingExchange,
  '0013_companies_consumption': companiesConsumption,
  '0014_area_parts': areaParts,
  '0015_warning_subjects': warningSubjects,
  '0016_area_english_names': areaEnglishNames,
  '0017_project_code_prefix': projectCodePrefix,
  '0021_request_counts': requestCounts,
  '0022_issue9_list_indexes': issue9ListIndexes,
  '0023_case_working_days': caseWorkingDays,
  '0024_sales_period_index': salesPeriodIndex,
  '0028_pairing_note_en': pairingNoteEn,
  '0029_area_money': areaMoney,
  '0031_indicators': indicators,
  '0033_analytics_totals': analyticsTotals,
  '0034_iati': iati,
  '0035_report_warnings': reportWarnings,
  '0037_sales_totals': salesTotals,
  '0038_case_holidays': caseHolidays,
  '0039_case_times': caseTimes,
  '0040_roster_indexes': rosterIndexes,
  '0041_more_kept_sums': moreKeptSums,
  '0042_import_jobs': importJobs,
};
