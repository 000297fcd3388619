/**
 * Type-level test (checked by `npm run typecheck`, not run): a React app imports `kyc-verify/react`
 * exactly as a consumer does, and the props, the event details and the ref are typed.
 */
import {useRef} from 'react';
import {KycVerify, type KycResult, type KycVerifyElement, type KycVerifyProps} from 'kyc-verify/react';

export function Checkout({csrf}: {csrf: string}) {
  const ref = useRef<KycVerifyElement>(null);
  const results: KycResult[] = [];
  return (
    <>
      <KycVerify
        ref={ref}
        endpoint="/api/kyc/session"
        provider="jumio"
        mode="qr"
        returnUrl="https://shop.example/kyc"
        statusEndpoint="/api/kyc/status"
        locale="pt-BR"
        autostart={false}
        allowedOrigins="https://*.jumio.ai"
        credentials="include"
        sdkTheme="dark"
        sessionTimeout={10_000}
        body={{order: 42}}
        headers={{'X-CSRF-Token': csrf}}
        fetcher={async (request, signal) => (signal.aborted ? null : {url: request.url})}
        strings={{start: 'Verificar'}}
        onKycStart={(event) => event.detail.attempt.toUpperCase()}
        onKycReady={(event) => event.detail.mode satisfies 'iframe' | 'sdk' | 'qr' | 'popup' | 'redirect'}
        onKycProgress={(event) => event.detail.step}
        onKycResult={(event) => results.push(event.detail)}
        className="kyc"
        style={{maxWidth: 480}}
      />
      <button onClick={() => ref.current?.cancel()}>Cancel</button>
      <button onClick={() => ref.current?.restart()}>Restart</button>
      {/* @ts-expect-error: not a mode */}
      <KycVerify mode="modal" />
      {/* @ts-expect-error: headers are strings */}
      <KycVerify headers={{'X-Count': 1}} />
      {/* @ts-expect-error: a KycResult has no `verdict` */}
      <KycVerify onKycResult={(event) => event.detail.verdict} />
      {/* @ts-expect-error: not a provider */}
      <KycVerify provider="onfido" />
    </>
  );
}

export const props: KycVerifyProps = {endpoint: '/api', onKycResult: (event) => void event.detail.status};
