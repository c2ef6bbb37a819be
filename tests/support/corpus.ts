/** Synthetic corpora for tests and the bench: copies of one article, each with its own slug, title and date. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes `count` copies of an article into `folder`, the first dated 19 February 2025 and each next one a day earlier. */
export async function writeCorpus(articleFile: string, folder: string, count: number): Promise<void> {
  const article = await readFile(articleFile, 'utf8');
  const slug = path.basename(articleFile, '.md');
  await mkdir(folder, { recursive: true });
  const day = Date.UTC(2025, 1, 19);
  for (let i = 1; i <= count; i++) {
    const date = new Date(day - (i - 1) * 86_400_000).toISOString().slice(0, 10);
    const text = article.replace(/^title: (.*)$/m, `title: $1（第${i}篇）`).replace(/^date: .*$/m, `date: ${date}`);
    await writeFile(path.join(folder, `${slug}-${String(i).padStart(4, '0')}.md`), text);
  }
}
