/**
 * Answers are Markdown written by editors; customers and the editor page see them as HTML. Raw HTML is never passed
 * through (html: false escapes it) and links may only point to web, mail or phone addresses or within the site, so an
 * answer can never carry a script or a `javascript:` link.
 */
import MarkdownIt from 'markdown-it';
import { isSafeLink } from '../links';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

markdown.validateLink = isSafeLink;

const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('rel', 'noopener noreferrer nofollow');
  tokens[idx].attrSet('target', '_blank');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(text: string): string {
  return markdown.render(text);
}
