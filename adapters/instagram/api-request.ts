import type { ApiFacts } from '../common/api';
import { validHandle } from '../common/fields';
import { pkToShortcode } from './api-shortcode';

/**
 * Whom a request asked about, from its URL and form body (SITE-DATA §1.2–1.7):
 * GraphQL `variables` name the user (`id`, `username`, reels' nested
 * `data.target_user_id`) or the media (`media_id`, `shortcode`); REST paths
 * carry the pk (`/api/v1/media/<pk>/comments/`, `/api/v1/feed/user/<pk>/`).
 * Everything here is page-controlled text: parsed defensively, never thrown.
 */

export type ApiRequest = ApiFacts['request'];

type Obj = Record<string, unknown>;

const DIGITS = /^\d{1,25}$/u;
const CODE = /^[A-Za-z0-9_-]{1,64}$/u;
/** `variables` larger than this are not a query's arguments (the observer cuts bodies at 16 kB anyway). */
const MAX_VARIABLES = 20_000;

const MEDIA_PATH = /^\/api\/v1\/media\/(\d{1,25})(?:_\d{1,25})?\/(?:comments|info)\/?$/u;
const FEED_PATH = /^\/api\/v1\/feed\/user\/(\d{1,25})\/?$/u;
const FEED_BY_NAME_PATH = /^\/api\/v1\/feed\/user\/([^/]{1,64})\/username\/?$/u;
const PROFILE_INFO_PATH = /^\/api\/v1\/users\/web_profile_info\/?$/u;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A pk as a string; numbers only when exact (a 19-digit media pk parsed as a number has lost digits). */
export function asPk(value: unknown): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? String(value) : null;
  if (typeof value !== 'string') return null;
  // Media ids may be composite, "<media pk>_<owner pk>" (§1.3).
  const pk = value.split('_')[0] ?? '';
  return DIGITS.test(pk) && !/^0+$/u.test(pk) ? pk : null;
}

function asCode(value: unknown): string | null {
  return typeof value === 'string' && CODE.test(value) ? value : null;
}

function asName(value: unknown): string | null {
  return typeof value === 'string' ? validHandle(value) : null;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function parseForm(body: string | null): URLSearchParams | null {
  if (body === null || body.length === 0) return null;
  try {
    return new URLSearchParams(body);
  } catch {
    return null;
  }
}

function parseVariables(text: string | null): Obj {
  if (text === null || text.length === 0 || text.length > MAX_VARIABLES) return {};
  try {
    const value: unknown = JSON.parse(text);
    return isObj(value) ? value : {};
  } catch {
    return {};
  }
}

/** `variables` from the form body, else from the URL (GraphQL over GET in older builds). */
function variablesOf(form: URLSearchParams | null, url: URL | null): { vars: Obj; nested: Obj } {
  const vars = parseVariables(form?.get('variables') ?? url?.searchParams.get('variables') ?? null);
  // The reels tab nests its arguments: {"data":{"target_user_id":"<pk>",…}} (§1.4).
  const nested = isObj(vars.data) ? vars.data : {};
  return { vars, nested };
}

function first<T>(...values: Array<T | null>): T | null {
  for (const value of values) if (value !== null) return value;
  return null;
}

export function readRequest(urlText: string, requestBody: string | null): ApiRequest {
  const url = parseUrl(urlText);
  const form = parseForm(requestBody);
  const { vars, nested } = variablesOf(form, url);
  const path = url?.pathname ?? '';
  const mediaFromPath = MEDIA_PATH.exec(path)?.[1] ?? null;
  const userFromPath = FEED_PATH.exec(path)?.[1] ?? null;
  const nameFromPath = FEED_BY_NAME_PATH.exec(path)?.[1] ?? null;
  const nameFromQuery = PROFILE_INFO_PATH.test(path) ? (url?.searchParams.get('username') ?? null) : null;

  const userId = first(
    asPk(vars.id),
    asPk(vars.target_user_id),
    asPk(nested.target_user_id),
    asPk(form?.get('target_user_id')),
    asPk(userFromPath),
  );
  const handle = first(
    asName(vars.username),
    asName(form?.get('username')),
    asName(nameFromQuery),
    asName(nameFromPath),
  );
  const mediaPk = first(asPk(vars.media_id), asPk(mediaFromPath));
  const postId = first(asCode(vars.shortcode), mediaPk === null ? null : pkToShortcode(mediaPk));
  return { userId, handle, secUid: null, mediaPk, postId };
}
