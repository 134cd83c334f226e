// The JavaScript heap in two parts, from a heap snapshot (CDP HeapProfiler.takeHeapSnapshot, which
// collects garbage first): the engine's compiled code, and the page's objects (everything else in
// the JavaScript heap). The code part grows for days as the engine compiles ever more of what the
// kiosk runs, optimises it and compiles it again; it is bounded by the app's scripts (its policy
// allows no eval, so no check-in can add code). What the page keeps per check-in is in the objects.
import type { CDPSession, Page } from 'playwright-core';
import { read, type Reading } from './counters';

export interface HeapParts {
  /** Bytes of compiled code: machine code, bytecode, and the engine's records of each function. */
  codeBytes: number;
  /** Bytes of everything else in the JavaScript heap: objects, arrays, closures, strings, shapes. */
  objectBytes: number;
}

interface SnapshotShape {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/** The parts of a heap snapshot given as its JSON text. */
export function heapPartsOf(json: string): HeapParts {
  const { snapshot, nodes } = JSON.parse(json) as SnapshotShape;
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  if (typeAt < 0 || sizeAt < 0)
    throw new Error('The heap snapshot gives no type or size of nodes.');
  const code = typeNames.indexOf('code');
  // The browser's own objects (the DOM and the rest) are in the snapshot too, as "native" nodes,
  // but not in the JavaScript heap; the DOM is counted by its nodes instead.
  const native = typeNames.indexOf('native');
  const parts: HeapParts = { codeBytes: 0, objectBytes: 0 };
  for (let at = 0; at < nodes.length; at += fields.length) {
    const type = nodes[at + typeAt];
    const size = nodes[at + sizeAt] ?? 0;
    if (type === code) parts.codeBytes += size;
    else if (type !== native) parts.objectBytes += size;
  }
  return parts;
}

/** Takes a heap snapshot of the page and sums it up. */
export async function readHeapParts(cdp: CDPSession): Promise<HeapParts> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return heapPartsOf(chunks.join(''));
}

/** A reading (counters.ts) with the heap in its parts. */
export type SplitReading = Reading & HeapParts;

export async function readSplit(page: Page, cdp: CDPSession): Promise<SplitReading> {
  // The snapshot first: the first one leaves a little of its own in the heap, which every reading
  // then holds alike.
  const parts = await readHeapParts(cdp);
  return { ...(await read(page, cdp)), ...parts };
}
