// The demo's return page runs the standalone `kyc-verify/return` script (src/return.ts): it forwards
// the provider's params to the element that started the attempt and says "You can close this window".
import '../src/return.js';
