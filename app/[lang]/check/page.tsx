import type { Metadata } from 'next';
import type { SearchParams } from '@/machines/address';
import { siteSurface } from '@/lib/site-surface';
import { CheckPage, checkMetadata } from '@/app/_flow/check-page';

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return checkMetadata(await searchParams, await siteSurface(params));
}

export default async function Page({ params, searchParams }: Props) {
  return <CheckPage params={await searchParams} surface={await siteSurface(params)} />;
}
