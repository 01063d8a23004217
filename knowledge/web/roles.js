// @ts-check
// Who is signed in, so each view offers only what this person may do (the server decides what is allowed).

/** @type {import('/assets/session.js').User | null} */
let user = null;

export function setUser(/** @type {import('/assets/session.js').User | null} */ signedIn) {
  user = signedIn;
}

/** Admins hold every role. */
export function hasRole(/** @type {'editor' | 'reviewer'} */ role) {
  const roles = user?.roles ?? [];
  return roles.includes('admin') || roles.includes(role);
}
