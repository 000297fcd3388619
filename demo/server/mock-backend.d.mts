/** Types for mock-backend.mjs (the mock of the page's backend, as a Node middleware). */
import type {IncomingMessage, ServerResponse} from 'node:http';

/** A request's JSON body (`{}` when it is empty or not JSON). */
export function readJson(request: IncomingMessage): Promise<Record<string, unknown>>;

export function providerResponse(provider: string, simOrigin: string, returnUrl: string, attempt: string, purpose?: string): Record<string, unknown>;

/** A sandbox-style Sumsub token whose `url` claim points `@sumsub/websdk` at the simulated WebSDK page. */
export function simSdkToken(simOrigin: string, attempt: string, purpose?: string): string;

export function mockBackend(options: {
  simOrigin: () => string;
  basePath?: string;
}): (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => Promise<void>;
