// One simulated clock for the page and the server alike, so the tablet finds its clock right (a
// tablet whose clock is plainly off is dated by the server's instead, which would fold every
// simulated day into one). The page's fake clock runs on from where it is set, as does this.
import type { BrowserContext } from 'playwright-core';

export class SharedClock {
  private at = 0;
  private setAtRealTime = 0;

  constructor(private readonly context: BrowserContext) {}

  /** The simulated time now, for the server. */
  readonly now = (): Date => new Date(this.at + (Date.now() - this.setAtRealTime));

  /** Installs the page's fake clock at `at`, before any page opens. */
  async install(at: number): Promise<void> {
    await this.context.clock.install({ time: at });
    this.mark(at);
  }

  /** Moves both clocks to `at` without running the page's timers in between. */
  async setTo(at: number): Promise<void> {
    await this.context.clock.setSystemTime(at);
    this.mark(at);
  }

  /** Moves both clocks on by `ms`, running every page timer that falls due on the way. */
  async runFor(ms: number): Promise<void> {
    const at = this.now().getTime() + ms;
    await this.context.clock.runFor(ms);
    this.mark(at);
  }

  private mark(at: number): void {
    this.at = at;
    this.setAtRealTime = Date.now();
  }
}
