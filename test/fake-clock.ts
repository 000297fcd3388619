/** A fake clock for the element's timers (src/clock.ts): time moves only when a test says so. */
import {clock, type Clock} from '../src/clock.js';

interface Timer {
  at: number;
  order: number;
  callback: () => void;
}

/**
 * One real macrotask: a `MessageChannel` message, which browsers do not clamp the way they clamp
 * nested `setTimeout(…, 0)` to 4 ms (a fake clock running a thousand countdown timers would wait
 * seconds for nothing).
 */
function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Lets promises and real I/O callbacks that are already due run (one real macrotask, a few times). */
export async function flush(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) await macrotask();
}

export class FakeClock implements Clock {
  private time: number;
  private readonly timers = new Map<number, Timer>();
  private nextId = 1;
  private order = 0;
  private saved?: Clock;
  /** Every delay asked for, in order. */
  readonly delays: number[] = [];

  constructor(start = Date.now()) {
    this.time = start;
  }

  now = (): number => this.time;

  setTimeout = (callback: () => void, ms: number): number => {
    const id = this.nextId++;
    this.timers.set(id, {at: this.time + Math.max(0, ms), order: this.order++, callback});
    this.delays.push(ms);
    return id;
  };

  clearTimeout = (id: number | undefined): void => {
    if (id !== undefined) this.timers.delete(id);
  };

  /** Timers waiting to run. */
  get pending(): number {
    return this.timers.size;
  }

  /** Milliseconds until the next timer, or undefined when none waits. */
  get nextIn(): number | undefined {
    const next = this.next();
    return next ? next[1].at - this.time : undefined;
  }

  install(): this {
    this.saved = {...clock};
    Object.assign(clock, {now: this.now, setTimeout: this.setTimeout, clearTimeout: this.clearTimeout});
    return this;
  }

  uninstall(): void {
    if (this.saved) Object.assign(clock, this.saved);
    this.saved = undefined;
    this.timers.clear();
  }

  /** Moves time forward by `ms`, running each timer that falls due, in order, and what it awaits. */
  async tick(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const next = this.next();
      if (!next || next[1].at > end) break;
      const [id, timer] = next;
      this.timers.delete(id);
      this.time = Math.max(this.time, timer.at);
      timer.callback();
      await flush(1);
    }
    this.time = end;
    await flush();
  }

  /** Runs the next timer (moving time to it); false when none waits. */
  async runNext(): Promise<boolean> {
    const next = this.next();
    if (!next) return false;
    await this.tick(next[1].at - this.time);
    return true;
  }

  private next(): [number, Timer] | undefined {
    let best: [number, Timer] | undefined;
    for (const entry of this.timers) {
      if (!best || entry[1].at < best[1].at || (entry[1].at === best[1].at && entry[1].order < best[1].order)) best = entry;
    }
    return best;
  }
}

/**
 * Makes `document.visibilityState` read `visible` until undone: status polling pauses on hidden pages,
 * and a test page can be hidden behind a tab another test opened.
 */
export function forceVisible(): () => void {
  Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'visible'});
  return () => delete (document as unknown as Record<string, unknown>).visibilityState;
}

/**
 * Runs every test of the enclosing `describe` on a fresh fake clock with a visible page, and hands the
 * clock to `use` before each test (for describes that move time).
 */
export function useFakeClock(use: (clock: FakeClock) => void = () => undefined): void {
  let visible: () => void = () => undefined;
  let clock: FakeClock | undefined;
  beforeEach(() => {
    clock = new FakeClock().install();
    visible = forceVisible();
    use(clock);
  });
  afterEach(() => {
    visible();
    clock?.uninstall();
  });
}
