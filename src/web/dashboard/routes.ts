// The researcher and NGO dashboard, server-rendered under /dashboard.
// Login takes a token once and then uses a session cookie (HttpOnly,
// SameSite=Strict, Secure when the service is reached over https). Every form
// carries the session's CSRF token, and cross-site posts are refused by origin.
// Scripts that download data can send the token as `Authorization: Bearer`.

import { timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { recordAudit, recordFailedLogin } from '../../access/audit.ts';
import {
  createSession,
  endSession,
  principalForToken,
  SESSION_HOURS,
  type Session,
  sessionFor,
} from '../../access/tokens.ts';
import type { Clock } from '../../core/clock.ts';
import { systemClock } from '../../core/clock.ts';
import { projectPath } from '../../core/paths.ts';
import type { Db } from '../../db/connect.ts';
import { clientAddress } from '../client-address.ts';
import type { DashboardDownload } from './downloads.ts';
import { type DashLang, DEFAULT_LANG, loginLang, type MsgKey, type Params, pageLang, translator } from './i18n.ts';
import { BASE, errorPage, layout, loginPage } from './layout.ts';
import { LoginLimiter, type LoginLimitOptions } from './login-limit.ts';
import { type DashboardPage, type PageContext, PageSet } from './pages.ts';

export const SESSION_COOKIE = 'upahku_session';
const ALL_VALUES = Symbol('all values');

export interface DashboardOptions {
  db: Db;
  /** The pages and downloads it serves: src/app/dashboard.ts lists them all. */
  pages: readonly DashboardPage[];
  downloads?: readonly DashboardDownload[];
  k: number;
  /** PUBLIC_URL: decides the Secure flag and the origin accepted for forms. */
  publicUrl?: string;
  pseudonymSecret?: string;
  payOverdueDays?: number;
  quietHours?: string | null;
  notifyOutbox?: (channel: string) => void;
  clock?: Clock;
  onError?: (err: unknown) => void;
  /** Failed logins allowed per client address (default 10 in 15 minutes). */
  loginLimit?: LoginLimitOptions;
}

const here = projectPath('src/web/dashboard');
const requireFrom = createRequire(import.meta.url);

function assets(): Record<string, { body: string; type: string }> {
  const chartDir = dirname(requireFrom.resolve('chart.js'));
  return {
    'dashboard.css': { body: readFileSync(join(here, 'public/dashboard.css'), 'utf8'), type: 'text/css' },
    'dashboard.js': { body: readFileSync(join(here, 'public/dashboard.js'), 'utf8'), type: 'text/javascript' },
    // Served from the installed package: the dashboard loads nothing from other hosts.
    'chart.umd.min.js': { body: readFileSync(join(chartDir, 'chart.umd.min.js'), 'utf8'), type: 'text/javascript' },
  };
}

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

type Env = { Variables: { user: Session | null; lang: DashLang } };

export function dashboardRoutes(o: DashboardOptions): Hono<Env> {
  const app = new Hono<Env>();
  const pages = new PageSet(o.pages);
  const downloads = new Map((o.downloads ?? []).map((d) => [d.path, d]));
  const clock = o.clock ?? systemClock;
  const secure = o.publicUrl?.startsWith('https://') ?? false;
  const publicOrigin = o.publicUrl ? new URL(o.publicUrl).origin : null;
  const files = assets();
  const limiter = new LoginLimiter(o.loginLimit);

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    if (!c.req.path.startsWith(`${BASE}/assets/`)) c.header('Cache-Control', 'no-store');
  });
  // Forms posted from another site are refused before anything else happens.
  app.use('*', csrf({ origin: (origin, c) => origin === new URL(c.req.url).origin || origin === publicOrigin }));

  app.get('/assets/:name', (c) => {
    const f = files[c.req.param('name')];
    if (!f) return c.notFound();
    return c.body(f.body, 200, {
      'content-type': `${f.type}; charset=utf-8`,
      'cache-control': 'public, max-age=3600',
    });
  });

  // Who is asking: the session cookie, or a bearer token for GET requests (scripts).
  app.use('*', async (c, next) => {
    let user: Session | null = null;
    const sid = getCookie(c, SESSION_COOKIE);
    if (sid) user = await sessionFor(o.db, sid, clock.now());
    const auth = c.req.header('authorization');
    if (!user && auth?.startsWith('Bearer ') && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
      // A script's token counts against the same limit as the login form.
      const address = clientAddress(c);
      const wait = limiter.retryAfter(address, clock.now().getTime());
      if (wait)
        return c.text('Too many wrong tokens from this address; try again later.\n', 429, {
          'Retry-After': String(wait),
        });
      const p = await principalForToken(o.db, auth.slice(7), clock.now());
      if (p) user = { ...p, csrf: '', expiresAt: clock.now().toISOString() };
      else limiter.fail(address, clock.now().getTime());
    }
    c.set('user', user);
    // The language chosen for this login (the header's switch saves it).
    c.set('lang', user ? await loginLang(o.db, user.tokenId) : c.req.query('lang') === 'en' ? 'en' : DEFAULT_LANG);
    await next();
  });

  app.get('/login', (c) => {
    if (c.get('user')) return c.redirect(`${BASE}`, 303);
    const t = translator(c.get('lang'));
    return c.html(loginPage({ status: c.req.query('out') ? t('auth.out') : undefined, lang: c.get('lang') }));
  });

  app.post('/login', async (c) => {
    // Refused before the form is read: an address that keeps guessing costs nothing.
    const address = clientAddress(c);
    const wait = limiter.retryAfter(address, clock.now().getTime());
    if (wait) {
      c.header('Retry-After', String(wait));
      return c.html(
        loginPage({
          error: translator(c.get('lang'))('auth.tooMany', { n: Math.ceil(wait / 60) }),
          lang: c.get('lang'),
        }),
        429,
      );
    }
    const form = await c.req.parseBody();
    const token = typeof form.token === 'string' ? form.token : '';
    const now = clock.now();
    const p = token ? await principalForToken(o.db, token, now) : null;
    if (!p) {
      limiter.fail(address, now.getTime());
      await recordFailedLogin(o.db, { address }, now);
      return c.html(loginPage({ error: translator(c.get('lang'))('auth.bad'), lang: c.get('lang') }), 401);
    }
    limiter.succeed(address);
    const s = await createSession(o.db, p, now);
    setCookie(c, SESSION_COOKIE, s.sessionId, {
      httpOnly: true,
      sameSite: 'Strict',
      secure,
      path: BASE,
      maxAge: SESSION_HOURS * 3600,
    });
    await recordAudit(o.db, { tokenId: p.tokenId, name: p.name, role: p.role }, 'login', {}, now);
    return c.redirect(BASE, 303);
  });

  /** An error page in the request's dashboard language. */
  const problem = (c: Context<Env>, title: MsgKey, text: MsgKey, user?: Session, params?: Params) => {
    const t = translator(c.get('lang'));
    return errorPage(t(title), t(text, params), user ? { user, pages } : undefined, c.get('lang'));
  };

  const needUser = (c: Context<Env>): Session | Response => {
    const user = c.get('user');
    if (!user) return c.redirect(`${BASE}/login`, 303);
    return user;
  };

  /** The posted fields (the last value of each) and every value of repeated ones (checkboxes). */
  const formOf = async (
    c: Context<Env>,
    user: Session,
  ): Promise<(Record<string, string> & { [ALL_VALUES]?: Record<string, string[]> }) | null> => {
    const body = await c.req.parseBody({ all: true });
    // No prototype: a field named __proto__ or constructor is only a field, and an
    // unposted name never resolves to something built in.
    const form: Record<string, string> = Object.create(null);
    const all: Record<string, string[]> = Object.create(null);
    for (const [key, v] of Object.entries(body)) {
      const values = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
      all[key] = values;
      if (values.length) form[key] = values.at(-1)!;
    }
    if (!user.csrf || !sameSecret(form._csrf ?? '', user.csrf)) return null;
    return Object.assign(form, { [ALL_VALUES]: all });
  };

  app.post('/logout', async (c) => {
    const user = c.get('user');
    if (user) {
      const form = await formOf(c, user);
      if (!form) return c.html(problem(c, 'auth.notAllowed', 'auth.expired', user), 403);
      const sid = getCookie(c, SESSION_COOKIE);
      if (sid) await endSession(o.db, sid);
      await recordAudit(o.db, user, 'logout', {}, clock.now());
    }
    deleteCookie(c, SESSION_COOKIE, { path: BASE, secure, httpOnly: true, sameSite: 'Strict' });
    return c.redirect(`${BASE}/login?out=1`, 303);
  });

  app.get('/', (c) => {
    const user = needUser(c);
    if (user instanceof Response) return user;
    const first = pages.forRole(user.role)[0];
    return first ? c.redirect(`${BASE}${first.path}`, 303) : c.html(problem(c, 'auth.nothing', 'auth.noPages', user));
  });

  const pageContext = (c: Context<Env>, user: Session): PageContext => ({
    db: o.db,
    user,
    query: new URL(c.req.url).searchParams,
    csrf: user.csrf,
    k: o.k,
    now: clock.now(),
    pseudonymSecret: o.pseudonymSecret,
    payOverdueDays: o.payOverdueDays ?? 14,
    quietHours: o.quietHours ?? null,
    notifyOutbox: o.notifyOutbox,
    lang: c.get('lang'),
  });

  const forbidden = (c: Context<Env>, user: Session) =>
    c.html(problem(c, 'auth.notAllowed', 'auth.role', user, { role: user.role }), 403);

  const failed = (c: Context<Env>, user: Session, err: unknown) => {
    o.onError?.(err);
    return c.html(problem(c, 'auth.wrong', 'auth.wrongText', user), 500);
  };

  app.get('/*', async (c) => {
    const path = c.req.path.slice(BASE.length);
    const page = pages.find(path);
    const download = page ? undefined : downloads.get(path);
    if (!page && !download) return c.html(problem(c, 'auth.notFound', 'auth.noPage', undefined), 404);
    const user = needUser(c);
    if (user instanceof Response) return user;
    const roles = (page ?? download)!.roles;
    if (!roles.includes(user.role)) return forbidden(c, user);
    const pc = pageContext(c, user);
    try {
      if (download) {
        const file = await download.handler(pc);
        if ('error' in file)
          return c.html(
            errorPage(translator(c.get('lang'))('auth.cannotExport'), file.error, { user, pages }, c.get('lang')),
            400,
          );
        await recordAudit(o.db, user, 'export', { path, ...file.audit }, pc.now);
        return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), 200, {
          'content-type': file.contentType,
          'content-disposition': `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
        });
      }
      const body = await pageLang.run(c.get('lang'), () => page!.render(pc));
      return c.html(
        layout({
          title: page!.title,
          user,
          pages,
          current: path,
          body,
          lang: c.get('lang'),
          search: new URL(c.req.url).search,
        }),
      );
    } catch (err) {
      return failed(c, user, err);
    }
  });

  app.post('/*', async (c) => {
    const path = c.req.path.slice(BASE.length);
    const page = pages.find(path);
    if (!page?.post) return c.html(problem(c, 'auth.notFound', 'auth.noForm', undefined), 404);
    const user = needUser(c);
    if (user instanceof Response) return user;
    if (!page.roles.includes(user.role)) return forbidden(c, user);
    const form = await formOf(c, user);
    if (!form) return c.html(problem(c, 'auth.notAllowed', 'auth.expired', user), 403);
    try {
      const to = await page.post(pageContext(c, user), form, form[ALL_VALUES] ?? {});
      if (typeof to !== 'string')
        return c.html(layout({ title: page.title, user, pages, current: path, body: to, lang: c.get('lang') }));
      return c.redirect(to.startsWith('/') ? `${BASE}${to}` : `${BASE}${path}`, 303);
    } catch (err) {
      return failed(c, user, err);
    }
  });

  return app;
}
