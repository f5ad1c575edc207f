import type { zhCN } from './zh-CN/index.js';

/** A message object with every text widened to string: what a translation of it must match. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language's messages must have: the same keys as zhCN. */
export type Messages = Widen<typeof zhCN>;
