export { handleTurn, type EngineDeps, type KnowledgeLookup } from './engine';
export * from './turn';
export { normalizeText } from './normalize';
export { warmUpSmallTalk } from './small-talk';
