/** Types for provider-apis.mjs (the demo's real mode: local mock provider APIs that verify signatures). */
export const DEMO_CREDENTIALS: Record<string, Record<string, unknown>>;

export interface ProviderApis {
  origin: string;
  gridPublicKey: string;
  credentials: Record<string, unknown>;
  close(): Promise<void>;
}

export function startProviderApis(options: {
  simOrigin: () => string;
  webhookOrigin: () => string;
  host?: string;
  port?: number;
  verdictDelayMs?: number;
  sdkVerdictDelayMs?: number;
  log?: (line: string) => void;
}): Promise<ProviderApis>;
