/** Between Bot Framework activities and the engine's plain turns and replies. */
import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import { CustomerActionSchema, type BotReply, type TurnInput } from '../../core/turn';

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
    const mentioned = (entity as { mentioned?: { id?: string }; text?: string }).mentioned;
    const mentionText = (entity as { text?: string }).text;
    if (entity.type === 'mention' && mentioned?.id === activity.recipient?.id && mentionText) {
      text = text.split(mentionText).join(' ');
    }
  }
  return text.trim();
}

export function toActivity(reply: BotReply): Partial<Activity> {
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    text: reply.text,
    textFormat: 'markdown',
    locale: reply.lang === 'zh' ? 'zh-CN' : 'en-US',
  };
  if (reply.suggestedActions?.length) {
    activity.suggestedActions = {
      to: [],
      actions: reply.suggestedActions.map((s) => ({
        type: 'messageBack',
        title: s.title,
        text: s.text,
        displayText: s.text,
        value: s.action,
      })),
    };
  }
  if (reply.articleId) activity.channelData = { baton: { kind: reply.kind, articleId: reply.articleId } };
  else activity.channelData = { baton: { kind: reply.kind } };
  return activity;
}
