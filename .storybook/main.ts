import type {StorybookConfig} from '@storybook/web-components-vite';
import {BUILD_DEFINE} from '../scripts/build-define.mjs';

const config: StorybookConfig = {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The simulated provider pages, so stories can run a flow without any external service: `/sim/` for
  // links, `/websdk/` for the simulated Sumsub WebSDK page that @sumsub/websdk loads from a token's
  // base URL (`<url claim>/websdk/websdk.html`, see stories/fixtures.ts).
  staticDirs: [
    {from: '../demo/sim', to: '/sim'},
    {from: '../demo/sim', to: '/websdk'},
  ],
  core: {disableTelemetry: true},
  viteFinal: (viteConfig) => ({...viteConfig, define: {...viteConfig.define, ...BUILD_DEFINE}}),
};
export default config;
