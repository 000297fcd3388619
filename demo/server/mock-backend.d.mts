/** Types for mock-backend.mjs (the mock of the page's backend, as a Node middleware). */
import type {IncomingMessage, ServerResponse} from 'node:http';

export function providerResponse(provider: string, simOrigin: string, returnUrl: string, attempt: string, purpose?: string): Record<string, unknown>;

/** A sandbox-style Sumsub token whose `url` claim points `@sumsub/websdk` at the simulated WebSDK page. */
export function simSdkToken(simOrigin: string, attempt: string, purpose?: string): string;

export function mockBackend(options: {
  simOrigin: () => string;
  basePath?: string;
}): (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => Promise<void>;
