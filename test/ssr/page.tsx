/**
 * The page the SSR tests render: on the server with `react-dom/server` (test/ssr/render.mjs, in Node
 * without `window`), then hydrated in the browser (test/react*-ssr.test.tsx).
 */
import {KycVerify, type KycVerifyProps} from '../../src/react.js';

export function CheckoutPage(props: KycVerifyProps) {
  return (
    <main>
      <h1>Checkout</h1>
      <p>Verify your identity to finish the order.</p>
      <KycVerify endpoint="/api/kyc/session" locale="en" {...props} />
    </main>
  );
}
