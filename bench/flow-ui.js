// The stand-in flow app's second request (bench/flow.js imports it): it marks the page as rendered.
export function showFlow() {
  document.body.dataset.flow = 'ready';
}
