import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// The element's public API (attributes, properties, events, parts, CSS properties, slots) comes from
// custom-elements.json, generated from the JSDoc in src/kyc-verify.ts by `npm run build`.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {controls: {expanded: true}, a11y: {test: 'error'}},
  tags: ['autodocs'],
};
export default preview;
