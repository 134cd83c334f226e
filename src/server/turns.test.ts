// Requests started one a turn of the event loop: in the order they came, each with its own result.
import { describe, expect, it } from 'vitest';
import { oneEachTurn } from './turns';

describe('oneEachTurn', () => {
  it('starts the calls made together in turns of their own, in order, with the loop between', async () => {
    const events: string[] = [];
    const handle = oneEachTurn((name: string) => {
      events.push(name);
      return name.toUpperCase();
    });
    const answers = Promise.all([handle('a'), handle('b'), handle('c')]);
    // A turn of the loop, marked each time it comes round.
    let turns = 0;
    const mark = () => {
      events.push(`turn ${++turns}`);
      if (turns < 3) setImmediate(mark);
    };
    setImmediate(mark);
    expect(await answers).toEqual(['A', 'B', 'C']);
    expect(events).toEqual(['a', 'turn 1', 'b', 'turn 2', 'c']);
  });

  it('passes on a failure, thrown or rejected, to its own call alone', async () => {
    const handle = oneEachTurn((what: string) => {
      if (what === 'throw') throw new Error('thrown');
      if (what === 'reject') return Promise.reject(new Error('rejected'));
      return Promise.resolve(what);
    });
    const results = await Promise.allSettled([handle('throw'), handle('reject'), handle('fine')]);
    expect(results).toEqual([
      { status: 'rejected', reason: new Error('thrown') },
      { status: 'rejected', reason: new Error('rejected') },
      { status: 'fulfilled', value: 'fine' },
    ]);
  });
});
