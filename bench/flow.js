import {showFlow} from './flow-ui.js';

// The benchmark's stand-in for a provider's flow app (bench/flow.html loads it): an entry that imports
// a chunk, as a hosted flow's does. In a popup, the benchmark cannot see this window's `load` from the opener: report it (epoch ms),
// with how long this page's own HTML took from request to its last byte (the emulated latency must show).
addEventListener('load', () => {
  const params = new URLSearchParams(location.search);
  if (params.get('mode') !== 'popup') return;
  const at = performance.timeOrigin + performance.now();
  const [nav] = performance.getEntriesByType('navigation');
  const latency = nav ? nav.responseEnd - nav.requestStart : null;
  navigator.sendBeacon('/__bench/flow', JSON.stringify({run: params.get('run'), at, latency}));
});

showFlow();
