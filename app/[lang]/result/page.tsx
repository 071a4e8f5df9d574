import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { SearchParams } from '@/machines/address';
import { publicOrigin } from '@/lib/public-origin';
import { siteSurface } from '@/lib/site-surface';
import { ResultPage, resultMetadata } from '@/app/_flow/result-page';

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return resultMetadata(await searchParams, await siteSurface(params));
}

export default async function Page({ params, searchParams }: Props) {
  return <ResultPage params={await searchParams} surface={await siteSurface(params)} origin={publicOrigin(await headers())} />;
}
