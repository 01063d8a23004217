/**
 * A conversation as the agent console reads it: its messages in order, each bot turn also rendered the way the
 * customer saw it. Bot replies go out as Markdown (Web Chat renders it), so the console shows them through the same
 * safe renderer the knowledge base uses (raw HTML escaped, links checked); what people typed — customer text, agent
 * replies, status lines, all sent as plain text — is never rendered.
 */
import type { TranscriptLine } from '../../handoff';
import { renderMarkdown } from '../../knowledge';
import type { StoredActivity } from './model';

export function transcriptLines(activities: readonly StoredActivity[]): TranscriptLine[] {
  return activities
    .filter((a) => a.type === 'message' && a.text)
    .map((a) => {
      const text = a.text ?? '';
      return { role: a.role, text, timestamp: a.timestamp, ...(sentAsMarkdown(a) ? { html: renderMarkdown(text) } : {}) };
    });
}

/** The Bot Framework's default text format is Markdown; Baton marks everything else `plain`. */
function sentAsMarkdown(activity: StoredActivity): boolean {
  return activity.role === 'bot' && activity.activity.textFormat !== 'plain' && activity.activity.textFormat !== 'xml';
}
