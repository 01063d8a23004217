/** The notifier's topics, in one place: what each one's payload is. */
export const TOPICS = {
  /** `{conversationId}`: the conversation has new activities (Direct Line stream and polling, relays). */
  conversationActivity: 'conversation.activity',
  /** A handoff `HandoffEvent` (ticket events, presence) for the agent consoles. */
  handoffEvent: 'handoff.event',
  /** `{}`: published knowledge or synonyms changed; rebuild the search from the store. */
  knowledgeChanged: 'knowledge.changed',
  /** `{}`: customers were imported; forget the directory lookups kept in memory. */
  customersChanged: 'customers.changed',
  /** `{key}`: a setting changed (the handoff policy); read it again. */
  settingChanged: 'setting.changed',
} as const;
