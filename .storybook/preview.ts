import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';

// The element's public API (attributes, properties, events, parts, CSS properties, slots) comes from
// custom-elements.json, generated from the JSDoc in src/kyc-verify.ts by the analyzer, which
// `npm run storybook` and `npm run build-storybook` run first (as does `npm run build`). Read through a
// glob so Storybook still starts without it (`npx storybook dev` on a fresh clone): the docs pages then
// lack the API tables, nothing else.
const manifests = import.meta.glob<{default: object}>('../custom-elements.json', {eager: true});
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);
else console.warn('kyc-verify: no custom-elements.json; run `npm run storybook` (it runs the analyzer) for the API tables.');

const preview: Preview = {
  parameters: {controls: {expanded: true}, a11y: {test: 'error'}},
  tags: ['autodocs'],
};
export default preview;
