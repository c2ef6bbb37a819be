/**
 * QR codes of article URLs, as SVG: dark modules on white with a quiet zone,
 * scaled by the page, so phones read them from a screen in light or dark mode.
 * Runs at build time.
 */
import QRCode from 'qrcode';

/** An SVG QR code of `text`, error correction M (15 % of it may be lost). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
