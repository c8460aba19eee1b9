// The language switch in the header posts here: the choice is saved for this
// login (its token) and she goes back to the page she was on.
import { h } from './html.ts';
import { DASH_LANGS, isDashLang, setLoginLang, translator } from './i18n.ts';
import type { DashboardPage } from './pages.ts';

/** Only a path inside the dashboard (with a plain query) is a place to go back to. */
const SAFE_BACK = /^\/[a-z0-9/-]*(\?[A-Za-z0-9=&_.-]*)?$/;

/** The language switch, listed in src/app/dashboard.ts. */
export const prefsPages: DashboardPage[] = [];

prefsPages.push({
  path: '/prefs/lang',
  title: 'Language',
  titles: { id: 'Bahasa' },
  menu: false,
  section: 'admin',
  roles: ['admin', 'researcher', 'ngo'],
  order: 1000,
  async render(pc) {
    const t = translator(pc.lang ?? 'id');
    return h`<form method="post" class="stack"><input type="hidden" name="_csrf" value="${pc.csrf}">
<label>${t('lang.label')} <select name="lang">${DASH_LANGS.map(
      (l) => h`<option value="${l}"${l === pc.lang ? h` selected` : ''}>${translator(l)('lang.name')}</option>`,
    )}</select></label><button type="submit">OK</button></form>`;
  },
  async post(pc, form) {
    if (isDashLang(form.lang)) await setLoginLang(pc.db, pc.user.tokenId, form.lang, pc.now);
    const back = form.back ?? '';
    return SAFE_BACK.test(back) && back !== '/prefs/lang' ? back : '/';
  },
});
