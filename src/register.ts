import {KycVerifyElement} from './kyc-verify.js';

/**
 * Registers `<kyc-verify>` (or `tag`): the function alone, without the side effect of `kyc-verify/define`. Harmless when called twice or when another copy of the package (npm and
 * a CDN `<script>`) defined the tag first; a different version is reported once in the console.
 */
export function defineKycVerify(tag = 'kyc-verify', registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry) return; // server rendering: nothing to register
  const existing = registry.get(tag) as (CustomElementConstructor & {version?: string}) | undefined;
  if (existing) {
    if (existing !== KycVerifyElement && existing.version !== KycVerifyElement.version) {
      console.warn(`<${tag}> ${KycVerifyElement.version} was not registered: version ${existing.version ?? 'unknown'} already is.`);
    }
    return;
  }
  registry.define(tag, KycVerifyElement);
}
