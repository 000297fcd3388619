/**
 * SPEC §2 detection and §5 URL rules on backend answers, without the element: `detectSession` (which
 * provider, which reference) and `openSession` (what the element refuses as `invalid-response` or
 * `unsafe-url`). The browser tests keep one round trip per failure path.
 */
import {expect} from '@open-wc/testing';
import {PROVIDERS, jumio, smile} from '../fixtures/providers/index.js';
import {openSession} from '../../src/attempt/backend.js';
import {ADAPTERS, adapterFor, detectSession} from '../../src/providers/index.js';
import {KycError} from '../../src/result.js';
import type {ProviderName} from '../../src/types.js';

/** The KycError `fn` throws (fails the test when it returns). */
function thrown(fn: () => unknown): KycError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(KycError);
    return error as KycError;
  }
  throw new Error('expected a KycError');
}

describe('SPEC §2 response shapes: each provider’s own answer (fixtures)', () => {
  for (const [name, fixtures] of Object.entries(PROVIDERS)) {
    for (const row of fixtures.sessions) {
      it(`${name}: ${row.name}`, () => {
        const session = detectSession(row.raw, 'auto');
        expect(session, 'detected').to.not.equal(null);
        for (const [key, value] of Object.entries(row.expected)) expect(session![key as keyof typeof session], key).to.deep.equal(value);
      });
    }
  }

  it('Trusset’s personal data is dropped at parsing', () => {
    const session = detectSession(PROVIDERS.trusset.sessions[0].raw, 'auto');
    expect(JSON.stringify(session)).to.not.include(PROVIDERS.trusset.PERSONAL.email);
    expect(JSON.stringify(session).toLowerCase()).to.not.include(PROVIDERS.trusset.PERSONAL.walletAddress.toLowerCase());
    expect(Object.keys(session!).sort()).to.deep.equal(['expiresAt', 'provider', 'reference', 'url']);
  });
});

describe('SPEC §2 detection order', () => {
  const hosts: Array<[string, ProviderName]> = [
    ['https://in.sumsub.com/websdk/p/x', 'sumsub'],
    ['https://sumsub.com/x', 'sumsub'],
    ['https://acme.web.amer-1.jumio.ai/web/client', 'jumio'],
    ['https://x.netverify.com/web', 'jumio'],
    ['https://links.usesmileid.com/1234/abcd', 'smile'],
    ['https://embed.smileidentity.com/x', 'smile'],
    ['https://verify.trusset.org/link_1', 'trusset'],
    ['https://kyc.example.com/flow', 'generic'],
    ['https://jumio.ai.evil.example/web/client', 'generic'],
    ['https://evilsumsub.com/x', 'generic'],
  ];
  for (const [url, provider] of hosts) {
    it(`the URL host detects ${provider} (${new URL(url).hostname})`, () => {
      expect(detectSession({url}, 'auto')?.provider).to.equal(provider);
    });
  }

  it('a pinned provider whose schema does not match is null (invalid-response)', () => {
    expect(detectSession({link: 'https://links.usesmileid.com/abc', ref_id: 'ref-1'}, 'jumio')).to.equal(null);
  });

  it('a pinned provider conflicting with the normalized provider is null', () => {
    expect(detectSession({provider: 'jumio', url: 'https://a.web.amer-1.jumio.ai/web/client'}, 'smile')).to.equal(null);
  });

  it('a pinned provider accepts its own native shape', () => {
    expect(detectSession(smile.session({href: 'https://links.usesmileid.com/abc', refId: 'ref-1'}), 'smile')).to.deep.include({provider: 'smile', reference: 'ref-1'});
    expect(detectSession(jumio.session({href: 'https://a.jumio.ai/x', workflowExecutionId: 'w'}), 'jumio')).to.deep.include({provider: 'jumio', reference: 'w'});
  });

  it('a pinned provider accepts the normalized shape (no provider, or its own name)', () => {
    expect(detectSession({url: 'https://kyc.example.com/flow'}, 'sumsub')?.provider).to.equal('sumsub');
    expect(detectSession({provider: 'smile', url: 'https://kyc.example.com/flow'}, 'smile')?.provider).to.equal('smile');
    expect(detectSession({provider: 'other', url: 'https://kyc.example.com/flow'}, 'smile')?.provider).to.equal('smile');
  });

  it('a pinned sumsub reads a token answer, and not its userId', () => {
    expect(detectSession({token: '_act-x', userId: 'host-user'}, 'sumsub')).to.deep.equal({provider: 'sumsub', token: '_act-x'});
  });

  it('the normalized lowercase provider wins over the URL host', () => {
    expect(detectSession({provider: 'smile', url: 'https://in.sumsub.com/websdk/p/x'}, 'auto')?.provider).to.equal('smile');
  });

  it('a token starting `_act-` is sumsub; another token is generic', () => {
    expect(detectSession({token: '_act-sbx-jwt-abc'}, 'auto')?.provider).to.equal('sumsub');
    expect(detectSession({token: 'tok-123'}, 'auto')?.provider).to.equal('generic');
  });

  it('a shape that matches nothing is null', () => {
    for (const raw of [null, [], 'https://kyc.example.com/flow', 42, {}, {link: 'https://links.usesmileid.com/x', something: 'else'}, {url: ''}, {url: '   '}, {url: 'https://x', provider: 7}, {url: 'https://x', mode: 'tv'}]) {
      expect(detectSession(raw, 'auto'), JSON.stringify(raw)).to.equal(null);
    }
  });

  it('every adapter is registered under its own name; unknown names fall back to generic', () => {
    for (const [name, adapter] of Object.entries(ADAPTERS)) expect(adapter.name).to.equal(name);
    expect(adapterFor('nope' as ProviderName).name).to.equal('generic');
  });

  it('no adapter documents a credential as a param or message field', () => {
    const credentials = /token|secret|authcode|api_?key|password/i;
    for (const adapter of Object.values(ADAPTERS)) {
      for (const path of [...adapter.knownParams.returns, ...adapter.knownParams.messages]) expect(path, `${adapter.name}: ${path}`).to.not.match(credentials);
    }
  });
});

