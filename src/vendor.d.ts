/** `qrcode` ships no types; the QR mode uses only its core encoder's `create()`. */
declare module 'qrcode/lib/core/qrcode.js' {
  export function create(
    text: string,
    options?: {errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H'},
  ): {modules: {size: number; data: Uint8Array}};
}
