/** `/events.bib`, `/ko/events.bib`: every entry's page as a reference, in BibTeX, in each edition's language. */
import type { APIContext } from 'astro';
import type { CslItem } from '../../lib/citation/item.ts';
import { recordCitePaths } from '../../site/paths.ts';
import { citeResponse } from '../../views/citation.ts';

export const getStaticPaths = recordCitePaths;

export const GET = ({ props }: APIContext<{ items: CslItem[] }>) => citeResponse('bib', props.items);
