/**
 * The vocabulary every module shares: languages and scripts, service levels, categories and tiers, roles and actors,
 * and the coded-error catalogue. A leaf: it imports only zod, and bot/, knowledge/ and handoff/ may all import it.
 */
export * from './languages';
export * from './service';
export * from './people';
export * from './errors';
