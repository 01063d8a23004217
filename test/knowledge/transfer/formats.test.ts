/** Each format: what it reads, what it refuses (with line numbers), and that export → import gives the same articles. */
import { loadDemoArticles, type ArticleContent } from '../../../knowledge';
import { articlesToCsv, parseArticlesCsv } from '../../../knowledge/transfer/csv-format';
import { articleToMarkdown, parseMarkdownArticle } from '../../../knowledge/transfer/markdown-format';
import { articlesToTsv, parseArticlesTsv } from '../../../knowledge/transfer/qna-tsv-format';
import { article } from '../support/knowledge-db';

/** Content that breaks naive writers: delimiters, quotes, line breaks, tabs, pipes and colons, Chinese, Markdown. */
const tricky: ArticleContent[] = [
  article('tricky-en', {
    title: 'Refunds: "why", when | how; 50% off?',
    questions: ['Can I get a refund, please?', 'refund\ttab', 'money back "now"'],
    answer: 'First line, with a comma.\n\n- a "quoted" item\n- C:\\path\\new\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    tags: ['refunds', 'money back'],
    product: 'store: web',
    followUps: ['tricky-zh'],
  }),
  article('tricky-zh', { lang: 'zh', title: '怎么退货？', questions: ['怎么退货', '退货流程是什么，需要多久？'], answer: '请在**订单**页面申请退货。\n第二行。', tags: ['退货'] }),
];

const sorted = (articles: ArticleContent[]) => [...articles].sort((a, b) => (a.id < b.id ? -1 : 1));
const contents = (parsed: { articles: Array<{ content: ArticleContent }> }) => sorted(parsed.articles.map((a) => a.content));

describe.each([
  ['CSV', articlesToCsv, parseArticlesCsv],
  ['QnA Maker TSV', articlesToTsv, parseArticlesTsv],
  [
    'Markdown folder',
    (articles: readonly ArticleContent[]) => articles.map(articleToMarkdown),
    (files: string[]) => {
      const results = files.map((text, i) => parseMarkdownArticle(`a${i}.md`, text));
      return { articles: results.flatMap((r) => (r.article ? [r.article] : [])), issues: results.flatMap((r) => r.issues) };
    },
  ],
] as const)('%s round trip', (_name, write, read) => {
  test('tricky content comes back unchanged', () => {
    const parsed = (read as (x: unknown) => ReturnType<typeof parseArticlesCsv>)((write as (a: ArticleContent[]) => unknown)(tricky));
    expect(parsed.issues).toEqual([]);
    expect(contents(parsed)).toEqual(sorted(tricky));
  });

  test('the demo knowledge base comes back unchanged', () => {
    const demo = loadDemoArticles();
    const parsed = (read as (x: unknown) => ReturnType<typeof parseArticlesCsv>)((write as (a: ArticleContent[]) => unknown)(demo));
    expect(parsed.issues).toEqual([]);
    expect(contents(parsed)).toEqual(sorted(demo));
  });
});

describe('CSV import', () => {
  test('rows sharing an id form one article; later rows may leave title, answer, tags and lang empty', () => {
    const csv = 'id,title,question,answer,tags,lang\nreturns,Returns,How do I return?,Use the form.,returns;orders,en\nreturns,,Send it back,,,\n';
    expect(parseArticlesCsv(csv)).toEqual({
      issues: [],
      articles: [{ line: 2, content: article('returns', { title: 'Returns', questions: ['How do I return?', 'Send it back'], answer: 'Use the form.', tags: ['returns', 'orders'] }) }],
    });
  });

  test('every invalid row is reported with its line number', () => {
    const csv = [
      'id,title,question,answer,tags,lang',
      'ok,Fine,Question?,Answer.,,en',
      ',No id,Question?,Answer.,,en',
      'bad lang,Title,Question?,Answer.,,fr',
      'ok,Other title,Another?,,,',
      'short,row',
      'noanswer,Title,Question?,,,en',
    ].join('\n');
    const { issues } = parseArticlesCsv(csv);
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [3, expect.stringMatching(/id is empty/)],
      [5, expect.stringMatching(/title differs from line 2/)],
      [6, expect.stringMatching(/expected 6 fields but found 2/)],
      [4, expect.stringMatching(/id may contain letters/)],
      [4, expect.stringMatching(/lang/)],
      [7, expect.stringMatching(/answer/)],
    ]);
  });

  test('a wrong header names the missing and unknown columns', () => {
    const { issues } = parseArticlesCsv('id,title,question,anwser,lang\n');
    expect(issues.map((i) => i.message).join('\n')).toMatch(/unknown column "anwser"[\s\S]*missing columns answer, tags/);
  });
});

describe('QnA Maker TSV import', () => {
  test('a QnA Maker export without Baton metadata groups rows by answer and makes metadata tags', () => {
    const tsv = [
      'Question\tAnswer\tSource\tMetadata',
      'How do I reset my password?\tUse the "Forgot password" link.\tfaq.html\tcategory:account',
      'Forgot my password\tUse the "Forgot password" link.\tfaq.html\tcategory:account',
      '怎么修改密码\t在设置里修改。\tfaq.html\t',
    ].join('\r\n');
    const { articles, issues } = parseArticlesTsv(tsv);
    expect(issues).toEqual([]);
    expect(articles.map((a) => a.content)).toEqual([
      article('qna-1', { title: 'How do I reset my password?', questions: ['How do I reset my password?', 'Forgot my password'], answer: 'Use the "Forgot password" link.', tags: ['category:account'] }),
      article('qna-2', { lang: 'zh', title: '怎么修改密码', questions: ['怎么修改密码'], answer: '在设置里修改。' }),
    ]);
  });

  test('a bad header or a row with a wrong number of fields is reported with its line', () => {
    expect(parseArticlesTsv('Q\tA\n').issues[0]).toMatchObject({ line: 1, message: expect.stringMatching(/Question\\tAnswer/) });
    expect(parseArticlesTsv('Question\tAnswer\tSource\tMetadata\nq\ta\n').issues[0]).toMatchObject({ line: 2 });
  });
});

describe('Markdown import', () => {
  test('reads front matter in flow and block lists, quoted or plain, and takes the id from the file name', () => {
    const text = "---\nlang: en\ntitle: 'It''s a title'\nquestions:\n  - How do I return an item?\n  - \"Send it back: how?\"\ntags: [returns, \"orders\"]\n---\n\nUse the **returns** form.\n";
    const { article: parsed, issues } = parseMarkdownArticle('returns/start-return.md', text);
    expect(issues).toEqual([]);
    expect(parsed!.content).toEqual(
      article('start-return', { title: "It's a title", questions: ['How do I return an item?', 'Send it back: how?'], tags: ['returns', 'orders'], answer: 'Use the **returns** form.' }),
    );
  });

  test('problems carry the file and line', () => {
    const { issues } = parseMarkdownArticle('x.md', '---\nlang: en\ncolour: blue\nquestions: just one\n---\nbody');
    expect(issues).toEqual([
      { file: 'x.md', line: 3, message: expect.stringMatching(/unknown key colour/) },
      { file: 'x.md', line: 4, message: expect.stringMatching(/questions must be a list/) },
    ]);
    expect(parseMarkdownArticle('y.md', 'no front matter').issues[0]).toMatchObject({ file: 'y.md', line: 1 });
  });
});
