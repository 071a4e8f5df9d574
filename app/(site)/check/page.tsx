import type { Metadata } from 'next';
import type { SearchParams } from '@/machines/address';
import { SITE } from '@/lib/embed-settings';
import { CheckPage, checkMetadata } from '@/app/_flow/check-page';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return checkMetadata(await searchParams, SITE);
}

export default async function Page({ searchParams }: Props) {
  return <CheckPage params={await searchParams} surface={SITE} />;
}
