/**
 * Request bodies as the observer sees and hands them over.
 *
 * The filter gets the whole text body (Instagram's `fb_api_req_friendly_name`
 * can sit after kilobytes of session fields). What crosses to the extension
 * is smaller and safer: the form fields that are session tokens or the
 * viewer's own id (`fb_dtsg`, `lsd`, `jazoest`, `av`, `__user`, `__dyn`,
 * `__csr`, `__spin_*`, …) are dropped, since nothing downstream needs them and
 * they should not leave the page; then the text is cut to the contract's cap.
 */

const apply = Reflect.apply;
type AnyFunction = (...args: unknown[]) => unknown;

/** A string or URLSearchParams body as text; null for FormData, Blob, buffers, streams, documents, nothing. */
export function textRequestBody(
  body: unknown,
  isParams: (v: unknown) => v is URLSearchParams,
  paramsToString: AnyFunction,
): string | null {
  if (typeof body === 'string') return body;
  if (isParams(body)) {
    // The saved native toString: a site subclass or patch is not run.
    const text = apply(paramsToString, body, []);
    return typeof text === 'string' ? text : null;
  }
  return null;
}

const SESSION_KEY = /^(?:__|fb_dtsg$|fb_dtsg_ag$|lsd$|jazoest$|av$)/;

function looksLikeForm(body: string): boolean {
  const first = body.charCodeAt(0);
  // '{' or '[': a JSON body, kept as it is.
  return first !== 0x7b && first !== 0x5b && body.includes('=');
}

export function handOverRequestBody(body: string, max: number): string {
  let out = body;
  if (looksLikeForm(body)) {
    out = body
      .split('&')
      .filter((pair) => {
        const eq = pair.indexOf('=');
        return !SESSION_KEY.test(eq === -1 ? pair : pair.slice(0, eq));
      })
      .join('&');
  }
  return out.length > max ? out.slice(0, max) : out;
}
