/**
 * The vocabulary every module shares: languages and scripts, service levels, categories and tiers, roles and actors,
 * the coded-error catalogue, and the text catalogue people read. A leaf: it imports only zod (and its own JSON), and
 * bot/, knowledge/ and handoff/ may all import it.
 */
export * from './languages';
export * from './service';
export * from './people';
export * from './errors';
export * from './text';
export * from './remember-recent';
