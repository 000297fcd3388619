/**
 * The QR encoder of `qr` mode: `qrcode`'s core loaded lazily (its own chunk in the CDN build), and the
 * module matrix drawn as one SVG path. Pure apart from the lazy import.
 */

/** Modules of light margin around the code, as the QR standard asks. */
export const QUIET_ZONE = 4;

/** The part of `qrcode` this mode uses: the module matrix of a code. */
export interface QrMatrix {
  modules: {size: number; data: ArrayLike<number | boolean>};
}
type QrCreate = (text: string, options: {errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H'}) => QrMatrix;

/** A drawn code: the text it carries, its dark modules as a path, and its side in modules. */
export interface QrDrawing {
  target: string;
  path: string;
  side: number;
}

let qrLoading: Promise<QrCreate> | undefined;

/**
 * Loads the encoder: `qrcode`'s core, without its canvas, PNG and terminal renderers. The package is
 * CommonJS: its `create` may sit on the namespace or on `default`, depending on the bundler. A failed
 * load is tried again next time.
 */
export function loadQrEncoder(): Promise<(text: string) => QrDrawing> {
  qrLoading ??= import('qrcode/lib/core/qrcode.js').then(
    (module) => {
      const ns = module as unknown as {create?: QrCreate; default?: {create?: QrCreate}};
      const create = ns.create ?? ns.default?.create;
      if (typeof create !== 'function') throw new Error('qrcode: no create()');
      return create;
    },
    (error: unknown) => {
      qrLoading = undefined;
      throw error;
    },
  );
  return qrLoading.then((create) => (text: string) => {
    // Throws for more text than a code can hold (about 2.3 KB at level M).
    const modules = create(text, {errorCorrectionLevel: 'M'}).modules;
    return {target: text, path: qrPath(modules), side: modules.size + 2 * QUIET_ZONE};
  });
}

/**
 * The dark modules of a code as one SVG path, one `h` run per row segment, offset by the quiet zone.
 * Drawn with `shape-rendering="crispEdges"` in a `viewBox` of whole modules, it is sharp at any size.
 */
export function qrPath(modules: QrMatrix['modules'], quiet = QUIET_ZONE): string {
  const {size, data} = modules;
  let d = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < size && data[y * size + x + run]) run++;
      d += `M${x + quiet} ${y + quiet}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return d;
}

/** `m:ss` (or `h:mm:ss`) for a number of milliseconds, rounded up to the second. */
export function formatTimeLeft(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
