import {pollForOutcome, type StatusAnswer, type StatusPoller} from '../status.js';
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
    this.poller = pollForOutcome(this.context, this.context.session.reference, this.onAnswer);
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

