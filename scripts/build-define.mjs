// Constants written into the code at build time (Vite's and esbuild's `define`), for every build of the
// element: the library, the CDN entry, the demo, Storybook and the test server.
import {readFileSync} from 'node:fs';

const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** `KycVerifyElement.version` is the package's version, never written by hand. */
export const BUILD_DEFINE = {__KYC_VERSION__: JSON.stringify(version)};
