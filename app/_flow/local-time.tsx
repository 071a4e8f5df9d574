'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * When the result was made, for the printed summary. The server writes it in
 * UTC (it cannot know the reader's time zone); once in the browser it shows
 * the reader's own local time. Nothing is stored.
 */
export function LocalTime({ iso, lang }: { iso: string; lang: string }) {
  // The server writes the content's language in UTC; the browser, the reader's own locale and time zone.
  const format = (timeZone?: string) =>
    new Intl.DateTimeFormat(timeZone ? lang : undefined, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(
      new Date(iso),
    );
  const text = useSyncExternalStore(
    subscribe,
    () => format(),
    () => format('UTC'),
  );
  return <time dateTime={iso}>{text}</time>;
}
