export { handleTurn, type EngineDeps, type KnowledgeLookup } from './engine';
export * from './turn';
export { normalizeText } from './normalize';
