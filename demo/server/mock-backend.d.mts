/** Types for mock-backend.mjs (the mock of the page's backend, as a Node middleware). */
import type {IncomingMessage, ServerResponse} from 'node:http';

export function providerResponse(provider: string, simOrigin: string, returnUrl: string, attempt: string): Record<string, unknown>;

export function mockBackend(options: {
  simOrigin: () => string;
  basePath?: string;
}): (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => Promise<void>;
