import {ssrSuite} from './ssr-hydrate.js';

ssrSuite('19');
