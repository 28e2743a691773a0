/**
 * @module
 * Helpers the zoo's relay members share: a decorator that forwards every
 * method of a store to the default implementation except the ones a fault
 * replaces, and an operation wrapper for the faults that sit between the
 * transport and a handler.
 */
import type { Operation, OperationRegistry } from '../../../reference/relay/plugins/operations.ts';

/**
 * `inner` with the methods of `overrides` replaced. Other methods are called
 * on `inner` itself (the SQLite stores keep private fields, so `this` must
 * stay the real instance).
 */
export function decorate<T extends object>(inner: T, overrides: Partial<T>): T {
  return new Proxy(inner, {
    get(target, prop) {
      if (Object.hasOwn(overrides, prop)) return (overrides as Record<PropertyKey, unknown>)[prop];
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Make `registry` pass the operation named `name` through `wrap` when a
 * plugin declares it, as a route wrapper in front of the handler would.
 */
export function wrapOperation(
  registry: OperationRegistry,
  name: string,
  wrap: (op: Operation<unknown, unknown>) => Operation<unknown, unknown>,
): void {
  const add = registry.add.bind(registry);
  registry.add = <Req, Res>(op: Operation<Req, Res>): void => {
    if (op.name !== name) {
      add(op);
      return;
    }
    add(wrap(op as unknown as Operation<unknown, unknown>) as unknown as Operation<Req, Res>);
  };
}
