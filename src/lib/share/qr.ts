/**
 * QR codes of article addresses, as SVG: dark modules on white with a quiet
 * zone of four modules, scaled by the page, so phones read them from a screen
 * in light or dark mode. Runs in both: the share page is drawn at build time,
 * and redrawn in the browser when the address takes the paragraph being read
 * (components/share/qr-follows-address.ts).
 */
import { correction, generate } from 'lean-qr/nano';
import { toSvgPath } from 'lean-qr/extras/svg';

/** The quiet zone around the code, in modules. */
const QUIET = 4;

/** The parts of an SVG QR code of `text` (error correction M: 15 % of it may be lost): its viewBox and its content. */
export function qrCode(text: string): { viewBox: string; content: string } {
  const code = generate(text, { minCorrectionLevel: correction.M });
  const side = code.size + 2 * QUIET;
  return {
    viewBox: `${-QUIET} ${-QUIET} ${side} ${side}`,
    content: `<rect x="${-QUIET}" y="${-QUIET}" width="${side}" height="${side}" fill="#fff"/><path d="${toSvgPath(code)}" fill="#000" shape-rendering="crispEdges"/>`,
  };
}
