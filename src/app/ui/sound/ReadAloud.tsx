// The kiosk frame's read-aloud store, handed to its speaker and its screens: a screen says what
// the speaker reads (useScreenScript), a tile asks whether it is the one being read
// (useReadingMark) and then carries data-reading="true" and the calm outline of reading.css.
// Outside a frame (a screen on its own) there is nothing to publish to and nothing is marked.
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { ReadAloud, Reading, Script } from './readAloudStore';
import './reading.css';

const ReadAloudContext = createContext<ReadAloud | null>(null);

export function ReadAloudProvider({
  store,
  children,
}: {
  /** null until the store has come (KioskFrame.tsx): nothing is read or marked before then. */
  store: ReadAloud | null;
  children: ComponentChildren;
}) {
  return <ReadAloudContext.Provider value={store}>{children}</ReadAloudContext.Provider>;
}

/** The frame's store, or null outside a kiosk frame. */
export function useReadAloud(): ReadAloud | null {
  return useContext(ReadAloudContext);
}

/** Shows `script` as what the speaker reads while this screen is on show. */
export function useScreenScript(script: Script): void {
  const store = useReadAloud();
  // The lines are plain data: equal content is the same script, whatever the render made anew.
  const key = JSON.stringify(script);
  useEffect(() => {
    if (!store) return;
    store.publish(script);
    return () => store.withdraw(script);
    // `key` stands for `script`'s content.
  }, [store, key]);
}

/** What is being read now: null while nothing is. */
export function useReading(): Reading {
  const store = useReadAloud();
  const [reading, setReading] = useState<Reading>(() => store?.reading() ?? null);
  useEffect(() => {
    if (!store) return;
    const update = () => setReading(store.reading());
    update();
    return store.subscribe(update);
  }, [store]);
  return reading;
}

/** The mark of the tile being read now, or null. */
export function useReadingMark(): string | null {
  return useReading()?.mark ?? null;
}

/** The attribute value a tile keyed `key` carries while it is the one being read. */
export function readingAttribute(mark: string | null, key: string): 'true' | undefined {
  return mark === key ? 'true' : undefined;
}
