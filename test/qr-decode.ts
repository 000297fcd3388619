/** Reads the element's QR code back (shared by the QR tests and the story tests). */
import jsQR from 'jsqr';
import type {KycVerifyElement} from '../src/kyc-verify.js';

/** Renders the element's QR code to a canvas and decodes it: proves it scans, and to what. */
export async function decodeQr(el: KycVerifyElement, size = 400): Promise<string | null> {
  const code = el.shadowRoot!.querySelector<SVGSVGElement>('svg[part~="qr-code"]');
  if (!code) return null;
  const clone = code.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('width', String(size));
  clone.setAttribute('height', String(size));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], {type: 'image/svg+xml'}));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, size, size);
    return jsQR(context.getImageData(0, 0, size, size).data, size, size)?.data ?? null;
  } finally {
    URL.revokeObjectURL(url);
  }
}
