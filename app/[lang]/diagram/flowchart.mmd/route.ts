/** Download of the Mermaid text, optionally with a person's path highlighted (`?a=`). */
import type { NextRequest } from 'next/server';
import { contentFor } from '@/content';
import { requestPlace } from '@/lib/site-surface';
import { decodeAnswers } from '@/machines/address';
import { toMermaid, tracePath } from '@/machines/to-mermaid';

export async function GET(request: NextRequest) {
  const content = contentFor((await requestPlace()).lang);
  const decoded = decodeAnswers(request.nextUrl.searchParams.get('a'));
  const path = decoded.ok && decoded.answers.length > 0 ? tracePath(content, decoded.answers) : null;
  return new Response(toMermaid(content, { highlight: path ?? undefined }), {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': 'attachment; filename="leg-cramp-check.mmd"',
      'Cache-Control': 'no-store',
    },
  });
}
