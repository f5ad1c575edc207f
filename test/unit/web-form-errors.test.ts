import type { FormInstance } from 'antd';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api/client.js';
import { type FieldPath, pathErrors, setServerErrors } from '../../web/src/lib/formErrors.js';

function problem(errors: { field: string; message: string }[], detail = 'invalid input') {
  const coded = errors.map((e) => ({ ...e, code: 'invalidInput', params: { detail: e.message } }));
  return new ApiError(422, { status: 422, title: 'Invalid input', detail, errors: coded });
}

/** A form with these fields registered, recording what is set on them. */
function fakeForm(fields: FieldPath[]) {
  const set: { name: FieldPath; errors: string[] }[] = [];
  const form = {
    getFieldsError: () => fields.map((name) => ({ name, errors: [], warnings: [] })),
    setFields: (changes: { name: FieldPath; errors: string[] }[]) => set.push(...changes),
  } as unknown as FormInstance;
  return { form, set };
}

describe('server field errors on a form', () => {
  it('reads dotted fields as name paths, numbers as list indexes, renamed by segment', () => {
    const err = problem([
      { field: 'body.locations.0.shareBp', message: 'too small' },
      { field: 'budgetFen', message: 'negative' },
    ]);
    expect(pathErrors(err, { shareBp: 'share', budgetFen: 'budget' })).toEqual([
      { path: ['locations', 0, 'share'], message: 'too small' },
      { path: ['budget'], message: 'negative' },
    ]);
  });

  it('sets the errors of fields the form has and returns the others', () => {
    const { form, set } = fakeForm([['code'], ['locations'], ['locations', 0, 'area']]);
    const result = setServerErrors(
      form,
      problem([
        { field: 'body.locations.0.area', message: 'no area 659999' },
        { field: 'locations', message: 'shares must sum to 100%' },
        { field: 'code', message: 'taken' },
        { field: 'code', message: 'too long' },
        { field: 'implementingOrg', message: 'unknown' },
      ]),
    );
    expect(set).toEqual([
      { name: ['locations', 0, 'area'], errors: ['no area 659999'] },
      { name: ['locations'], errors: ['shares must sum to 100%'] },
      { name: ['code'], errors: ['taken', 'too long'] },
    ]);
    expect(result).toEqual({ placed: 3, rest: ['unknown'] });
  });

  it("shows a field error in the interface's language by its code, else the server's message", async () => {
    await i18next.init({
      lng: 'zh-CN',
      resources: {
        'zh-CN': { translation: { problems: { project: { exists: '项目编号 {{code}} 已存在' } } } },
      },
    });
    const err = new ApiError(409, {
      status: 409,
      detail: 'project BJ-1 already exists',
      code: 'project.exists',
      params: { code: 'BJ-1' },
      errors: [
        { field: 'code', code: 'project.exists', params: { code: 'BJ-1' }, message: 'taken' },
        { field: 'name', code: 'no.such.code', params: {}, message: 'server text' },
      ],
    });
    expect(pathErrors(err).map((e) => e.message)).toEqual(['项目编号 BJ-1 已存在', 'server text']);
    expect(err.message).toBe('项目编号 BJ-1 已存在');
    expect(err.code).toBe('project.exists');
  });

  it('returns the detail of an error that names no field', () => {
    const { form, set } = fakeForm([['note']]);
    expect(setServerErrors(form, problem([], 'not allowed'))).toEqual({
      placed: 0,
      rest: ['not allowed'],
    });
    expect(setServerErrors(form, new Error('offline'))).toEqual({ placed: 0, rest: ['offline'] });
    expect(set).toEqual([]);
  });
});
