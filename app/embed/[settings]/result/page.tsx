import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { SearchParams } from '@/machines/address';
import { publicOrigin } from '@/lib/public-origin';
import { embedSurface } from '@/lib/embed-settings';
import { ResultPage, resultMetadata } from '@/app/_flow/result-page';

type Props = { params: Promise<{ settings: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return resultMetadata(await searchParams, embedSurface((await params).settings));
}

export default async function Page({ params, searchParams }: Props) {
  return <ResultPage params={await searchParams} surface={embedSurface((await params).settings)} origin={publicOrigin(await headers())} />;
}
