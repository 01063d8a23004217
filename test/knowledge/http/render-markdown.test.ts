import { renderMarkdown } from '../../../knowledge';

test('renders Markdown', () => {
  expect(renderMarkdown('**Bold** and [help](https://example.com/help)')).toBe(
    '<p><strong>Bold</strong> and <a href="https://example.com/help" rel="noopener noreferrer nofollow" target="_blank">help</a></p>\n',
  );
});

test.each([
  ['raw script tag', '<script>alert(1)</script>'],
  ['raw img onerror', '<img src=x onerror="alert(1)">'],
  ['inline html in a paragraph', 'hello <b onclick="alert(1)">there</b>'],
])('never passes raw HTML through: %s', (_name, input) => {
  const html = renderMarkdown(input);
  expect(html).not.toMatch(/<script|<img|<b /i);
  expect(html).toContain('&lt;');
});

test.each([
  ['javascript: link', '[click](javascript:alert(1))'],
  ['upper-case scheme', '[click](JAVASCRIPT:alert(1))'],
  ['entity-encoded scheme', '[click](&#106;avascript:alert(1))'],
  ['tab inside the scheme', '[click](java\tscript:alert(1))'],
  ['vbscript', '[click](vbscript:msgbox(1))'],
  ['data url', '[click](data:text/html;base64,PHNjcmlwdD4=)'],
  ['autolink', '<javascript:alert(1)>'],
  ['image with javascript src', '![x](javascript:alert(1))'],
])('never renders a dangerous link: %s', (_name, input) => {
  const html = renderMarkdown(input);
  expect(html).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
  expect(html).not.toMatch(/src="\s*(javascript|vbscript|data):/i);
});

test('keeps safe links: mail, phone, relative', () => {
  expect(renderMarkdown('[mail](mailto:help@example.com) [call](tel:+4912345) [faq](/faq)')).toMatch(
    /href="mailto:help@example.com".*href="tel:\+4912345".*href="\/faq"/,
  );
});
