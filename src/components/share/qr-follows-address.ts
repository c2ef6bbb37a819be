/**
 * The share page's QR code, redrawn to hold the address its field shows, and
 * again whenever the reader changes it (the paragraph's checkbox). Loaded by
 * share-sheet.ts only when the address can differ from the article's, which
 * the QR code drawn at build time holds. Runs in the browser.
 */
import { qrCode } from '../../lib/share/qr.ts';

const sheet = document.querySelector('share-sheet')!;
const field = sheet.querySelector<HTMLInputElement>('input[type="url"]')!;
const picture = sheet.querySelector('svg')!;

function draw(): void {
  const { viewBox, content } = qrCode(field.value);
  picture.setAttribute('viewBox', viewBox);
  picture.innerHTML = content;
}

draw();
// After share-sheet.ts, whose listener on the checkbox itself has set the field.
sheet.addEventListener('change', draw);
