/**
 * The unit tests' view of the element's pipeline, without the element: an adapter reads a return, a
 * message or a status answer; `makeResult` turns the outcome into the `kyc-result` detail the attempt
 * controller would dispatch (src/attempt/controller.ts `report`), with only the adapter's documented
 * params kept (src/attempt/params.ts).
 */
import {expect} from '@open-wc/testing';
import type {ExpectedOutcome, ExpectedProgress} from '../fixtures/providers/index.js';
import {sanitizedParams} from '../../src/attempt/params.js';
import {adapterFor} from '../../src/providers/index.js';
import {UNRECOGNIZED_RETURN, makeResult, type FlowEvent, type FlowOutcome} from '../../src/result.js';
import type {KycResult, KycSource, ProviderName} from '../../src/types.js';

/** The value without its `undefined` properties (`progress()` keeps an absent reference as a key). */
export const defined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The flow event a fixture row expects, in the adapters' own form. */
export function expectedEvent(expected: ExpectedOutcome | ExpectedProgress | null): FlowEvent | null {
  if (expected === null) return null;
  if ('progress' in expected) return defined({kind: 'progress' as const, step: expected.progress, reference: expected.reference}) as FlowEvent;
  return {kind: 'result', ...expected};
}

/** Asserts an adapter's answer is exactly the expected event (no extra code, reference or flag). */
export function expectEvent(actual: FlowEvent | null | undefined, expected: ExpectedOutcome | ExpectedProgress | null, what = '') {
  expect(actual === null || actual === undefined ? null : defined(actual), what).to.deep.equal(expectedEvent(expected));
}

/** The `kyc-result` the controller makes of an outcome (SPEC §1 shape, params sanitized). */
export function resultOf(
  provider: ProviderName,
  event: FlowOutcome,
  source: KycSource,
  raw: unknown,
  sessionReference?: string,
): KycResult {
  return makeResult(event, {attempt: 'att-unit', provider, source, reference: sessionReference, params: raw === undefined ? {} : sanitizedParams(raw, adapterFor(provider), source)});
}

/** A return, read as the controller reads one (unrecognized params are an error). */
export function returnResult(provider: ProviderName, params: Record<string, string>, sessionReference?: string): KycResult {
  const event = adapterFor(provider).parseReturn(params) ?? UNRECOGNIZED_RETURN;
  if (event.kind !== 'result') throw new Error('a return is never progress');
  return resultOf(provider, event, 'redirect', params, sessionReference);
}

/** Every `params` value is a string and none is a URL (SPEC §1 "params never hold secrets"). */
export function expectCleanParams(params: Record<string, string>) {
  for (const [key, value] of Object.entries(params)) {
    expect(value, key).to.be.a('string');
    expect(value, key).to.not.match(/^([a-z][a-z0-9+.-]*:)?\/\//i);
    expect(value, key).to.not.match(/^(javascript|data|blob):/i);
  }
}
