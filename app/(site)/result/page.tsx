import type { Metadata } from 'next';
import type { SearchParams } from '@/machines/address';
import { SITE } from '@/lib/embed-settings';
import { ResultPage, resultMetadata } from '@/app/_flow/result-page';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return resultMetadata(await searchParams, SITE);
}

export default async function Page({ searchParams }: Props) {
  return <ResultPage params={await searchParams} surface={SITE} />;
}
