import {ssrSuite} from './ssr-hydrate.js';

ssrSuite('18');
