// Starts each request in a turn of the event loop of its own, in the order they came. Since libuv
// 1.45 (Node 20) a server accepts one new connection per turn of the loop, and a turn handles
// everything that is ready: when twenty batches of visits arrive together, the turn that judges
// them all (20 ms and more while the code is still cold) keeps every tablet that is still
// connecting waiting, and so does the next. Fifty tablets syncing at once took up to 300 ms just
// to be let in. Started one a turn, the requests cost the same, and between any two of them the
// loop goes back to its sockets, where it accepts the next connection.

/** `handle`, each call of it started in a turn of the event loop of its own. */
export function oneEachTurn<A extends unknown[], R>(
  handle: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R> {
  const waiting: (() => void)[] = [];
  let scheduled = false;

  // An immediate queued while immediates run waits for the next turn of the loop, which polls
  // the sockets first.
  const schedule = () => {
    if (scheduled || waiting.length === 0) return;
    scheduled = true;
    setImmediate(startNext);
  };
  const startNext = () => {
    scheduled = false;
    waiting.shift()?.();
    schedule();
  };

  return (...args) =>
    new Promise<R>((resolve, reject) => {
      waiting.push(() => {
        try {
          resolve(handle(...args));
        } catch (error) {
          reject(error);
        }
      });
      schedule();
    });
}
