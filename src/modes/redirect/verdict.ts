import {StatusPoller, waitedTooLong, type StatusAnswer} from '../status.js';
import type {Mode, ModeContext} from '../types.js';

/** What the return half of a redirect needs to follow the verdict. */
export type VerdictContext = Pick<ModeContext, 'attempt' | 'session' | 'adapter' | 'statusMaxWait' | 'signal' | 'backend' | 'report' | 'fail'> & {
  readonly statusUrl: string;
};

/**
 * Back from a top-level redirect with a status URL (SPEC §4): the return is reported as `completed` at
 * most (a return URL is a hint; `approved`/`rejected` there are not trusted), and this polls the status
 * endpoint for the verdict under the once-per-attempt rule, like QR and popup mode. It renders nothing.
 */
export class RedirectVerdict implements Mode {
  readonly name = 'redirect' as const;
  readonly coveredUntilReady = false;
  readonly awaitsVerdict = true;
  private poller?: StatusPoller;

  constructor(private readonly context: VerdictContext) {}

  start(): void {
    const {statusUrl, attempt, session, adapter, signal, backend, statusMaxWait} = this.context;
    this.poller = new StatusPoller({
      url: statusUrl,
      attempt,
      reference: session.reference,
      aliases: adapter.statusAliases,
      request: (url) => backend.status(url),
      signal,
      onAnswer: this.onAnswer,
      onError: (error) => this.context.fail(error),
      maxWait: statusMaxWait,
      onGiveUp: () => this.context.report(waitedTooLong(session.reference), 'element', undefined),
    });
    this.poller.start();
  }

  focusTarget(): HTMLElement | null {
    return null;
  }

  teardown(): void {
    this.poller?.stop();
    this.poller = undefined;
  }

  private readonly onAnswer = (answer: StatusAnswer, raw: unknown) => {
    if (answer.kind === 'result') this.context.report(answer.outcome, 'status', raw);
  };
}

