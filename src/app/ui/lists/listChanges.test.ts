import { describe, expect, it } from 'vitest';
import { added, moved, removed } from './listChanges';

describe('featured list changes', () => {
  it('move an item one place up or down', () => {
    expect(moved(['A', 'B', 'C'], 'B', -1)).toEqual(['B', 'A', 'C']);
    expect(moved(['A', 'B', 'C'], 'B', 1)).toEqual(['A', 'C', 'B']);
  });

  it('leave the list as it is at either end or for an unknown item', () => {
    expect(moved(['A', 'B'], 'A', -1)).toEqual(['A', 'B']);
    expect(moved(['A', 'B'], 'B', 1)).toEqual(['A', 'B']);
    expect(moved(['A', 'B'], 'X', 1)).toEqual(['A', 'B']);
  });

  it('remove an item and add one at the end, never twice', () => {
    expect(removed(['A', 'B', 'C'], 'B')).toEqual(['A', 'C']);
    expect(added(['A'], 'B')).toEqual(['A', 'B']);
    expect(added(['A', 'B'], 'A')).toEqual(['A', 'B']);
  });

  it('never change the list they are given', () => {
    const list = ['A', 'B'];
    moved(list, 'A', 1);
    removed(list, 'A');
    added(list, 'C');
    expect(list).toEqual(['A', 'B']);
  });
});
