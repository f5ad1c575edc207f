import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_STATUS_NAMES_ZH } from '../../src/domain/case-status-names.js';
import { CASE_STATUSES } from '../../src/domain/company-cases.js';
import { InvalidInputError } from '../../src/domain/errors.js';
import { ACCESS } from '../../src/domain/problem-catalogue/access.js';
import { ANALYTICS } from '../../src/domain/problem-catalogue/analytics.js';
import { COMPANIES } from '../../src/domain/problem-catalogue/companies.js';
import { FUNDS } from '../../src/domain/problem-catalogue/funds.js';
import { GENERAL } from '../../src/domain/problem-catalogue/general.js';
import { INDICATORS } from '../../src/domain/problem-catalogue/indicators.js';
import { PEOPLE } from '../../src/domain/problem-catalogue/people.js';
import { PROJECTS } from '../../src/domain/problem-catalogue/projects.js';
import { REFERENCE } from '../../src/domain/problem-catalogue/reference.js';
import { TEAMS } from '../../src/domain/problem-catalogue/teams.js';
import { TRAINING } from '../../src/domain/problem-catalogue/training.js';
import { TRANSFER } from '../../src/domain/problem-catalogue/transfer.js';
import { PROBLEMS } from '../../src/domain/problem-catalogue.js';
import { problem, renderProblem, templateParams } from '../../src/domain/problems.js';
import { problemLanguage, validationProblem } from '../../src/http/problems.js';
import { messages as en } from '../../web/src/i18n/en/problems.js';
import { messages as zh } from '../../web/src/i18n/zh-CN/problems.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const CODES = Object.keys(PROBLEMS).sort();

