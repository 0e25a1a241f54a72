import { type ComponentType, lazy } from "react";

/** A page component loaded on first use from its own chunk (pages are named exports). */
export function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] }));
}
