/** `kyc-verify`: the element (registered as `<kyc-verify>` on import), its types and helpers. */
import './define.js';

export {KycVerifyElement} from './kyc-verify.js';
export {defineKycVerify} from './register.js';
export type {
  BackendPurpose,
  BackendRequest,
  ClientFacts,
  KycFetcher,
  KycProgressDetail,
  KycReadyDetail,
  KycResult,
  KycSource,
  KycStartDetail,
  KycState,
  KycStatus,
  KycStep,
  ModeName,
  ModeSetting,
  ProviderName,
} from './types.js';
export type {ElementStrings, KycStrings} from './strings.js';
export type {ModeStrings} from './mode-strings.js';
