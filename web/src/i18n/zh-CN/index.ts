import { messages as analysis } from './analysis.js';
import { messages as common } from './common.js';
import { messages as companies } from './companies.js';
import { messages as compliance } from './compliance.js';
import { messages as consumption } from './consumption.js';
import { messages as entry } from './entry.js';
import { messages as home } from './home.js';
import { messages as indicators } from './indicators.js';
import { messages as layout } from './layout.js';
import { messages as ledger } from './ledger.js';
import { messages as login } from './login.js';
import { messages as overview } from './overview.js';
import { messages as pairings } from './pairings.js';
import { messages as people } from './people.js';
import { messages as peopleEdits } from './peopleEdits.js';
import { messages as peopleForms } from './peopleForms.js';
import { messages as plans } from './plans.js';
import { messages as problemFields } from './problemFields.js';
import { messages as problems } from './problems.js';
import { messages as project } from './project.js';
import { messages as projectEdit } from './projectEdit.js';
import { messages as projects } from './projects.js';
import { messages as publicView } from './public.js';
import { messages as quality } from './quality.js';
import { messages as recordHistory } from './recordHistory.js';
import { messages as reports } from './reports.js';
import { messages as terms } from './terms.js';
import { messages as training } from './training.js';
import { messages as transfer } from './transfer.js';
import { messages as warnings } from './warnings.js';

/**
 * Chinese (default) messages, one file per screen or namespace merged into one resource; the
 * keys are the same as before the split (`plans.save`, `warningsPage.title` …). Each file of
 * ../en/ has the same keys as its namesake here (checked by its type and test/unit/web-i18n.test.ts).
 */
export const zhCN = {
  ...layout,
  ...common,
  ...terms,
  ...login,
  ...overview,
  ...home,
  ...pairings,
  ...people,
  ...peopleForms,
  ...peopleEdits,
  ...projects,
  ...project,
  ...publicView,
  ...projectEdit,
  ...plans,
  ...compliance,
  ...quality,
  ...recordHistory,
  ...reports,
  ...warnings,
  ...ledger,
  ...entry,
  ...training,
  ...companies,
  ...consumption,
  ...analysis,
  ...indicators,
  ...transfer,
  ...problems,
  ...problemFields,
} as const;
