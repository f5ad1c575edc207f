import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedJson } from '../../scripts/ug-problems.js';
import { PROBLEMS } from '../../src/domain/problem-catalogue.js';
import { PROBLEMS_UG } from '../../src/domain/problem-catalogue-ug.js';
import { problem, renderProblem, templateParams } from '../../src/domain/problems.js';
import { problemLanguage } from '../../src/http/problems.js';

/** The API's problems in Uyghur (decision 0060). */
describe('problems in Uyghur', () => {
  it('Accept-Language ug (ug-CN, ug-Arab) picks Uyghur, by weight like zh and en', () => {
    expect(problemLanguage('ug')).toBe('ug');
    expect(problemLanguage('ug-CN,zh;q=0.8')).toBe('ug');
    expect(problemLanguage('ug-Arab-CN')).toBe('ug');
    expect(problemLanguage('zh, ug;q=0.5')).toBe('zh');
  });

  it('the generated catalogue is up to date with web/src/i18n/ug/problems.ts', () => {
    const file = readFileSync(
      new URL('../../src/domain/problem-catalogue-ug.json', import.meta.url),
      'utf8',
    );
    expect(JSON.parse(file)).toEqual(JSON.parse(generatedJson()));
  });

  it('every Uyghur sentence names a known code and only placeholders the Chinese one fills', () => {
    for (const [code, text] of Object.entries(PROBLEMS_UG)) {
      const entry = PROBLEMS[code as keyof typeof PROBLEMS];
      expect(entry, code).toBeDefined();
      // every placeholder is one the Chinese sentence fills (the web's sentences, shared with
      // the Uyghur screens, may leave one out: people.batchNotFound names no id on screen)
      const zh = templateParams(entry.zh);
      expect(
        templateParams(text ?? '').filter((p) => !zh.includes(p)),
        code,
      ).toEqual([]);
    }
  });

  it('renders a Uyghur sentence, stage names in Uyghur; falls back to Chinese where none', () => {
    const uyghur = Object.keys(PROBLEMS_UG).length > 0;
    const text = renderProblem(problem('stage.already', { to: 'started' }), 'ug');
    if (uyghur) {
      expect(text).toMatch(/[\u0600-\u06ff]/);
      expect(text).toContain('قۇرۇلۇش باشلاندى');
      expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    } else {
      expect(text).toBe(renderProblem(problem('stage.already', { to: 'started' }), 'zh'));
    }
  });
});
