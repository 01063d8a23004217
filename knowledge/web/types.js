// @ts-check
// The editor's data as the API sends it: the knowledge library's own types, read by the page (JSDoc only, no code).

/** @typedef {import('../workflow/editorial-service').ArticleSummary & { feedback: { helpful: number, notHelpful: number } }} ArticleListItem */
/** @typedef {{ total: number, items: ArticleListItem[] }} ArticleList */
/** @typedef {import('../workflow/editorial-service').ArticleDetail} ArticleDetail */
/** @typedef {import('../workflow/schemas').ArticleDraft} ArticleDraft */
/** @typedef {import('../articles').ArticleVersion} ArticleVersion */
/** @typedef {import('../workflow/version-diff').FieldDiff} FieldDiff */
/** @typedef {import('../feedback/review-queue').QuestionGroup} QuestionGroup */
/** @typedef {import('../synonyms/synonym-store').SynonymList} SynonymList */
/** @typedef {import('../synonyms/synonym-store').SynonymGroup} SynonymGroup */
/** @typedef {import('../http/test-question').TestAnswer} TestAnswer */

export {};
