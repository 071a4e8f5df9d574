'use client';

import { useParams } from 'next/navigation';
import { RestoreError } from '@/app/_flow/restore-error';

/** Anything unexpected inside the frame ends on the calm page, and Start again stays in the frame. */
export default function EmbedError() {
  const { settings } = useParams<{ settings: string }>();
  return <RestoreError base={`/embed/${encodeURIComponent(settings ?? 'default')}`} />;
}
