/** Types for real-backend.mjs (the demo's real mode: the kyc-verify/server handlers as a middleware). */
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {ProviderApis} from './provider-apis.mjs';

export function realConfig(apis: ProviderApis, env?: Record<string, string | undefined>): Record<string, unknown> & {sandbox: Record<string, boolean>};

export function realBackend(options: {
  apis: ProviderApis;
  env?: Record<string, string | undefined>;
  basePath?: string;
  store?: unknown;
  readBackIntervalMs?: number;
  log?: (line: string) => void;
}): (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => Promise<void>;
