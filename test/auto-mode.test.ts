import {expect, waitUntil} from '@open-wc/testing';
import {cameraAvailable} from '../src/client.js';
import {resolveMode, type AutoFacts} from '../src/modes/index.js';
import {adapterFor} from '../src/providers/index.js';
import type {Session} from '../src/providers/index.js';
import {hasStoredAttempt} from '../src/modes/redirect/storage.js';
import type {BackendRequest, ModeSetting} from '../src/types.js';
import {cleanupDetached, fetcherFrom, html, mount, mountDetached, settle} from './helpers.js';

const READY = {timeout: 5000};

/** Stubs `navigator.mediaDevices.enumerateDevices` (own property over the prototype's method). */
function stubDevices(devices: Array<Partial<MediaDeviceInfo>>) {
  Object.defineProperty(navigator.mediaDevices, 'enumerateDevices', {configurable: true, value: async () => devices});
  return () => delete (navigator.mediaDevices as unknown as Record<string, unknown>).enumerateDevices;
}

/** Stubs the page's Permissions-Policy (where the browser exposes it). */
function stubPolicy(allowsCamera: boolean) {
  const policy = {allowsFeature: (feature: string) => (feature === 'camera' ? allowsCamera : true)};
  Object.defineProperty(document, 'permissionsPolicy', {configurable: true, value: policy});
  Object.defineProperty(document, 'featurePolicy', {configurable: true, value: policy});
  return () => {
    delete (document as unknown as Record<string, unknown>).permissionsPolicy;
    delete (document as unknown as Record<string, unknown>).featurePolicy;
  };
}

const CAMERA = [{kind: 'videoinput' as MediaDeviceKind, deviceId: '', label: '', groupId: ''}];
const MIC_ONLY = [{kind: 'audioinput' as MediaDeviceKind, deviceId: '', label: '', groupId: ''}];
const JUMIO_URL = 'https://a.web.amer-1.jumio.ai/web/v4/app?locale=en';
const facts = (camera: boolean, autostart = false): AutoFacts => ({camera, autostart, hasSdk: (adapter) => !!adapter.sdk});

describe('resolveMode (SPEC §3 auto)', () => {
  const jumio = adapterFor('jumio');
  const sumsub = adapterFor('sumsub');
  const trusset = adapterFor('trusset');
  const generic = adapterFor('generic');
  const link = (extra: Partial<Session> = {}): Session => ({provider: 'jumio', url: JUMIO_URL, ...extra});

  it('an explicit mode is used as is', () => {
    for (const mode of ['iframe', 'sdk', 'qr', 'popup', 'redirect'] as const) expect(resolveMode(mode, link({mode: 'qr'}), jumio, facts(true))).to.equal(mode);
  });

  it('1. the backend’s `mode` wins under auto', () => {
    expect(resolveMode('auto', link({mode: 'popup'}), jumio, facts(true), '/s')).to.equal('popup');
    expect(resolveMode('auto', link({mode: 'redirect'}), jumio, facts(false), '/s')).to.equal('redirect');
  });

  it('2. a token of a provider with an SDK → sdk (even without a camera)', () => {
    expect(resolveMode('auto', {provider: 'sumsub', token: '_act-1'}, sumsub, facts(true))).to.equal('sdk');
    expect(resolveMode('auto', {provider: 'sumsub', token: '_act-1', url: 'https://in.sumsub.com/x'}, sumsub, facts(false), '/s')).to.equal('sdk');
    expect(resolveMode('auto', {provider: 'grid', token: '_act-1', url: 'https://grid.example/kyc'}, adapterFor('grid'), facts(true))).to.equal('sdk');
  });

  it('3. no camera here and a status URL → qr', () => {
    expect(resolveMode('auto', link(), jumio, facts(false), '/api/kyc/status')).to.equal('qr');
    expect(resolveMode('auto', {provider: 'trusset', url: 'https://verify.trusset.org/l'}, trusset, facts(false), '/s')).to.equal('qr');
  });

  it('3. no camera but no status URL → not qr (nothing could learn the outcome)', () => {
    expect(resolveMode('auto', link(), jumio, facts(false))).to.equal('iframe');
  });

  it('4. a camera and a provider known to allow framing (Jumio, Smile ID, Sumsub link, generic) → iframe', () => {
    for (const provider of ['jumio', 'smile', 'sumsub', 'generic'] as const) {
      expect(resolveMode('auto', {provider, url: 'https://flow.example/x'}, adapterFor(provider), facts(true), '/s'), provider).to.equal('iframe');
    }
  });

  it('5. otherwise popup, or redirect under autostart', () => {
    expect(resolveMode('auto', {provider: 'trusset', url: 'https://verify.trusset.org/l'}, trusset, facts(true), '/s')).to.equal('popup');
    expect(resolveMode('auto', {provider: 'grid', url: 'https://grid.example/kyc'}, adapterFor('grid'), facts(true))).to.equal('popup');
    expect(resolveMode('auto', {provider: 'trusset', url: 'https://verify.trusset.org/l'}, trusset, facts(true, true))).to.equal('redirect');
    // a token of a provider without an SDK: popup, which then cannot serve it (unsupported-mode)
    expect(resolveMode('auto', {provider: 'generic', token: 'tok'}, generic, facts(true))).to.equal('popup');
  });
});

