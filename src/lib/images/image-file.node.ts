/**
 * Checks a photo's file before the build publishes it: it exists, it is an
 * image sharp can read from end to end, and it is not too large to process.
 * Runs in Node (the content loader).
 */
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

/** Above this, resizing one photo takes seconds and hundreds of MB: editors export smaller. */
export const MAX_MEGAPIXELS = 40;

/** Why the file at `file` (written `src` in the article) cannot be published, or undefined. */
export async function imageFileProblem(file: URL, src: string): Promise<string | undefined> {
  const path = fileURLToPath(file);
  const found = await stat(path).catch(() => undefined);
  if (!found?.isFile()) return `image ${src} not found (looked for ${path})`;
  let width: number, height: number;
  try {
    ({ width, height } = await sharp(path).metadata());
  } catch (error) {
    return `image ${src} is not an image file sharp can read (${(error as Error).message})`;
  }
  const megapixels = (width * height) / 1e6;
  if (megapixels > MAX_MEGAPIXELS) {
    return `image ${src} is ${width}×${height}, ${megapixels.toFixed(1)} megapixels: the limit is ${MAX_MEGAPIXELS}, so export it smaller`;
  }
  try {
    // Decoding a small copy reads every byte (JPEG shrinks while it decodes, so this is quick) and fails on a truncated or damaged file.
    await sharp(path, { failOn: 'truncated' }).resize(32, 32, { fit: 'inside' }).toBuffer();
  } catch (error) {
    return `image ${src} is damaged (${(error as Error).message})`;
  }
  return undefined;
}
