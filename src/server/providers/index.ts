import {gridServer, type GridCredentials} from './grid.js';
import {jumioServer, type JumioCredentials} from './jumio.js';
import {smileServer, type SmileCredentials} from './smile.js';
import {sumsubServer, type SumsubCredentials} from './sumsub.js';
import {trussetServer, type TrussetCredentials} from './trusset.js';
import type {ServerAdapter} from './types.js';

export type {GridCredentials, JumioCredentials, SmileCredentials, SumsubCredentials, TrussetCredentials};
export type {CreatedSession, ServerAdapter, SessionContext} from './types.js';

/** A provider and its server credentials. */
export type ProviderConfig =
  | {provider: 'sumsub'; credentials: SumsubCredentials}
  | {provider: 'jumio'; credentials: JumioCredentials}
  | {provider: 'smile'; credentials: SmileCredentials}
  | {provider: 'trusset'; credentials: TrussetCredentials}
  | {provider: 'grid'; credentials: GridCredentials};

export function serverAdapter(config: ProviderConfig): ServerAdapter {
  switch (config.provider) {
    case 'sumsub':
      return sumsubServer(config.credentials);
    case 'jumio':
      return jumioServer(config.credentials);
    case 'smile':
      return smileServer(config.credentials);
    case 'trusset':
      return trussetServer(config.credentials);
    case 'grid':
      return gridServer(config.credentials);
    default:
      throw new TypeError(`kyc-verify/server: unknown provider ${(config as {provider?: unknown}).provider}`);
  }
}
