import { describe, expect, it } from 'vitest';
import { orgTreeOf } from '../../src/modules/reference/trees.js';

const org = (code: string, parentCode: string | null) => ({ code, parentCode });

describe('reference trees: subtree', () => {
  const tree = orgTreeOf([
    org('110000', null),
    org('110000-HQ', '110000'),
    org('110000-A', '110000-HQ'),
    org('310000', null),
  ]);

  it('lists the organisation and everything below it, self first', () => {
    const sub = tree.subtree('110000');
    expect(sub[0]).toBe('110000');
    expect([...sub].sort()).toEqual(['110000', '110000-A', '110000-HQ']);
    expect(tree.subtree('110000-HQ').sort()).toEqual(['110000-A', '110000-HQ']);
    expect(tree.subtree('310000')).toEqual(['310000']);
  });

  it('is empty for an unknown code', () => {
    expect(tree.subtree('999999')).toEqual([]);
  });

  it('ends on a corrupt cycle instead of hanging', () => {
    const cyclic = orgTreeOf([org('A', 'B'), org('B', 'A')]);
    expect(cyclic.subtree('A').sort()).toEqual(['A', 'B']);
  });
});
