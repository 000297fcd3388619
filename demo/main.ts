// The kyc-verify demo page: a provider, mode and language chooser around one <kyc-verify>, and a log of
// every event it fires. Built with DOM APIs only (no innerHTML), like a page under a strict CSP.
import '../src/index.js';
import type {KycVerifyElement} from '../src/index.js';

/**
 * Providers the mock backend can answer for (`body.demoProvider`). `answers`: what its backend hands the
 * element, a `link` (which the link modes open and `sdk` cannot run), a `token` (which only `sdk` runs),
 * or `both` (Grid).
 */
const PROVIDERS = [
  {value: 'jumio', label: 'Jumio', answers: 'link', framable: true},
  {value: 'smile', label: 'Smile ID', answers: 'link', framable: true},
  // A bare `{ url }` is Sumsub's only by its host (*.sumsub.com); the simulated host is 127.0.0.1, so the
  // demo pins the adapter with provider="sumsub", as an integrator using Sumsub links may do.
  {value: 'sumsub', label: 'Sumsub link', answers: 'link', framable: true, pin: true},
  // A Sumsub access token (`{ token }`): `auto` mounts @sumsub/websdk, which loads the simulated WebSDK page.
  {value: 'sumsub-sdk', label: 'Sumsub SDK', answers: 'token', framable: false},
  {value: 'trusset', label: 'Trusset', answers: 'link', framable: false},
  // Grid answers `{ kycUrl, expiresAt, provider: 'SUMSUB', token }`: `auto` runs the token in the SDK,
  // the link modes the kycUrl.
  {value: 'grid', label: 'Lightspark Grid', answers: 'both', framable: false},
  {value: 'generic', label: 'Generic', answers: 'link', framable: true},
] as const;

/** The element's modes. Adding a mode to the demo is one line here. */
const MODES = ['auto', 'iframe', 'sdk', 'qr', 'popup', 'redirect'] as const;

/** The modes that open a link (in a frame, a window, this tab, or on a phone). */
const LINK_MODES: readonly string[] = ['iframe', 'qr', 'popup', 'redirect'];

const LOCALES = [
  {value: 'en', label: 'English'},
  {value: 'de', label: 'Deutsch'},
  {value: 'fr', label: 'Français'},
  {value: 'es', label: 'Español'},
  {value: 'ar', label: 'العربية'},
] as const;

const EVENTS = ['kyc-start', 'kyc-ready', 'kyc-progress', 'kyc-result'] as const;

type Choice = {provider: string; mode: string; locale: string};

const $ = <T extends HTMLElement>(id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the demo page`);
  return element as T;
};

const providerSelect = $<HTMLSelectElement>('provider');
const modeSelect = $<HTMLSelectElement>('mode');
const localeSelect = $<HTMLSelectElement>('locale');
const modeNote = $('mode-note');
const autoLine = $('auto-note');
const stage = $('stage');
const stateOutput = $('state');
const cancelButton = $<HTMLButtonElement>('cancel');
const log = $<HTMLOListElement>('log');
const logScroll = log.parentElement!;

function fill(select: HTMLSelectElement, options: readonly {value: string; label: string}[], selected: string) {
  for (const {value, label} of options) {
    const option = new Option(label, value, false, value === selected);
    if (label !== value && /[^\x20-\x7e]/.test(label)) option.lang = value; // e.g. العربية
    select.append(option);
  }
}

/** The choice from the page URL (`?provider=smile&mode=iframe&locale=de`), else the defaults. */
function initialChoice(): Choice {
  const query = new URLSearchParams(location.search);
  const pick = (key: string, allowed: readonly string[], fallback: string) => {
    const value = query.get(key);
    return value && allowed.includes(value) ? value : fallback;
  };
  return {
    provider: pick('provider', PROVIDERS.map((p) => p.value), 'jumio'),
    mode: pick('mode', MODES, 'auto'),
    locale: pick('locale', LOCALES.map((l) => l.value), 'en'),
  };
}

const entryOf = (provider: string) => PROVIDERS.find((p) => p.value === provider) ?? PROVIDERS[0];

function currentChoice(): Choice {
  return {provider: providerSelect.value, mode: modeSelect.value, locale: localeSelect.value};
}

/**
 * Why this provider cannot run in this mode, in one line, or undefined when it can. Such a combination
 * can only fail (`unsupported-mode`), so the mode chooser offers it disabled, with this reason.
 */
function unavailable(provider: string, mode: string): string | undefined {
  const entry = entryOf(provider);
  if (mode === 'sdk' && entry.answers === 'link') return `${entry.label} answers with a link; "sdk" runs a Sumsub access token.`;
  if (LINK_MODES.includes(mode) && entry.answers === 'token') return `A Sumsub access token has no link to open; it runs in the SDK ("auto" or "sdk").`;
  return undefined;
}

/** Marks the modes this provider cannot run as disabled, each with its reason, and says why below. */
function offerModes(provider: string): void {
  const off: string[] = [];
  for (const option of modeSelect.options) {
    const reason = unavailable(provider, option.value);
    option.disabled = reason !== undefined;
    option.textContent = reason ? `${option.value} (not offered)` : option.value;
    option.dataset.reason = reason ?? '';
    if (reason) off.push(option.value);
  }
  const reason = off.length ? unavailable(provider, off[0]) : undefined;
  modeNote.textContent = reason ? `Not offered for ${entryOf(provider).label}: ${off.join(', ')}. ${reason}` : '';
}

/** A note on what `auto` does for this provider (the element decides; the demo only explains). */
function autoNote({provider, mode}: Choice): string {
  const entry = entryOf(provider);
  if (mode !== 'auto' || entry.framable || entry.answers !== 'link') return '';
  return `${entry.label}'s page is not documented as frameable: "auto" opens it in a popup window.`;
}