describe('SPEC §3 iframe permissions: each adapter’s `allow` list', () => {
  for (const [name, fixtures] of Object.entries(PROVIDERS)) {
    it(`${name}: allow="${fixtures.frame.allow}"`, () => {
      expect(adapterFor(name as ProviderName).frame).to.deep.equal({allow: fixtures.frame.allow});
    });
  }
});

describe('SPEC §5 openSession: what the element refuses', () => {
  const unsafe: Array<[string, unknown, string[]?]> = [
    ['javascript:', {url: 'javascript:alert(document.domain)'}],
    ['data:', {url: 'data:text/html,<script>alert(1)</script>'}],
    ['blob:', {url: `blob:${location.origin}/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed`}],
    ['a relative URL', {url: '/kyc/flow'}],
    ['a protocol-relative URL', {url: '//kyc.example.com/flow'}],
    ['http: on a non-loopback host', {url: 'http://kyc.example.com/flow'}],
    ['ftp:', {url: 'ftp://kyc.example.com/flow'}],
    ['a Jumio web.href with javascript:', {web: {href: 'javascript:alert(1)'}, account: {id: 'a'}}],
    ['a URL not matching allowed-origins', {url: 'https://evil.example/flow'}, ['https://*.jumio.ai', 'https://links.usesmileid.com']],
    ['a bare domain against a `*.` pattern', {url: 'https://jumio.ai/web/client'}, ['https://*.jumio.ai']],
    ['another port than allowed', {url: 'https://links.usesmileid.com:8443/x'}, ['https://links.usesmileid.com']],
    ['a URL with credentials in it', {url: 'https://user:pass@kyc.example.com/flow'}],
    ['a handoffUrl with javascript:', {url: 'https://kyc.example.com/flow', handoffUrl: 'javascript:alert(1)'}],
    ['a handoffUrl on a foreign origin not allowed', {url: 'https://a.jumio.ai/flow', handoffUrl: 'https://evil.example/h'}, ['https://*.jumio.ai']],
    ['a statusUrl outside the page’s and the endpoint’s origins', {url: 'https://kyc.example.com/flow', statusUrl: 'https://elsewhere.example/status'}],
    ['a statusUrl that is javascript:', {url: 'https://kyc.example.com/flow', statusUrl: 'javascript:alert(1)'}],
  ];
  for (const [what, raw, allowed] of unsafe) {
    it(`${what} → unsafe-url, not retryable`, () => {
      const error = thrown(() => openSession(raw, 'auto', allowed ?? []));
      expect(error.code).to.equal('unsafe-url');
      expect(error.retryable).to.equal(false);
      expect(error.message).to.be.a('string').and.not.equal('');
    });
  }

  it('a shape that matches nothing → invalid-response, not retryable', () => {
    const error = thrown(() => openSession({something: 'else'}, 'auto', []));
    expect(error).to.include({code: 'invalid-response', retryable: false});
  });

  it('http: on loopback is allowed; the URL is normalized', () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]']) {
      expect(openSession({url: `http://${host}:8080/flow`}, 'auto', []).url).to.equal(`http://${host}:8080/flow`);
    }
    expect(openSession({url: '  https://KYC.example.com/flow  '}, 'auto', []).url).to.equal('https://kyc.example.com/flow');
  });

  it('a URL matching allowed-origins is accepted', () => {
    expect(openSession({url: 'https://a.web.amer-1.jumio.ai/x'}, 'auto', ['https://*.jumio.ai', 'https://other.example']).provider).to.equal('jumio');
  });

  it('a handoffUrl on this page’s origin is accepted whatever allowed-origins says', () => {
    const session = openSession({url: 'https://a.jumio.ai/flow', handoffUrl: `${location.origin}/h/1`}, 'auto', ['https://*.jumio.ai']);
    expect(session.handoffUrl).to.equal(`${location.origin}/h/1`);
  });

  it('a statusUrl is resolved against the document and must be on a backend origin', () => {
    expect(openSession({url: 'https://kyc.example.com/flow', statusUrl: '/api/kyc/status'}, 'auto', []).statusUrl).to.equal(`${location.origin}/api/kyc/status`);
    expect(openSession({url: 'https://kyc.example.com/flow', statusUrl: 'https://api.shop.example/status'}, 'auto', [], [location.origin, 'https://api.shop.example']).statusUrl).to.equal(
      'https://api.shop.example/status',
    );
  });

  it('a token-only session passes without URL checks', () => {
    expect(openSession({token: '_act-x'}, 'auto', ['https://*.jumio.ai'])).to.deep.equal({provider: 'sumsub', token: '_act-x', url: undefined, expiresAt: undefined, reference: undefined, mode: undefined, statusUrl: undefined, handoffUrl: undefined});
  });
});
