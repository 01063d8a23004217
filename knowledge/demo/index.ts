/** Baton's own demo knowledge base: an online store, in English and Chinese. Loaded on first start. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ArticleContentSchema, type ArticleContent } from '../articles';

const DEMO_FILES = ['store.en.json', 'store.zh.json'];

export function loadDemoArticles(): ArticleContent[] {
  return DEMO_FILES.flatMap((file) =>
    z.array(ArticleContentSchema).parse(JSON.parse(readFileSync(path.join(__dirname, file), 'utf8'))),
  );
}
