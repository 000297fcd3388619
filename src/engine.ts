/**
 * The lazily loaded part of the element: the backend session client, the provider adapters with their
 * schemas (`src/schema.ts`), and the modes. The CDN entry stays small (the element shell renders the start
 * button at once); this chunk is preloaded when the element connects and is needed once an attempt
 * starts, so a click rarely waits for it.
 */
export {AttemptBackend} from './attempt/backend.js';
export {adapterFor} from './providers/index.js';
export {RedirectVerdict} from './modes/redirect/verdict.js';
export {MODE_FACTORIES, hasSdk, modeServes, resolveMode, sdkOriginAllowed} from './modes/index.js';
export {modeStringsFor} from './mode-strings.js';