describe('cameraAvailable', () => {
  let restore: Array<() => void> = [];
  afterEach(() => {
    restore.forEach((undo) => undo());
    restore = [];
  });

  it('true with a video input, false with none', async () => {
    restore.push(stubDevices(CAMERA));
    expect(await cameraAvailable()).to.equal(true);
    restore.pop()!();
    restore.push(stubDevices(MIC_ONLY));
    expect(await cameraAvailable()).to.equal(false);
  });

  it('false when the Permissions-Policy blocks the camera, whatever the devices', async () => {
    restore.push(stubDevices(CAMERA), stubPolicy(false));
    expect(await cameraAvailable()).to.equal(false);
  });

  it('false when enumerateDevices fails', async () => {
    Object.defineProperty(navigator.mediaDevices, 'enumerateDevices', {configurable: true, value: () => Promise.reject(new Error('denied'))});
    restore.push(() => delete (navigator.mediaDevices as unknown as Record<string, unknown>).enumerateDevices);
    expect(await cameraAvailable()).to.equal(false);
  });

  it('false in an insecure context', async () => {
    // `isSecureContext` may be an own property of the global: put back exactly what was there.
    const own = Object.getOwnPropertyDescriptor(globalThis, 'isSecureContext');
    Object.defineProperty(globalThis, 'isSecureContext', {configurable: true, value: false});
    restore.push(() => {
      if (own) Object.defineProperty(globalThis, 'isSecureContext', own);
      else delete (globalThis as unknown as Record<string, unknown>).isSecureContext;
    });
    restore.push(stubDevices(CAMERA));
    expect(await cameraAvailable()).to.equal(false);
  });

  it('the stubs are undone: a secure context with a camera again', async () => {
    expect(globalThis.isSecureContext).to.equal(true);
    restore.push(stubDevices(CAMERA));
    expect(await cameraAvailable()).to.equal(true);
  });
});

