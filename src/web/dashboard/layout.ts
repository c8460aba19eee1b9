// The page shell: header with who is logged in, the menu for her role, main.
import type { Session } from '../../research/access.ts';
import { h, type Safe } from './html.ts';
import { pagesFor, type Section } from './pages.ts';

const SECTION_TITLES: Record<Section, string> = { research: 'Research', ngo: 'Outreach', admin: 'Admin' };

export const BASE = '/dashboard';

function shell(title: string, body: Safe): string {
  return h`<!doctype html>
<html lang="en">
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

export function layout(o: { title: string; user: Session; current: string; body: Safe }): string {
  const bySection = new Map<Section, ReturnType<typeof pagesFor>>();
  for (const p of pagesFor(o.user.role)) bySection.set(p.section, [...(bySection.get(p.section) ?? []), p]);
  const nav = [...bySection.entries()].map(
    ([section, ps]) =>
      h`<div class="nav-group"><span class="nav-title">${SECTION_TITLES[section]}</span>${ps.map(
        (p) =>
          h`<a href="${BASE}${p.path}"${p.path === o.current ? h` aria-current="page"` : ''}>${p.title}${
            p.placeholder ? h` <small>(soon)</small>` : ''
          }</a>`,
      )}</div>`,
  );
  return shell(
    o.title,
    h`<header class="top">
  <a class="brand" href="${BASE}">Upahku</a>
  <span class="who">${o.user.name} <span class="role">${o.user.role}</span></span>
  <form method="post" action="${BASE}/logout" class="logout"><input type="hidden" name="_csrf" value="${o.user.csrf}"><button type="submit">Log out</button></form>
</header>
<nav class="side" aria-label="Pages">${nav}</nav>
<main><h1>${o.title}</h1>${o.body}</main>`,
  );
}

export function loginPage(o: { error?: string; status?: string } = {}): string {
  return shell(
    'Log in',
    h`<main class="login">
  <h1>Upahku dashboard</h1>
  <p>Log in with the token you were given (<code>npx upahku token create</code> makes one).</p>
  ${o.error ? h`<p class="error" role="alert">${o.error}</p>` : ''}
  ${o.status ? h`<p class="status">${o.status}</p>` : ''}
  <form method="post" action="${BASE}/login">
    <label for="token">Token</label>
    <input id="token" name="token" type="password" autocomplete="current-password" required maxlength="200">
    <button type="submit">Log in</button>
  </form>
</main>`,
  );
}

export function errorPage(title: string, message: string, user?: Session): string {
  const body = h`<p class="error">${message}</p><p><a href="${BASE}">Back to the dashboard</a></p>`;
  if (user) return layout({ title, user, current: '', body });
  return shell(title, h`<main class="login"><h1>${title}</h1>${body}</main>`);
}
