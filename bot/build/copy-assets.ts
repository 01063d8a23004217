/**
 * The second half of `npm run build`: copies what the compiled server reads from disk beside its own files — the web
 * pages and their scripts, the text catalogues, the demo knowledge base, the index-build worker's entry — so every
 * `__dirname`-relative path finds in dist/ what it finds in the source tree. Run by node from dist/ after tsc:
 * `node dist/bot/build/copy-assets.js` copies from the working directory (the checkout) into that dist/.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The folders compiled to dist/ (tsconfig.build.json's `include`). */
export const SOURCE_FOLDERS = ['contracts', 'bot', 'knowledge', 'handoff'] as const;

/** TypeScript is compiled, not copied; what tsc writes itself is left alone. */
const isAsset = (name: string) => !name.endsWith('.ts') && !name.endsWith('.map');

export function copyAssets(sourceRoot: string, outRoot: string): string[] {
  const copied: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(sourceRoot, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        walk(child);
      } else if (entry.isFile() && isAsset(entry.name)) {
        mkdirSync(path.join(outRoot, relative), { recursive: true });
        copyFileSync(path.join(sourceRoot, child), path.join(outRoot, child));
        copied.push(child);
      }
    }
  };
  for (const folder of SOURCE_FOLDERS) walk(folder);
  return copied;
}

if (require.main === module) {
  const outRoot = path.resolve(__dirname, '..', '..');
  const copied = copyAssets(process.cwd(), outRoot);
  console.log(`copied ${copied.length} asset files into ${path.relative(process.cwd(), outRoot) || '.'}`);
}
