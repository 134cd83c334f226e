// The log's lines written together once a turn of the event loop, in the order they came.
import { describe, expect, it } from 'vitest';
import { linesByTurn } from './requestLog';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('linesByTurn', () => {
  it('writes the lines of one turn in one write, in order, and the next turn’s in another', async () => {
    const writes: string[] = [];
    const { log } = linesByTurn((text) => writes.push(text));
    log('POST /api/v1/visits 200 3ms');
    log('GET /api/v1/health 200 0ms');
    expect(writes).toEqual([]);
    await nextTurn();
    log('POST /api/v1/visits 400 1ms');
    await nextTurn();
    expect(writes).toEqual([
      'POST /api/v1/visits 200 3ms\nGET /api/v1/health 200 0ms\n',
      'POST /api/v1/visits 400 1ms\n',
    ]);
  });

  it('writes what is waiting at once when flushed, and nothing twice', async () => {
    const writes: string[] = [];
    const { log, flush } = linesByTurn((text) => writes.push(text));
    log('a');
    flush();
    expect(writes).toEqual(['a\n']);
    await nextTurn();
    flush();
    expect(writes).toEqual(['a\n']);
  });
});
