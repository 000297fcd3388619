/** `kyc-verify/define`: registers `<kyc-verify>` on import (and exports the function that does it). */
import {defineKycVerify} from './register.js';

defineKycVerify();

export {defineKycVerify};
