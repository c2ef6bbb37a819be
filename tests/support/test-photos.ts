/**
 * Photos for the tests, made with sharp: noise on a colour, so they compress
 * like a busy picture rather than a flat one, at any size and shape. The one
 * real photograph (tests/fixtures/photos/earth.jpg, NASA, public domain) is
 * committed, for measuring bytes as a phone downloads them. Runs in Node.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** Writes a JPEG of `width`×`height` with a seeded hue. */
export async function writeTestPhoto(file: string, width: number, height: number, hue = 0): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const r = Math.round(128 + 100 * Math.cos(hue));
  const g = Math.round(128 + 100 * Math.cos(hue + 2.1));
  const b = Math.round(128 + 100 * Math.cos(hue + 4.2));
  await sharp({
    create: { width, height, channels: 3, background: { r, g, b }, noise: { type: 'gaussian', mean: 128, sigma: 24 } },
  })
    .composite([{ input: { create: { width, height, channels: 4, background: { r, g, b, alpha: 0.7 } } } }])
    .jpeg({ quality: 85 })
    .toFile(file);
}

/** The photos the fixture articles keep beside them, made here: a wide one and a tall one. (Their lead photo is in the shared folder tests/fixtures/photos.) */
export async function writeFixturePhotos(contentDir: string): Promise<void> {
  await writeTestPhoto(path.join(contentDir, 'photos', 'wetland.jpg'), 1200, 800, 1);
  await writeTestPhoto(path.join(contentDir, 'photos', 'crane.jpg'), 600, 900, 3);
}
