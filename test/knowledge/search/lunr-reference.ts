/** The fixture articles as lunr documents, and the index lunr.Builder itself makes of them: the reference. */
import lunr from 'lunr';
import { INDEXED_FIELDS } from '../../../knowledge/search/field-index';
import { lunrRef, type LunrDocument } from '../../../knowledge/search/lunr-compat';
import { analyzeText } from '../../../knowledge/search/tokenize';
import { FIXTURE_ARTICLES } from './fixture-articles';

export const boosts = { title: 2, questions: 3, answer: 1, tags: 1.5 };

export const documents: LunrDocument[] = FIXTURE_ARTICLES.map((article, i) => ({
  ref: lunrRef(i),
  title: analyzeText(article.title).terms,
  questions: article.questions.flatMap((q) => analyzeText(q).terms),
  answer: analyzeText(article.answer).terms,
  tags: article.tags.flatMap((t) => analyzeText(t).terms),
}));

export function withLunrBuilder(): lunr.Index {
  return lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.tokenizer = ((terms: string[]) => terms.map((t) => new lunr.Token(t, {}))) as unknown as typeof lunr.tokenizer;
    this.ref('ref');
    for (const field of INDEXED_FIELDS) this.field(field, { boost: boosts[field] });
    for (const document of documents) this.add(document);
  });
}
