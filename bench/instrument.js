// Injected before any script of the memory page (Page.addScriptToEvaluateOnNewDocument): counts what
// is still live — timers not yet fired or cleared, BroadcastChannels not closed — with where each was
// created. It holds only numbers and stack strings, and only for live ones: nothing it keeps can hold
// an element, a node or a listener alive. Window listeners are read with DOMDebugger.getEventListeners,
// which sees every way of removing one (removeEventListener, `once`, an AbortSignal).
(() => {
  const timers = new Map(); // id → creator stack, while pending
  const channels = new Map(); // creator stack → open count
  const closed = new WeakSet();
  const where = () => (new Error().stack ?? '').split('\n').slice(3, 7).map((line) => line.trim()).join(' ← ');
  const {setTimeout: setT, clearTimeout: clearT, setInterval: setI, clearInterval: clearI} = window;
  window.setTimeout = function (callback, ms, ...args) {
    const stack = where();
    const id = setT.call(
      window,
      typeof callback === 'function'
        ? function (...a) {
            timers.delete(id);
            return callback.apply(this, a);
          }
        : callback,
      ms,
      ...args,
    );
    timers.set(id, `setTimeout(${Math.round(ms ?? 0)} ms) ${stack}`);
    return id;
  };
  window.setInterval = function (callback, ms, ...args) {
    const id = setI.call(window, callback, ms, ...args);
    timers.set(id, `setInterval(${Math.round(ms ?? 0)} ms) ${where()}`);
    return id;
  };
  window.clearTimeout = function (id) {
    timers.delete(id);
    return clearT.call(window, id);
  };
  window.clearInterval = function (id) {
    timers.delete(id);
    return clearI.call(window, id);
  };
  const Channel = window.BroadcastChannel;
  if (Channel) {
    const stacks = new WeakMap();
    window.BroadcastChannel = class extends Channel {
      constructor(name) {
        super(name);
        const stack = `BroadcastChannel(${name}) ${where()}`;
        stacks.set(this, stack);
        channels.set(stack, (channels.get(stack) ?? 0) + 1);
      }
      close() {
        if (!closed.has(this)) {
          closed.add(this);
          const stack = stacks.get(this);
          const left = (channels.get(stack) ?? 1) - 1;
          if (left) channels.set(stack, left);
          else channels.delete(stack);
        }
        return super.close();
      }
    };
  }
  /** What is live now: counts, and the creators of the live ones (grouped). */
  Object.defineProperty(window, '__benchLive', {
    value: () => {
      const group = (entries) => {
        const out = {};
        for (const [stack, n] of entries) out[stack] = (out[stack] ?? 0) + n;
        return out;
      };
      return {
        timers: timers.size,
        timerCreators: group([...timers.values()].map((stack) => [stack, 1])),
        channels: [...channels.values()].reduce((a, b) => a + b, 0),
        channelCreators: group(channels),
      };
    },
  });
})();
