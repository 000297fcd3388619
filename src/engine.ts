/**
 * The lazily loaded part of the element: what reads the backend's answers (`AttemptBackend`, the
 * provider adapters with their schemas, `src/schema.ts`), the iframe and SDK modes (the others load
 * their own chunks: `loadMode`), the modes' styles, and the return handling (forwarded returns, a
 * redirect's return). The CDN entry stays small: it renders the start button and sends the first
 * session request at the click (src/attempt/backend-call.ts); this chunk is preloaded when the element
 * connects and read when the backend answers.
 */
export {AttemptBackend} from './attempt/backend.js';
export {listenForReturns, settleReturn} from './attempt/return-bridge.js';
export {modeStringsFor} from './mode-strings.js';
export {chooseMode, loadMode, preloadedMode} from './modes/index.js';
export {forgetAttempt} from './modes/redirect/storage.js';
export {modeStyles} from './modes/styles.js';
export {adapterFor} from './providers/index.js';

/** Only a page back from a redirect needs this (and the status poller it may start). */
export const loadRedirectResume = () => import('./attempt/resume-redirect.js');
export {sanitizedParams} from './attempt/params.js';
