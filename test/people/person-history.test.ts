import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import type { App } from '../../src/http/types.js';
import { createPerson, updatePerson } from '../../src/modules/people/persons.js';
import { addPosting } from '../../src/modules/people/postings.js';
import { loginAs } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';

interface Entry {
  actor: string;
  actorName: string | null;
  action: string;
  entityType: string;
  changes: Array<{ field: string; kind: string; before: unknown; after: unknown }>;
  after: Record<string, unknown> | null;
}

/**
 * A person's history in words: their entries and their postings', each changed field typed and
 * named (never a code or an id), personal data masked for a reader who may not see it.
 */
describeEachDatabase('a person’s change history', (ctx) => {
  let app: App;
  let id = 0;
  let shanghai: string;
  let auditor: string;

  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    shanghai = await loginAs(app, ctx.database, {
      role: 'donor-editor',
      orgCode: '310000',
      displayName: '上海录入员',
    });
    auditor = await loginAs(app, ctx.database, { role: 'auditor' });
    const system = { actor: systemActor('test'), db: ctx.database.db };
    const person = await createPerson(system, {
      nameZh: '任历史',
      sex: 'male',
      donor: '310000',
      phone: '13812345678',
      published: true,
    });
    id = person.id;
    await addPosting(system, id, {
      programme: 'xinjiang',
      kind: 'cadre',
      hostOrgName: '喀什地区工业和信息化局',
      area: '653100',
      role: '副局长',
      mode: 'long-term',
      crossPair: false,
      termStart: '2023-07-01',
    });
  });
  afterAll(async () => app.close());

  const history = async (cookie: string) => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/people/persons/${id}/history`,
      headers: { cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Entry[];
  };

  it('describes a change field by field, with the editor’s name, newest first', async () => {
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/people/persons/${id}`,
      headers: { cookie: shanghai, 'if-match': '"2"' },
      payload: { phone: '13900001111', sex: 'female', homeOrgName: '上海市发展和改革委员会' },
    });
    expect(patch.statusCode, patch.body).toBe(200);
    const items = await history(shanghai);
    expect(items.map((e) => `${e.entityType}.${e.action}`)).toEqual([
      'person.update',
      'posting.create',
      'person.create',
    ]);
    const [latest] = items;
    expect(latest?.actorName).toBe('上海录入员');
    const byField = new Map(latest?.changes.map((c) => [c.field, c]));
    expect(byField.get('phone')).toEqual({
      field: 'phone',
      kind: 'text',
      before: '13812345678',
      after: '13900001111',
    });
    expect(byField.get('sex')).toEqual({
      field: 'sex',
      kind: 'enum',
      before: 'male',
      after: 'female',
    });
    expect(byField.get('homeOrgName')?.kind).toBe('text');
    // Bookkeeping fields are not changes.
    expect([...byField.keys()].some((f) => ['version', 'updatedAt'].includes(f))).toBe(false);
  });

  it('masks personal data for a reader who may not see it, in the changes and the snapshots', async () => {
    const latest = (await history(auditor))[0];
    const phone = latest?.changes.find((c) => c.field === 'phone');
    expect(phone?.before).toBe('138****5678');
    expect(phone?.after).toBe('139****1111');
    expect(latest?.after?.phone).toBe('139****1111');
  });

  it('names the codes a posting refers to and never shows an id', async () => {
    const system = { actor: systemActor('test'), db: ctx.database.db };
    const before = await history(shanghai);
    await updatePerson(system, id, { homeOrg: '310000' });
    const latest = (await history(shanghai))[0];
    expect(before.length + 1).toBe((await history(shanghai)).length);
    const home = latest?.changes.find((c) => c.field === 'homeOrgCode');
    expect(home).toEqual({
      field: 'homeOrgCode',
      kind: 'name',
      before: null,
      after: { zh: '上海市', en: 'Shanghai' },
    });
    expect(latest?.actorName).toBeNull();
  });
});
