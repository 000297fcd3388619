/** `kyc-verify/element`: the class alone, with no registration side effect (for custom tag names). */
export {KycVerifyElement} from './kyc-verify.js';
export {defineKycVerify} from './register.js';
