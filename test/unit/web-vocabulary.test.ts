/**
 * The web's fixed lists (web/src/api/vocabulary.ts) are the server's, in the server's order: the
 * type check already holds each to the generated union (no member more, none missing); this holds
 * the order too, against the lists the server validates with.
 */
import { describe, expect, it } from 'vitest';
import { AREA_LEVELS } from '../../src/domain/areas.js';
import { TRANSACTION_TYPES } from '../../src/domain/ledger.js';
import {
  PROGRESS_STAGES,
  REASON_REQUIRED,
  STAGE_NAMES_ZH,
  STAGES,
} from '../../src/domain/stages.js';
import { WARNING_KINDS } from '../../src/domain/warnings.js';
import { basis, complianceDonorQuery } from '../../src/modules/compliance/schema.js';
import { ORGANISATION_KINDS } from '../../src/modules/organisations/schema.js';
import { PLAN_STATUSES } from '../../src/modules/plans/workflow.js';
import { DELIVERY_MODES, RESULT_METRICS } from '../../src/modules/projects/schema.js';
import { finding } from '../../src/modules/quality/schema.js';
import { warningStatus } from '../../src/modules/warnings/schema.js';
import * as web from '../../web/src/api/vocabulary.js';
import { messages as terms } from '../../web/src/i18n/zh-CN/terms.js';

describe('the web vocabulary is the server’s', () => {
  const pairs: [string, readonly string[], readonly string[]][] = [
    ['STAGES', web.STAGES, STAGES],
    ['PROGRESS_STAGES', web.PROGRESS_STAGES, PROGRESS_STAGES],
    ['REASON_REQUIRED', web.REASON_REQUIRED, REASON_REQUIRED],
    ['TRANSACTION_TYPES', web.TRANSACTION_TYPES, TRANSACTION_TYPES],
    ['RESULT_METRICS', web.RESULT_METRICS, RESULT_METRICS],
    ['DELIVERY_MODES', web.DELIVERY_MODES, DELIVERY_MODES],
    ['PLAN_STATUSES', web.PLAN_STATUSES, PLAN_STATUSES],
    ['WARNING_KINDS', web.WARNING_KINDS, WARNING_KINDS],
    ['WARNING_STATUSES', web.WARNING_STATUSES, warningStatus.options],
    ['SEVERITIES', web.SEVERITIES, finding.shape.severity.options],
    ['ORGANISATION_KINDS', web.ORGANISATION_KINDS, ORGANISATION_KINDS],
    ['AREA_LEVELS', web.AREA_LEVELS, AREA_LEVELS],
    ['BASES', web.BASES, basis.options],
    ['COMPLIANCE_SORTS', web.COMPLIANCE_SORTS, complianceDonorQuery.shape.sort.unwrap().options],
  ];

  it.each(pairs)('%s', (_name, ours, server) => {
    expect([...ours]).toEqual([...server]);
  });

  it('checks every list the web module exports', () => {
    const lists = Object.entries(web)
      .filter(([, value]) => Array.isArray(value))
      .map(([name]) => name)
      .sort();
    expect(lists).toEqual(pairs.map(([name]) => name).sort());
  });
});

describe('the web’s Chinese names are the server’s', () => {
  it('names each stage as the domain does (messages, history, exports)', () => {
    expect(terms.stages).toEqual(STAGE_NAMES_ZH);
  });
});
