import type {StorybookConfig} from '@storybook/web-components-vite';
import {BUILD_DEFINE} from '../scripts/build-define.mjs';

const config: StorybookConfig = {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The simulated provider pages, so stories can run a flow without any external service.
  staticDirs: [{from: '../demo/sim', to: '/sim'}],
  core: {disableTelemetry: true},
  viteFinal: (viteConfig) => ({...viteConfig, define: {...viteConfig.define, ...BUILD_DEFINE}}),
};
export default config;
