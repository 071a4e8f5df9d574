import type { NextRequest } from 'next/server';
import { handleNext } from '@/app/_flow/next-handler';
import { siteSurface } from '@/lib/site-surface';

export async function GET(request: NextRequest, { params }: { params: Promise<{ lang: string }> }) {
  return handleNext(request, (await siteSurface(params)).base);
}