describe('auto mode in the element', () => {
  let restore: Array<() => void> = [];
  afterEach(() => {
    restore.forEach((undo) => undo());
    restore = [];
    cleanupDetached();
  });

  const jumioBackend = (statusUrl?: string, extra: Record<string, unknown> = {}) =>
    fetcherFrom((request: BackendRequest) =>
      request.purpose === 'status' ? {status: 'pending'} : request.purpose === 'cancel' ? {} : {provider: 'jumio', url: JUMIO_URL, reference: 'wfe-1', ...(statusUrl ? {statusUrl} : {}), ...extra},
    );

  async function run(mode: ModeSetting, backend: ReturnType<typeof jumioBackend>, attrs: {statusEndpoint?: string} = {}) {
    const {el, log} = await mount(html`<kyc-verify mode=${mode} status-endpoint=${attrs.statusEndpoint ?? ''} .fetcher=${backend.fetcher}></kyc-verify>`);
    if (!attrs.statusEndpoint) el.removeAttribute('status-endpoint');
    el.start();
    return {el, log};
  }

  it('without a camera and with the session’s statusUrl: QR code; the backend was told camera: false', async () => {
    restore.push(stubDevices([]));
    const backend = jumioBackend('/api/kyc/status');
    const {el, log} = await run('auto', backend);
    await waitUntil(() => log.ready.length === 1, 'not ready', READY);
    expect(log.ready[0].mode).to.equal('qr');
    expect(el.shadowRoot!.querySelector('svg[part~="qr-code"]')).to.exist;
    expect(backend.calls[0].body).to.deep.include({mode: 'auto', client: {camera: false, mobile: false, webview: false}});
    el.cancel();
  });

  it('without a camera and with the `status-endpoint` attribute: QR code', async () => {
    restore.push(stubDevices(MIC_ONLY));
    const {el, log} = await run('auto', jumioBackend(), {statusEndpoint: '/api/kyc/status'});
    await waitUntil(() => log.ready.length === 1, 'not ready', READY);
    expect(log.ready[0].mode).to.equal('qr');
    el.cancel();
  });

  it('camera blocked by Permissions-Policy: QR code', async () => {
    restore.push(stubDevices(CAMERA), stubPolicy(false));
    const backend = jumioBackend('/api/kyc/status');
    const {el, log} = await run('auto', backend);
    await waitUntil(() => log.ready.length === 1, 'not ready', READY);
    expect(log.ready[0].mode).to.equal('qr');
    expect((backend.calls[0].body!.client as {camera: boolean}).camera).to.equal(false);
    el.cancel();
  });

  it('with a camera: Jumio runs in the iframe; the backend was told camera: true', async () => {
    restore.push(stubDevices(CAMERA));
    const backend = jumioBackend('/api/kyc/status');
    const {el} = await run('auto', backend);
    await waitUntil(() => el.shadowRoot!.querySelector('iframe'), 'no iframe', READY);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect((backend.calls[0].body!.client as {camera: boolean}).camera).to.equal(true);
    el.cancel();
  });

  it('without a camera and without any status URL: the iframe (a QR code could never learn the outcome)', async () => {
    restore.push(stubDevices([]));
    const {el} = await run('auto', jumioBackend());
    await waitUntil(() => el.shadowRoot!.querySelector('iframe'), 'no iframe', READY);
    el.cancel();
  });

  it('the backend’s `mode` wins over the camera check', async () => {
    restore.push(stubDevices([]));
    const original = window.open;
    window.open = () => null;
    restore.push(() => (window.open = original));
    const {el} = await run('auto', jumioBackend('/api/kyc/status', {mode: 'popup'}));
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="open-button"]'), 'no popup view', READY);
    el.cancel();
  });

  it('the `mode` attribute wins over the backend’s mode', async () => {
    restore.push(stubDevices(CAMERA));
    const {el, log} = await run('qr', jumioBackend('/api/kyc/status', {mode: 'iframe'}));
    await waitUntil(() => log.ready.length === 1, 'not ready', READY);
    expect(log.ready[0].mode).to.equal('qr');
    el.cancel();
  });

  it('a provider not known to allow framing under autostart: redirect (no popup without a click)', async () => {
    restore.push(stubDevices(CAMERA));
    const noContent = new URL('/mock/session?status=204', location.href).href;
    const {fetcher} = fetcherFrom(() => ({success: true, data: {id: 'link_9', url: noContent, status: 'pending', expiresAt: '2099-01-01T00:00:00Z'}}));
    const {log} = mountDetached((el) => {
      el.autostart = true;
      el.fetcher = fetcher;
    });
    await waitUntil(() => log.starts.length === 1 && hasStoredAttempt(log.starts[0].attempt), 'no redirect', READY);
    const stored = JSON.parse(sessionStorage.getItem(`kyc-verify:attempt:${log.starts[0].attempt}`)!);
    expect(stored).to.include({provider: 'trusset', mode: 'redirect', reference: 'link_9'});
    await settle(200);
    expect(log.ready).to.have.length(0);
    sessionStorage.removeItem(`kyc-verify:attempt:${log.starts[0].attempt}`);
  });

  it('a mode that cannot serve the session ends `unsupported-mode`', async () => {
    const {fetcher} = fetcherFrom(() => ({provider: 'generic', token: 'opaque-token'}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    expect(await log.result()).to.include({status: 'error', code: 'unsupported-mode', retryable: false, source: 'element'});
  });
});
