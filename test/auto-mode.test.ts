/**
 * SPEC §3 `auto` through the element. The choice itself (`resolveMode`, `modeServes`, `cameraAvailable`)
 * is unit-tested in test/unit/modes.test.ts.
 */
import {expect} from '@open-wc/testing';
import {hasStoredAttempt} from '../src/modes/redirect/storage.js';
import type {BackendRequest, ModeSetting} from '../src/types.js';
import {CAMERA, MIC_ONLY, stubDevices, stubPolicy} from './camera-stubs.js';
import {cleanupDetached, fetcherFrom, html, mount, mountDetached, quiet, waitUntil} from './helpers.js';

const READY = {timeout: 5000};
const JUMIO_URL = 'https://a.web.amer-1.jumio.ai/web/v4/app?locale=en';

describe('SPEC §3 `auto` in the element: the camera, the backend’s mode and autostart choose the mode', () => {
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
    await quiet(); // the page has settled before the user clicks: the camera check has answered
    el.start();
    return {el, log};
  }

  it('a click before the camera check has answered does not wait for it: the request leaves at once with camera: true', async () => {
    const pending = new Promise<MediaDeviceInfo[]>(() => undefined);
    Object.defineProperty(navigator.mediaDevices, 'enumerateDevices', {configurable: true, value: () => pending});
    restore.push(() => delete (navigator.mediaDevices as unknown as Record<string, unknown>).enumerateDevices);
    const backend = jumioBackend('/api/kyc/status');
    const {el} = await mount(html`<kyc-verify mode="auto" .fetcher=${backend.fetcher}></kyc-verify>`);
    el.start();
    expect(backend.calls.map((call) => call.purpose), 'sent in the click’s task').to.deep.equal(['session']);
    expect((backend.calls[0].body!.client as {camera: boolean}).camera).to.equal(true);
    el.cancel();
  });

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
    const {el, log} = mountDetached((element) => {
      element.autostart = true;
      element.fetcher = fetcher;
    });
    await waitUntil(() => log.starts.length === 1 && hasStoredAttempt(log.starts[0].attempt), 'no redirect', READY);
    const stored = JSON.parse(sessionStorage.getItem(`kyc-verify:attempt:${log.starts[0].attempt}`)!);
    expect(stored).to.include({provider: 'trusset', mode: 'redirect', reference: 'link_9'});
    // Redirect mode stores the attempt and navigates in one task: nothing can say `ready` after that.
    await quiet(el);
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
