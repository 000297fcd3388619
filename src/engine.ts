/**
 * The lazily loaded part of the element: what reads the backend's answers (`AttemptBackend`, the
 * provider adapters with their schemas, `src/schema.ts`), the modes and their styles, and the return
 * handling (forwarded returns, a redirect's return). The CDN entry stays small: it renders the start
 * button and sends the first session request at the click (src/attempt/backend-call.ts); this chunk is
 * preloaded when the element connects and read when the backend answers.
 */
export {AttemptBackend} from './attempt/backend.js';
export {adapterFor} from './providers/index.js';
export {chooseMode} from './modes/index.js';
export {modeStringsFor} from './mode-strings.js';
export {listenForReturns, settleReturn} from './attempt/return-bridge.js';
export {forgetAttempt} from './modes/redirect/storage.js';
export {modeStyles} from './modes/styles.js';
export {resumeRedirect} from './attempt/resume-redirect.js';
