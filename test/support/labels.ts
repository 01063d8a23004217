/**
 * What a staff page says in its own words, read from a real page: the visible text and the placeholder, title and
 * aria-label attributes of visible elements (and the document title), leaving out what people wrote — everything
 * under translate="no" (customer text, names, articles, ids). `untranslated` names each label that is not in the
 * page's language: in Chinese, a Latin word the locale's own catalogue never uses (so "Baton", "VIP", "Teams" are
 * fine, a forgotten "Customer" is not); in English, any Chinese character.
 */
import type { Page } from 'playwright-core';
import { CATALOGUES, type Locale } from '../../contracts';

export async function pageLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const labels: string[] = [document.title];
    const written = (el: Element) => el.closest('[translate="no"]') !== null;
    // An <option> is read where its <select> is shown; everything else must itself be rendered.
    const shown = (el: Element): boolean => {
      if (el instanceof HTMLOptionElement) return el.parentElement !== null && shown(el.parentElement.closest('select') ?? el.parentElement);
      return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || !el || el.closest('script, style') || written(el) || !shown(el)) continue;
      labels.push(text);
    }
    for (const el of Array.from(document.querySelectorAll('[placeholder], [title], [aria-label]'))) {
      if (written(el) || !shown(el)) continue;
      for (const attribute of ['placeholder', 'title', 'aria-label']) {
        const value = el.getAttribute(attribute)?.trim();
        if (value) labels.push(value);
      }
    }
    return labels;
  });
}

const LATIN_WORD = /[A-Za-z]{2,}/g;

function catalogueWords(locale: Locale): Set<string> {
  return new Set(Object.values(CATALOGUES[locale]).flatMap((text) => text.match(LATIN_WORD) ?? []));
}

/** The labels on the page that are not in `locale` (empty when the page speaks it throughout). */
export async function untranslated(page: Page, locale: Locale): Promise<string[]> {
  const labels = await pageLabels(page);
  if (locale === 'en') return labels.filter((label) => /[\u3400-\u9fff]/.test(label));
  const own = catalogueWords(locale);
  return labels.filter((label) => (label.match(LATIN_WORD) ?? []).some((word) => !own.has(word)));
}
