import type { NextRequest } from 'next/server';
import { embedSurface } from '@/lib/embed-settings';
import { handleNext } from '@/app/_flow/next-handler';

export async function GET(request: NextRequest, { params }: { params: Promise<{ settings: string }> }) {
  return handleNext(request, embedSurface((await params).settings).base);
}