let element: KycVerifyElement | undefined;
let stateObserver: MutationObserver | undefined;

/** Replaces the element with a fresh, idle one for the current choice. */
function mount(reason: 'initial' | 'settings' | 'reset') {
  offerModes(providerSelect.value);
  // A provider that cannot run the chosen mode: back to `auto`, and say so.
  let fallback = '';
  if (unavailable(providerSelect.value, modeSelect.value)) {
    fallback = `Mode "${modeSelect.value}" is not offered for ${entryOf(providerSelect.value).label}, so the demo switched to "auto". `;
    modeSelect.value = 'auto';
  }
  const choice = currentChoice();
  const mode = choice.mode;
  autoLine.textContent = fallback + autoNote(choice);

  stateObserver?.disconnect();
  element?.remove(); // a disconnected element tears its attempt down silently
  phoneHint.hidden = true;

  const next = document.createElement('kyc-verify');
  next.setAttribute('endpoint', '/api/kyc/session');
  // Redirect mode comes back to this page, where the element reports the stored attempt; the other
  // modes use the light return page.
  if (mode !== 'redirect') next.setAttribute('return-url', new URL('return.html', document.baseURI).href);
  // The mock backend's status endpoint, where QR mode learns the outcome. Only for mode="qr": with a
  // status URL, `auto` on a computer without a camera would pick the QR code over the iframe.
  if (mode === 'qr') next.setAttribute('status-endpoint', '/api/kyc/status');
  next.setAttribute('locale', choice.locale);
  next.setAttribute('mode', mode);
  if ('pin' in entryOf(choice.provider)) next.setAttribute('provider', choice.provider);
  next.id = 'kyc';
  // The mock backend reads `demoProvider` to pick which provider's response shape it answers with.
  next.body = {demoProvider: choice.provider};
  stage.append(next);
  element = next;

  const showState = () => {
    const state = next.getAttribute('state') ?? next.state;
    stateOutput.textContent = state;
    // `cancel()` only does something while an attempt is live.
    cancelButton.disabled = state !== 'loading' && state !== 'active';
  };
  showState();
  stateObserver = new MutationObserver(showState);
  stateObserver.observe(next, {attributes: true, attributeFilter: ['state']});

  const label = entryOf(choice.provider).label;
  if (reason !== 'initial' || log.childElementCount === 0) {
    addMarker(`${reason === 'reset' ? 'Reset' : reason === 'settings' ? 'Settings changed' : 'Ready'}: ${label} · mode ${mode} · ${choice.locale}`);
  }

  const url = new URL(location.href);
  url.searchParams.set('provider', choice.provider);
  url.searchParams.set('mode', choice.mode);
  url.searchParams.set('locale', choice.locale);
  history.replaceState(history.state, '', url);
}

// ---- the event log ----

const time = () => new Date().toLocaleTimeString('en-GB', {hour12: false}) + '.' + String(new Date().getMilliseconds()).padStart(3, '0');

function append(item: HTMLLIElement) {
  const atBottom = logScroll.scrollHeight - logScroll.scrollTop - logScroll.clientHeight < 24;
  log.append(item);
  if (atBottom) logScroll.scrollTop = logScroll.scrollHeight;
}

function addMarker(text: string) {
  const item = document.createElement('li');
  item.className = 'marker';
  item.textContent = `${time()} — ${text}`;
  append(item);
}

