/** Between Bot Framework activities and the engine's plain turns and replies. */
import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import { CustomerActionSchema, type BotReply, type SuggestedAction, type TurnInput } from '../../core/turn';

export const TEAMS_CHANNEL_ID = 'msteams';

export function toTurnInput(activity: Activity): TurnInput {
  const action = CustomerActionSchema.safeParse(activity.value);
  return {
    conversationId: activity.conversation!.id,
    channel: activity.channelId ?? 'unknown',
    userId: activity.from?.id ?? 'anonymous',
    text: stripMentions(activity),
    locale: activity.locale ?? undefined,
    action: action.success ? action.data : undefined,
  };
}

/** In Teams channels the bot's own @mention is part of the text; the question is what is left. */
function stripMentions(activity: Activity): string {
  let text = activity.text ?? '';
  for (const entity of activity.entities ?? []) {
    const mention = entity as { type?: string; mentioned?: { id?: string }; text?: string };
    if (mention.type === 'mention' && mention.mentioned?.id === activity.recipient?.id && mention.text) {
      text = text.split(mention.text).join(' ');
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A reply as an activity for the channel. Teams gets Adaptive Cards with buttons (suggested actions only show in
 * personal chats there); Web Chat and other Direct Line clients get Markdown text with suggested actions. Either way
 * a clarification's choices are one click each: the button carries the `choose-article` action, which answers it.
 */
export function toActivity(reply: BotReply, channelId?: string): Partial<Activity> {
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    locale: reply.lang === 'zh' ? (reply.script === 'Hant' ? 'zh-TW' : 'zh-CN') : 'en-US',
    channelData: { baton: { kind: reply.kind, ...(reply.articleId ? { articleId: reply.articleId } : {}) } },
  };
  const actions = reply.suggestedActions ?? [];
  if (channelId === TEAMS_CHANNEL_ID && actions.length > 0) {
    activity.attachments = [{ contentType: 'application/vnd.microsoft.card.adaptive', content: adaptiveCard(reply.text, actions) }];
    return activity;
  }
  activity.text = reply.text;
  activity.textFormat = 'markdown';
  if (actions.length > 0) {
    activity.suggestedActions = {
      to: [],
      actions: actions.map((s) => ({ type: 'messageBack', title: s.title, text: s.text, displayText: s.text, value: s.action })),
    };
  }
  return activity;
}

function adaptiveCard(markdown: string, actions: SuggestedAction[]) {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: markdown, wrap: true }],
    // Action.Submit's data comes back as the activity's `value`: the same action payloads Web Chat sends.
    actions: actions.map((s) => ({ type: 'Action.Submit', title: s.title, data: s.action })),
  };
}
