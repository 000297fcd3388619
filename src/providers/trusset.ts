import * as z from '../schema.js';
import {outcome} from '../result.js';
import {timestamp, toMillis} from './normalized.js';
import {genericReturn} from './generic.js';
import type {ProviderAdapter} from './types.js';

/**
 * Trusset ID links (`POST /customers/api/id-links`). Trusset documents no redirect params and no
 * messages (https://docs.trusset.org/endpoints/customers/list-id-links): the outcome comes from the
 * status endpoint, whose link statuses `pending`, `completed`, `revoked`, `expired` map per SPEC §4. The personal data Trusset
 * echoes (`email`, `walletAddress`) is dropped here, at parsing.
 */
const Response = z.object({
  success: z.literal(true),
  data: z.object({
    id: z.string().check(z.minLength(1)),
    url: z.string().check(z.minLength(1)),
    status: z.optional(z.string()),
    expiresAt: timestamp,
  }),
});

export const trusset: ProviderAdapter = {
  name: 'trusset',
  hosts: ['*.trusset.org', 'trusset.org'],
  // A revoked link cannot be completed: trying again needs a new link from the host.
  statusAliases: {revoked: outcome('cancelled', false, {code: 'revoked'})},
  // No redirect contract: a `status` word, if a return page sees one, is read like the generic one.
  knownParams: {returns: ['status'], messages: []},
  frame: {allow: 'camera; microphone; fullscreen; autoplay'},
  // Not documented to allow framing: `auto` opens it in a popup.
  framable: false,

  parseNative(raw) {
    const parsed = Response.safeParse(raw);
    if (!parsed.success) return null;
    const {id, url, expiresAt} = parsed.data.data;
    return {url, reference: id, expiresAt: toMillis(expiresAt)};
  },

  parseReturn: genericReturn,
  parseMessage: () => null,
};
