'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * When the result was made, for the printed summary. The server writes it in
 * UTC (it cannot know the reader's time zone); once in the browser it shows
 * the reader's own local time. Nothing is stored.
 */
export function LocalTime({ iso, locale }: { iso: string; locale: string }) {
  // Always as the page's language writes dates (`DATE_LOCALES`: "5 de diciembre", "5 December"): the server in UTC, the browser in the reader's own time zone.
  const format = (timeZone?: string) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(
      new Date(iso),
    );
  const text = useSyncExternalStore(
    subscribe,
    () => format(),
    () => format('UTC'),
  );
  return <time dateTime={iso}>{text}</time>;
}
