/**
 * Makes a wrapper look like the function it wraps: same `name`, `length`, and
 * a `toString` that prints the original's source (`function fetch() {
 * [native code] }` for a native; the site's own source if the site had
 * replaced it first). Some sites check this and take another code path when a
 * wrapper shows (SITE-DATA §3, "Native-function checks").
 *
 * Limit, on purpose: `Function.prototype.toString.call(wrapper)` still shows
 * the wrapper. Patching Function.prototype.toString itself would touch every
 * function on the page to hide one, and is as detectable in other ways.
 */

const apply = Reflect.apply;
const fnToString = Function.prototype.toString;
type AnyFunction = (...args: unknown[]) => unknown;

export function disguise(wrapper: AnyFunction, original: AnyFunction): void {
  const toString = {
    toString(): string {
      return apply(fnToString, original, []) as string;
    },
  }.toString;
  // One level further: wrapper.toString.toString() prints like the native Function.prototype.toString.
  hide(toString, 'toString', function toString(): string {
    return apply(fnToString, fnToString, []) as string;
  });
  hide(wrapper, 'toString', toString);
  copy(wrapper, original, 'name');
  copy(wrapper, original, 'length');
}

function hide(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: false, configurable: true });
}

function copy(target: AnyFunction, source: AnyFunction, key: 'name' | 'length'): void {
  const value = Object.getOwnPropertyDescriptor(source, key)?.value;
  if (value !== undefined)
    Object.defineProperty(target, key, { value, writable: false, enumerable: false, configurable: true });
}
