'use client';

import { CalmError } from '@/app/_components/calm-error';

/** Anything unexpected inside the frame ends on the calm page, and Start again stays in the frame. */
export default function EmbedError() {
  return <CalmError />;
}
