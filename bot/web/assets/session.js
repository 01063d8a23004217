// @ts-check
// A staff page's frame: the language it speaks, signing in and out, and the language switch in its header. The page
// speaks the language its person chose (remembered on the server), before sign-in the one chosen on this device, or
// else the browser's.
import { api, ApiError, onSessionEnded } from './api.js';
import { $ } from './dom.js';
import { isLocale, locale, preferredLocale, rememberOnDevice, t, useLocale } from './i18n.js';
import { toast } from './toast.js';

/** @typedef {import('../../people/model').User} User */

/**
 * @typedef {object} StaffPage
 * @property {(user: User) => Promise<string | void> | string | void} enter shows the page to a signed-in person;
 *   returns why this person may not use it, if they may not
 * @property {() => void} leave hides everything but the sign-in form
 */

/**
 * Starts a staff page; resolves once it shows either the sign-in form or the signed-in page. The page has a
 * #login-form (inputs named email and password) with a #login-error, a #sign-out button and a #language switch (one
 * option per locale).
 */
export async function startStaffPage(/** @type {StaffPage} */ handlers) {
  const page = {
    ...handlers,
    signInForm: $('login-form', HTMLFormElement),
    signInError: $('login-error'),
    signOutButton: $('sign-out'),
    languageSwitch: $('language', HTMLSelectElement),
  };
  /** @type {User | null} */
  let user = null;
  await useLocale(preferredLocale());
  page.languageSwitch.value = locale();

  function signedOut(message = '') {
    user = null;
    page.leave();
    page.signInError.textContent = message;
  }

  async function enter(/** @type {User} */ signedIn) {
    if (signedIn.locale && signedIn.locale !== locale()) await switchTo(signedIn.locale);
    user = signedIn;
    const refusal = await page.enter(signedIn);
    if (refusal) signedOut(refusal);
  }

  async function switchTo(/** @type {import('./i18n.js').Locale} */ chosen) {
    await useLocale(chosen);
    page.languageSwitch.value = chosen;
  }

  onSessionEnded(() => {
    if (user) signedOut(t('staff.sessionEnded'));
  });

  page.languageSwitch.addEventListener('change', async () => {
    const chosen = page.languageSwitch.value;
    if (!isLocale(chosen)) return;
    rememberOnDevice(chosen);
    await switchTo(chosen);
    if (!user) return;
    try {
      user = (await api('PUT', '/api/auth/me/locale', { locale: chosen })).user;
    } catch (err) {
      toast(t('staff.notSaved', { message: /** @type {Error} */ (err).message }), 'bad');
    }
  });

  page.signInForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(page.signInForm);
    page.signInError.textContent = '';
    try {
      const answer = await api('POST', '/api/auth/login', { email: form.get('email'), password: form.get('password') });
      page.signInForm.reset();
      await enter(answer.user);
    } catch (err) {
      page.signInError.textContent = /** @type {Error} */ (err).message || t('staff.signInFailed');
    }
  });

  page.signOutButton.addEventListener('click', async () => {
    await api('POST', '/api/auth/logout').catch(() => undefined);
    signedOut();
  });

  try {
    await enter((await api('GET', '/api/auth/me')).user);
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 401)) toast(/** @type {Error} */ (err).message, 'bad');
    signedOut();
  }
}
