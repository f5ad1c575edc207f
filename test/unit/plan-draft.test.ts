import { describe, expect, it } from 'vitest';
import {
  draftItems,
  draftOf,
  isDirty,
  parseDraft,
  planChanges,
} from '../../web/src/lib/planDraft.js';

const plan = {
  totalFen: 500_000_000,
  items: [
    { project: 'A', name: '甲', plannedFen: 100_000_000 },
    { project: 'B', name: '乙', plannedFen: 123_456 },
  ],
};

describe('the plan draft of the web app', () => {
  it('starts clean from the saved plan and round-trips its amounts', () => {
    const draft = draftOf(plan);
    // 1,000,000 yuan is 100 万元; 1,234.56 yuan is 0.123456 万元 — exact to the fen
    expect(draft.totalText).toBe('500');
    expect(draft.items.map((i) => i.text)).toEqual(['100', '0.123456']);
    expect(isDirty(plan, draft)).toBe(false);
    expect(draftItems(draft)).toEqual([
      { project: 'A', plannedFen: 100_000_000 },
      { project: 'B', plannedFen: 123_456 },
    ]);
  });

  it('is dirty after a changed amount, total, added or removed project, or an invalid amount', () => {
    const draft = draftOf(plan);
    const withText = (text: string) => ({
      ...draft,
      items: draft.items.map((i) => (i.project === 'A' ? { ...i, text } : i)),
    });
    expect(isDirty(plan, withText('100.00'))).toBe(false);
    expect(isDirty(plan, withText('100.000001'))).toBe(true);
    expect(isDirty(plan, withText('1000000'))).toBe(true);
    expect(isDirty(plan, withText('abc'))).toBe(true);
    expect(isDirty(plan, { ...draft, totalText: '500.01' })).toBe(true);
    expect(isDirty(plan, { ...draft, items: draft.items.slice(1) })).toBe(true);
    expect(
      isDirty(plan, {
        ...draft,
        items: [{ project: 'C', name: '丙', text: '0.123456' }, draft.items[0] as never],
      }),
    ).toBe(true);
    expect(draftItems(withText('abc'))).toBeNull();
  });

  it('sums the items exactly and flags a sum over the total', () => {
    const parsed = parseDraft({
      totalText: '0.3',
      items: [
        { project: 'A', name: '', text: '0.1' },
        { project: 'B', name: '', text: '0.2' },
      ],
    });
    // 0.1 + 0.2 万元 is exactly 300,000 fen (3,000 yuan), not 0.30000000000000004
    expect(parsed.itemsFen).toBe(300_000);
    expect(parsed.totalFen).toBe(300_000);
    expect(parsed.overTotal).toBe(false);
    expect(parsed.valid).toBe(true);
    const over = parseDraft({
      totalText: '0.299999',
      items: [{ project: 'A', name: '', text: '0.3' }],
    });
    expect(over.overTotal).toBe(true);
    expect(parseDraft({ totalText: '', items: [] }).valid).toBe(false);
  });

  it('names what another version changed', () => {
    const after = {
      totalFen: 600_000_000,
      items: [
        { project: 'B', name: '乙', plannedFen: 1 },
        { project: 'C', name: '丙', plannedFen: 2 },
      ],
    };
    expect(planChanges(plan, after)).toEqual({
      totalBefore: 500_000_000,
      totalAfter: 600_000_000,
      added: ['C'],
      removed: ['A'],
      changed: ['B'],
    });
  });
});
