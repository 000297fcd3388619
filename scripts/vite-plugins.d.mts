import type {Plugin} from 'vite';

/** The minified text of one css`…` template. */
export function minifyCss(text: string): string;
/** Minifies the CSS of Lit's css`…` templates in src/. */
export function minifyLitCss(): Plugin;
/** Replaces Vite's preload helper with a plain call (CDN build). */
export function noPreloadHelper(): Plugin;
