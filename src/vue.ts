/**
 * `kyc-verify/vue`: template typings for Vue 3 (`GlobalComponents`), so `<kyc-verify>` props and
 * `@kyc-…` listeners type-check in `.vue` files (vue-tsc, Volar), and the `isCustomElement` test for
 * the template compiler. Import it once, e.g. in `main.ts` or an `env.d.ts`:
 *
 * ```ts
 * import 'kyc-verify';          // registers <kyc-verify> before app.mount()
 * import type {} from 'kyc-verify/vue';
 * // vite.config.ts
 * import {isKycVerifyTag} from 'kyc-verify/vue';
 * vue({template: {compilerOptions: {isCustomElement: isKycVerifyTag}}});
 * ```
 *
 * Vue sets a binding as a property when the element has it; use `.prop` (`:fetcher.prop`,
 * `:headers.prop`) to be explicit for objects and functions.
 */
import type {DefineComponent} from 'vue';
import type {KycVerifyElement} from './kyc-verify.js';
import type {KycProgressDetail, KycReadyDetail, KycResult, KycStartDetail} from './types.js';

/** The element's settable properties (SPEC §1), as template props. */
export type KycVerifyVueProps = Partial<
  Pick<
    KycVerifyElement,
    | 'endpoint'
    | 'provider'
    | 'mode'
    | 'returnUrl'
    | 'statusEndpoint'
    | 'locale'
    | 'autostart'
    | 'allowedOrigins'
    | 'credentials'
    | 'sdkTheme'
    | 'sessionTimeout'
    | 'body'
    | 'headers'
    | 'fetcher'
    | 'strings'
  >
> & {
  /** `@kyc-start` */
  onKycStart?: (event: CustomEvent<KycStartDetail>) => void;
  /** `@kyc-ready` */
  onKycReady?: (event: CustomEvent<KycReadyDetail>) => void;
  /** `@kyc-progress` */
  onKycProgress?: (event: CustomEvent<KycProgressDetail>) => void;
  /** `@kyc-result` */
  onKycResult?: (event: CustomEvent<KycResult>) => void;
};

/** For the template compiler: `compilerOptions.isCustomElement`. */
export const isKycVerifyTag = (tag: string): boolean => tag === 'kyc-verify';

declare module 'vue' {
  interface GlobalComponents {
    'kyc-verify': DefineComponent<KycVerifyVueProps>;
  }
}
