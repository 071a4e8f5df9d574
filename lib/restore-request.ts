/**
 * One replay per request. A step or result page reads its address twice, in
 * `generateMetadata` (the title) and in the page itself; React's `cache` is
 * per request on the server, so both get the one restore. Server only: the
 * island restores with `restoreParams` (machines/replay.ts) directly.
 */
import { cache } from 'react';
import type { SearchParams } from '@/machines/address';
import { restoreParams, type Restored } from '@/machines/replay';

/** The address keys, in a fixed order, so equal addresses give equal cache keys. */
const KEYS = ['a', 'at', 'keep', 'return', 'for', 'version'] as const;

const restoreKey = cache((key: string, toResult: boolean): Restored => {
  const values = JSON.parse(key) as (string | string[] | null)[];
  const params: SearchParams = Object.fromEntries(KEYS.map((k, i) => [k, values[i] ?? undefined]));
  return restoreParams(params, { toResult });
});

/** `restoreParams` for this request's query, replayed once however often it is asked for. */
export function restoreRequest(params: SearchParams, { toResult = false } = {}): Restored {
  return restoreKey(JSON.stringify(KEYS.map((k) => params[k] ?? null)), toResult);
}
