import {reactSuite} from './react-suite.js';

reactSuite('19');
