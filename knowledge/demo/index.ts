/** Baton's own demo knowledge base: an online store, in English and Chinese. Loaded on first start. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ArticleContentSchema, type ArticleContent } from '../articles';

const DEMO_FILES = ['store.en.json', 'store.zh.json'];

export function loadDemoArticles(): ArticleContent[] {
  return DEMO_FILES.flatMap((file) =>
    z.array(ArticleContentSchema).parse(JSON.parse(readFileSync(path.join(__dirname, file), 'utf8'))),
  );
}

/**
 * Store vocabulary the demo knowledge base is searched with: customers say "send back" for "return" and "包裹" for
 * "快递". A `synonyms.json` in DATA_DIR/knowledge replaces it for a knowledge base of one's own. Either file only seeds
 * the synonym list kept in the database, the first time Baton starts; editors maintain it from then on.
 */
export function loadSynonyms(overrideFile?: string): Record<string, string[]> {
  const file = synonymsFile(overrideFile);
  const parsed = z.record(z.string().min(1), z.array(z.string().min(1))).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: synonyms must be {"word": ["synonym", …]}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** The synonyms file `loadSynonyms` reads: the override when it exists, else the demo store's. */
export function synonymsFile(overrideFile?: string): string {
  return overrideFile && existsSync(overrideFile) ? overrideFile : path.join(__dirname, 'synonyms.json');
}