/** Every leaf of a nested message object as [dotted key, text]. */
function leaves(messages: object, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

/** The placeholder names of a web message (`{{code}}`, `{{to, stage}}`). */
function webParams(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g)].map((m) =>
    m[2] ? `${m[1]}:${m[2]}` : (m[1] ?? ''),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const ERROR_STATUS: Record<string, number> = {
  InvalidInputError: 422,
  NotFoundError: 404,
  ConflictError: 409,
  UnauthenticatedError: 401,
  ForbiddenError: 403,
  TooManyRequestsError: 429,
  UnavailableError: 503,
};
const ERROR_CLASS = Object.keys(ERROR_STATUS).join('|');

describe('the problem catalogue', () => {
  it('has dotted camelCase codes, a status and a Chinese and an English sentence each', () => {
    expect(CODES.length).toBeGreaterThan(100);
    for (const [code, entry] of Object.entries(PROBLEMS)) {
      expect(code, code).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)*$/);
      expect(
        [400, 401, 403, 404, 405, 408, 409, 413, 415, 421, 422, 429, 431, 500, 503],
        code,
      ).toContain(entry.status);
      expect(entry.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.en.trim(), code).not.toBe('');
    }
  });

  it('names each code in one part only', () => {
    const parts = [
      GENERAL,
      ACCESS,
      REFERENCE,
      PROJECTS,
      FUNDS,
      COMPANIES,
      ANALYTICS,
      INDICATORS,
      TRAINING,
      TEAMS,
      PEOPLE,
      TRANSFER,
    ];
    const total = parts.reduce((n, part) => n + Object.keys(part).length, 0);
    expect(total).toBe(CODES.length);
  });

  it('the web has every code, no other, in Chinese and English with the same placeholders', () => {
    const zhLeaves = new Map(leaves(zh.problems));
    const enLeaves = new Map(leaves(en.problems));
    expect([...zhLeaves.keys()].sort()).toEqual(CODES);
    expect([...enLeaves.keys()].sort()).toEqual(CODES);
    for (const code of CODES) {
      const entry = PROBLEMS[code as keyof typeof PROBLEMS];
      const server = new Set([...templateParams(entry.zh), ...templateParams(entry.en)]);
      const names = new Set([...server].map((p) => p.split(':')[0]));
      for (const text of [zhLeaves.get(code) ?? '', enLeaves.get(code) ?? '']) {
        for (const p of webParams(text)) {
          expect(names, `${code}: ${p}`).toContain(p.split(':')[0]);
          if (p.includes(':')) expect(server, `${code}: ${p}`).toContain(p);
        }
      }
      expect(zhLeaves.get(code), code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('docs/api-errors.md lists every code with its status, and no other', () => {
    const doc = readFileSync(join(ROOT, 'docs/api-errors.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([\w.]+)` \| (\d{3}) \|/gm)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(rows.map(([code]) => code).sort()).toEqual(CODES);
    for (const [code, status] of rows) {
      expect(status, String(code)).toBe(PROBLEMS[code as keyof typeof PROBLEMS].status);
    }
  });
});

describe('every refusal in src/ has a problem code', () => {
  const files = sourceFiles(join(ROOT, 'src')).map((path) => ({
    path: path.slice(ROOT.length),
    text: readFileSync(path, 'utf8'),
  }));

  it('raises domain errors with problem(code, params), never a bare message', () => {
    const bare: string[] = [];
    const construct = new RegExp(
      `new (${ERROR_CLASS})\\((?!\\s*(?:problem\\(|[\\w.]*(?:problem|ref)\\b))`,
      'g',
    );
    const shorthand =
      /(?:InvalidInputError|ConflictError)\.field\(\s*[^,]+,(?!\s*(?:problem\(|[\w.]*(?:problem|Problem|ref|refused|reason)\b))/g;
    /(?:InvalidInputError|ConflictError)\.field\(\s*[^,]+,\s*(?!problem\(|[\w.]*(?:problem|Problem|ref)\b)/g;
    const fieldMessage = new RegExp(
      `new (${ERROR_CLASS})\\([^;]*?\\{\\s*field:[^{}]*\\bmessage:`,
      'g',
    );
    for (const { path, text } of files) {
      if (path === 'src/domain/errors.ts') continue;
      for (const re of [construct, shorthand, fieldMessage]) {
        for (const m of text.matchAll(re)) {
          const line = text.slice(0, m.index).split('\n').length;
          bare.push(`${path}:${line}: ${m[0].trim()}`);
        }
      }
    }
    expect(bare, 'give these a code in src/domain/problem-catalogue/').toEqual([]);
  });

  it("raises each code with its catalogue status (the error's class)", () => {
    const wrong: string[] = [];
    const uses = new RegExp(
      `(?:new (${ERROR_CLASS})\\(|(InvalidInputError|ConflictError)\\.field\\([^,]+,)\\s*problem\\(\\s*'([\\w.]+)'`,
      'g',
    );
    for (const { path, text } of files) {
      for (const m of text.matchAll(uses)) {
        const cls = m[1] ?? m[2] ?? '';
        const code = m[3] as keyof typeof PROBLEMS;
        if (PROBLEMS[code]?.status !== ERROR_STATUS[cls]) wrong.push(`${path}: ${cls} ${code}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the scan would find a bare message', () => {
    const construct = new RegExp(
      `new (${ERROR_CLASS})\\((?!\\s*(?:problem\\(|[\\w.]*(?:problem|ref)\\b))`,
      'g',
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text the scan reads
    expect('throw new NotFoundError(`no project ${code}`);'.match(construct)).not.toBeNull();
    expect(
      "throw new NotFoundError(problem('project.notFound', { code }));".match(construct),
    ).toBeNull();
  });
});

describe('problems in words', () => {
  it('fills the placeholders in either language, stage codes as stage names in Chinese', () => {
    const ref = problem('stage.backwards', { from: 'started', to: 'approved' });
    expect(renderProblem(ref, 'en')).toBe('stages do not go backwards (started → approved)');
    expect(renderProblem(ref, 'zh')).toBe('阶段不能倒退（开工 → 立项）');
    expect(
      renderProblem(problem('plan.itemsOverTotal', { sum: 123456789, total: 100 }), 'zh'),
    ).toBe('各项合计 1,234,567.89 元，超过计划总额 1.00 元');
  });

  it('names a company case status in words, as the screens do', () => {
    const ref = problem('companyCase.badMove', { from: 'resolved', to: 'in_progress' });
    expect(renderProblem(ref, 'zh')).toBe('诉求不能从「已解决」改为「办理中」');
    expect(renderProblem(ref, 'en')).toBe('a case cannot move from resolved to in progress');
    for (const status of CASE_STATUSES) expect(CASE_STATUS_NAMES_ZH[status], status).toBeTruthy();
  });

  it('an error carries its code, parameters and English message; its field errors too', () => {
    const err = InvalidInputError.field('code', problem('area.unknown', { code: '659999' }));
    expect(err.message).toBe('no area 659999');
    expect(err.problem).toEqual({ code: 'area.unknown', params: { code: '659999' } });
    expect(err.errors).toEqual([
      {
        field: 'code',
        code: 'area.unknown',
        params: { code: '659999' },
        message: 'no area 659999',
      },
    ]);
  });

  it('picks the language of Accept-Language: zh*, en*, else English, by q', () => {
    expect(problemLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(problemLanguage('zh-Hans')).toBe('zh');
    expect(problemLanguage('en-GB')).toBe('en');
    expect(problemLanguage('fr-FR, de;q=0.5')).toBe('en');
    expect(problemLanguage(undefined)).toBe('en');
    expect(problemLanguage('en;q=0.5, zh;q=0.8')).toBe('zh');
    expect(problemLanguage('fr, zh;q=0')).toBe('en');
  });

  it("maps schema issues to validation codes with Zod's parameters", () => {
    expect(
      validationProblem({ keyword: 'too_small', params: { origin: 'string', minimum: 3 } }),
    ).toEqual(problem('validation.tooShort', { minimum: 3 }));
    expect(
      validationProblem({
        keyword: 'too_big',
        params: { origin: 'number', maximum: 10, inclusive: true },
      }),
    ).toEqual(problem('validation.tooLarge', { maximum: 10 }));
    expect(
      validationProblem({
        keyword: 'invalid_type',
        message: 'Invalid input: expected string, received undefined',
        params: { expected: 'string' },
      }),
    ).toEqual(problem('validation.required'));
    expect(validationProblem({ keyword: 'invalid_value', params: { values: ['a', 'b'] } })).toEqual(
      problem('validation.oneOf', { values: 'a, b' }),
    );
    expect(validationProblem({ keyword: 'custom', message: 'validation.areaCode' })).toEqual(
      problem('validation.areaCode'),
    );
    expect(validationProblem({ keyword: 'custom', message: 'anything else' })).toEqual(
      problem('validation.invalid'),
    );
  });
});
