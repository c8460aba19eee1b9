// The page shell: header with who is logged in and the language switch, the
// menu for her role (wrapping on a phone: never a sideways scroll), main.
import type { Session } from '../../access/tokens.ts';
import { h, type Safe } from './html.ts';
import { type DashLang, DEFAULT_LANG, type MsgKey, PAGE_TITLES_ID, translator } from './i18n.ts';
import type { DashboardPage, PageSet, Section } from './pages.ts';

const SECTION_TITLES: Record<Section, MsgKey> = { research: 'nav.research', ngo: 'nav.ngo', admin: 'nav.admin' };

export const BASE = '/dashboard';

/** A page's title in the dashboard language. */
export function pageTitle(p: Pick<DashboardPage, 'path' | 'title' | 'titles'>, lang: DashLang): string {
  return p.titles?.[lang] ?? (lang === 'id' ? PAGE_TITLES_ID[p.path] : undefined) ?? p.title;
}

function shell(title: string, body: Safe, lang: DashLang = DEFAULT_LANG): string {
  return h`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Upahku</title>
<link rel="stylesheet" href="${BASE}/assets/dashboard.css">
<script src="${BASE}/assets/chart.umd.min.js" defer></script>
<script src="${BASE}/assets/dashboard.js" defer></script>
</head>
<body>${body}</body>
</html>`.html;
}

/** Where the language switch brings her back: this page with its query, less a form's one-time message. */
function backTo(current: string, search?: string): string {
  const q = new URLSearchParams(search ?? '');
  for (const k of ['ok', 'err', 'detail', 'sig', 'n', 'at', 'b']) q.delete(k);
  const rest = q.toString();
  return rest ? `${current}?${rest}` : current;
}

export function layout(o: {
  title: string;
  user: Session;
  /** The dashboard's pages, for the menu. */
  pages: PageSet;
  current: string;
  body: Safe;
  lang?: DashLang;
  /** The request's query string (e.g. ?id=3), kept by the language switch. */
  search?: string;
}): string {
  const lang = o.lang ?? DEFAULT_LANG;
  const t = translator(lang);
  const bySection = new Map<Section, DashboardPage[]>();
  for (const p of o.pages.forRole(o.user.role))
    if (p.menu !== false) bySection.set(p.section, [...(bySection.get(p.section) ?? []), p]);
  const nav = [...bySection.entries()].map(
    ([section, ps]) =>
      h`<div class="nav-group"><span class="nav-title">${t(SECTION_TITLES[section])}</span>${ps.map(
        (p) =>
          h`<a href="${BASE}${p.path}"${p.path === o.current ? h` aria-current="page"` : ''}>${pageTitle(p, lang)}${
            p.placeholder ? h` <small>${t('nav.soon')}</small>` : ''
          }</a>`,
      )}</div>`,
  );
  const page = o.pages.find(o.current);
  const title = page && page.title === o.title ? pageTitle(page, lang) : o.title;
  const other: DashLang = lang === 'id' ? 'en' : 'id';
  return shell(
    title,
    h`<header class="top">
  <a class="brand" href="${BASE}">Upahku</a>
  <span class="who">${o.user.name} <span class="role">${o.user.role}</span></span>
  ${
    o.user.csrf
      ? h`<form method="post" action="${BASE}/prefs/lang" class="lang-switch"><input type="hidden" name="_csrf" value="${o.user.csrf}"><input type="hidden" name="lang" value="${other}"><input type="hidden" name="back" value="${backTo(o.current, o.search)}"><button type="submit" lang="${other}" id="lang-switch">${t('lang.switch')}</button></form>`
      : ''
  }
  <form method="post" action="${BASE}/logout" class="logout"><input type="hidden" name="_csrf" value="${o.user.csrf}"><button type="submit">${t('logout')}</button></form>
</header>
<nav class="side" aria-label="${t('nav.menu')}">${nav}</nav>
<main><h1>${title}</h1>${o.body}</main>`,
    lang,
  );
}

/** The login page, in the language asked for by ?lang= (Indonesian unless English is asked for). */
export function loginPage(o: { error?: string; status?: string; lang?: DashLang } = {}): string {
  const lang = o.lang ?? DEFAULT_LANG;
  const t = translator(lang);
  const other: DashLang = lang === 'id' ? 'en' : 'id';
  return shell(
    t('auth.login'),
    h`<main class="login">
  <p class="lang-link"><a href="${BASE}/login?lang=${other}" lang="${other}" id="login-lang">${t('lang.switch')}</a></p>
  <h1>${t('auth.title')}</h1>
  <p>${t('auth.intro')}</p>
  ${o.error ? h`<p class="error" role="alert">${o.error}</p>` : ''}
  ${o.status ? h`<p class="status">${o.status}</p>` : ''}
  <form method="post" action="${BASE}/login${lang === 'en' ? '?lang=en' : ''}">
    <label for="token">${t('auth.token')}</label>
    <input id="token" name="token" type="password" autocomplete="current-password" required maxlength="200">
    <button type="submit">${t('auth.login')}</button>
  </form>
</main>`,
    lang,
  );
}

/** An error page; with the logged-in user and the pages, inside the dashboard's menu. */
export function errorPage(
  title: string,
  message: string,
  nav?: { user: Session; pages: PageSet },
  lang?: DashLang,
): string {
  const body = h`<p class="error">${message}</p><p><a href="${BASE}">${translator(lang ?? 'en')('back')}</a></p>`;
  if (nav) return layout({ title, user: nav.user, pages: nav.pages, current: '', body, lang });
  return shell(title, h`<main class="login"><h1>${title}</h1>${body}</main>`, lang);
}
