import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api/client.js';
import { type FieldPath, pathErrors, setServerErrors } from '../../web/src/lib/formErrors.js';

function problem(errors: { field: string; message: string }[], detail = 'invalid input') {
  return new ApiError(422, { status: 422, title: 'Invalid input', detail, errors });
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
