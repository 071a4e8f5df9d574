import type { NextRequest } from 'next/server';
import { handleNext } from '@/app/_flow/next-handler';

export function GET(request: NextRequest) {
  return handleNext(request, '');
}