function summaryOf(type: string, detail: Record<string, unknown>): {text: string; tone?: 'good' | 'bad'} | undefined {
  if (type === 'kyc-result') {
    const status = String(detail.status);
    const good = status === 'completed' || status === 'approved';
    return {text: detail.code ? `${status} · ${String(detail.code)}` : status, tone: good ? 'good' : 'bad'};
  }
  if (type === 'kyc-progress') return {text: String(detail.step)};
  if (type === 'kyc-ready') return {text: `${String(detail.provider)} · ${String(detail.mode)}`};
  return undefined;
}

function logEvent(event: Event) {
  const detail = ((event as CustomEvent).detail ?? {}) as Record<string, unknown>;
  const item = document.createElement('li');
  item.dataset.event = event.type;
  if (event.type === 'kyc-result') item.dataset.status = String(detail.status);

  const head = document.createElement('div');
  head.className = 'entry-head';
  const stamp = document.createElement('time');
  stamp.textContent = time();
  const name = document.createElement('span');
  name.className = 'event';
  name.textContent = event.type;
  head.append(stamp, name);
  const summary = summaryOf(event.type, detail);
  if (summary) {
    const badge = document.createElement('span');
    badge.className = summary.tone ? `summary ${summary.tone}` : 'summary';
    badge.textContent = summary.text;
    head.append(badge);
  }

  const json = document.createElement('pre');
  json.textContent = JSON.stringify(detail, null, 2);
  item.append(head, json);
  append(item);
}

// ---- the simulated phone (QR mode) ----

// The QR code points at this demo's server, which a real phone cannot reach here: this link plays the
// phone. For Jumio the backend answers with a `handoffUrl`, a short link of its own that redirects to
// Jumio's link: the code holds that, never Jumio's `authorizationToken`; the page shows which it is.
// Opening it marks the attempt `started` in the mock backend, as a phone would.
const phoneHint = document.createElement('div');
phoneHint.className = 'hint phone';
phoneHint.hidden = true;
const phoneLink = document.createElement('a');
phoneLink.target = '_blank';
phoneLink.rel = 'noopener';
phoneLink.textContent = 'Open the simulated phone';
const phoneLine = document.createElement('p');
phoneLine.append(phoneLink, ' (a new tab plays the phone that scanned the code)');
const handoffLine = document.createElement('p');
handoffLine.id = 'handoff';
phoneHint.append(phoneLine, handoffLine);
stage.after(phoneHint);

/** The hand-off link the backend gave this attempt (the mock backend tells the demo page). */
async function showHandoff(attempt: string) {
  phoneLink.href = `/api/kyc/phone?attempt=${encodeURIComponent(attempt)}`;
  handoffLine.replaceChildren();
  const answer = await fetch(`/api/kyc/handoff?attempt=${encodeURIComponent(attempt)}`)
    .then((response) => (response.ok ? (response.json() as Promise<{handoffUrl?: string | null}>) : undefined))
    .catch(() => undefined);
  if (element?.getAttribute('state') !== 'active') return;
  if (answer?.handoffUrl) {
    const code = document.createElement('code');
    code.textContent = answer.handoffUrl;
    handoffLine.append('The code holds the backend’s hand-off link ', code, ', which redirects to the provider’s link.');
    phoneLink.href = answer.handoffUrl;
  } else {
    handoffLine.append('The code holds the provider’s link (this backend sends no hand-off link for it).');
  }
}

stage.addEventListener('kyc-ready', (event) => {
  const {attempt, mode} = (event as CustomEvent<{attempt: string; mode: string}>).detail;
  phoneHint.hidden = mode !== 'qr';
  if (mode === 'qr') void showHandoff(attempt);
});
stage.addEventListener('kyc-start', () => (phoneHint.hidden = true));
stage.addEventListener('kyc-result', () => (phoneHint.hidden = true));

// Events bubble and are composed: one listener on the stage survives re-creating the element.
for (const type of EVENTS) stage.addEventListener(type, logEvent);

// ---- wiring ----

const initial = initialChoice();
fill(providerSelect, PROVIDERS, initial.provider);
fill(modeSelect, MODES.map((value) => ({value, label: value})), initial.mode);
fill(localeSelect, LOCALES, initial.locale);

for (const select of [providerSelect, modeSelect, localeSelect]) select.addEventListener('change', () => mount('settings'));
$('settings').addEventListener('submit', (event) => event.preventDefault());
cancelButton.addEventListener('click', () => element?.cancel());
$('reset').addEventListener('click', () => mount('reset'));
$('clear-log').addEventListener('click', () => log.replaceChildren());

mount('initial');

// Show where the simulated provider runs (the dev server's plugin knows its port).
fetch('/__demo/config')
  .then((response) => (response.ok ? response.json() : undefined))
  .then((config: {simOrigin?: string} | undefined) => {
    if (config?.simOrigin) $('sim-origin').textContent = config.simOrigin;
  })
  .catch(() => undefined);
