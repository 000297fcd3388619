/**
 * The validator of the browser code: the subset of `zod/mini` the adapters use, with the same names and
 * the same guarantees, in about 0.5 KB gzip instead of zod/mini's 7 KB (measured with `npm run size`;
 * issue 8). Adapters write `z.object({...})`, `z.string().check(z.minLength(1))`, `schema.safeParse(raw)`
 * exactly as with zod. What it guarantees, as zod does:
 * - `object` accepts plain objects only (not `null`, not arrays) and returns a new object with only the
 *   declared keys: nothing a backend or a message adds by surprise travels further;
 * - `string`, `number` (finite only), `boolean` and `literal` never coerce;
 * - `optional` accepts `undefined` (a missing key), never `null`;
 * - `union` returns the first option that matches; `check` runs its checks in order (`trim` rewrites).
 * Server code (`kyc-verify/server`) keeps the full zod.
 */

const INVALID: unique symbol = Symbol('invalid');
type Invalid = typeof INVALID;

/** One check of `schema.check(...)`: the value (possibly rewritten, as `trim` does), or invalid. */
export type Check<T> = (value: T) => T | Invalid;

export interface Schema<T> {
  /** The parsed value, or `INVALID`. */
  readonly run: (value: unknown) => T | Invalid;
  safeParse(value: unknown): {success: true; data: T} | {success: false; data?: undefined};
  /** The same schema followed by `checks`, in order. */
  check(...checks: Check<T>[]): Schema<T>;
}

/** The type a schema parses to (`z.infer`). */
export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type Flat<T> = {[K in keyof T]: T[K]};
type ObjectOf<S extends Shape> = Flat<
  {[K in keyof S as undefined extends Infer<S[K]> ? never : K]: Infer<S[K]>} & {[K in keyof S as undefined extends Infer<S[K]> ? K : never]?: Infer<S[K]>}
>;

function schema<T>(run: (value: unknown) => T | Invalid): Schema<T> {
  return {
    run,
    safeParse(value) {
      const data = run(value);
      return data === INVALID ? {success: false} : {success: true, data};
    },
    check: (...checks) => schema((value) => checks.reduce<T | Invalid>((current, check) => (current === INVALID ? current : check(current)), run(value))),
  };
}

const typed = <T>(test: (value: unknown) => boolean) => schema<T>((value) => (test(value) ? (value as T) : INVALID));

export const string = () => typed<string>((value) => typeof value === 'string');
export const number = () => typed<number>((value) => typeof value === 'number' && Number.isFinite(value));
export const boolean = () => typed<boolean>((value) => typeof value === 'boolean');
export const unknown = () => schema<unknown>((value) => value);
export const literal = <const T extends string | number | boolean>(expected: T) => typed<T>((value) => value === expected);

/** One of `values` (`z.enum`). */
function oneOf<const T extends readonly string[]>(values: T): Schema<T[number]> {
  return typed<T[number]>((value) => values.includes(value as string));
}
export {oneOf as enum};

export const optional = <T>(inner: Schema<T>) => schema<T | undefined>((value) => (value === undefined ? undefined : inner.run(value)));

export function union<const S extends readonly Schema<unknown>[]>(options: S): Schema<Infer<S[number]>> {
  return schema((value) => {
    for (const option of options) {
      const parsed = option.run(value);
      if (parsed !== INVALID) return parsed as Infer<S[number]>;
    }
    return INVALID;
  });
}

export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return schema((value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return INVALID;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const parsed = shape[key].run(Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined);
      if (parsed === INVALID) return INVALID;
      if (parsed !== undefined) out[key] = parsed;
    }
    return out as ObjectOf<S>;
  });
}

export const minLength =
  (min: number): Check<string> =>
  (value) =>
    value.length >= min ? value : INVALID;

export const trim = (): Check<string> => (value) => value.trim();

/** A check by predicate; `_message` documents the rule, as zod's does. */
export const refine =
  <T>(test: (value: T) => boolean, _message?: string): Check<T> =>
  (value) =>
    test(value) ? value : INVALID;
