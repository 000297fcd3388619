/**
 * SPEC §6 entries: `kyc-verify/element` registers nothing on import, `defineKycVerify` registers the
 * class under any tag, and a second copy of another version is reported once instead of throwing.
 * This file imports the `/element` entry alone (no helpers: they import `/define`).
 */
import {expect} from '@open-wc/testing';
import {KycVerifyElement, defineKycVerify} from '../src/element.js';

describe('SPEC §6 the `kyc-verify/element` entry', () => {
  it('importing it defines no custom element', () => {
    expect(customElements.get('kyc-verify')).to.equal(undefined);
  });

  it('the element carries the version of package.json, written in at build time', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as {version: string};
    expect(KycVerifyElement.version).to.equal(pkg.version);
  });

  it('defineKycVerify(tag) registers the class under that tag, and a second call is harmless', () => {
    defineKycVerify('kyc-verify-entry-test');
    defineKycVerify('kyc-verify-entry-test');
    expect(customElements.get('kyc-verify-entry-test')).to.equal(KycVerifyElement);
    expect(customElements.get('kyc-verify')).to.equal(undefined);
  });

  it('a tag already taken by another version is left alone, with one console warning naming both versions', () => {
    class OtherCopy extends HTMLElement {
      static version = '9.9.9';
    }
    customElements.define('kyc-verify-other-copy', OtherCopy);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      expect(() => defineKycVerify('kyc-verify-other-copy')).to.not.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('kyc-verify-other-copy')).to.equal(OtherCopy);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('9.9.9').and.contain(KycVerifyElement.version);
  });

  it('a tag taken by a copy of the same version is left alone silently', () => {
    class SameVersion extends HTMLElement {
      static version = KycVerifyElement.version;
    }
    customElements.define('kyc-verify-same-copy', SameVersion);
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineKycVerify('kyc-verify-same-copy');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(0);
  });
});
