import type { Metadata } from 'next';
import type { SearchParams } from '@/machines/address';
import { embedSurface } from '@/lib/embed-settings';
import { CheckPage, checkMetadata } from '@/app/_flow/check-page';

type Props = { params: Promise<{ settings: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return checkMetadata(await searchParams, embedSurface((await params).settings));
}

export default async function Page({ params, searchParams }: Props) {
  return <CheckPage params={await searchParams} surface={embedSurface((await params).settings)} />;
}
