/** Types for sim-server.mjs (the simulated provider pages on two loopback origins). */
export interface ProviderSim {
  /** The simulated provider's origin, e.g. `http://127.0.0.1:5174`. */
  origin: string;
  /** A second origin, for nested-frame tests. */
  otherOrigin: string;
  close(): Promise<unknown>;
}

export function startProviderSim(options?: {port?: number; otherPort?: number; host?: string}): Promise<ProviderSim>;
