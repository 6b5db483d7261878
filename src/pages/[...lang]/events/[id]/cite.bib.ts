/** `/events/<id>/cite.bib`, `/ko/events/<id>/cite.bib`: the entry's page as a reference, in BibTeX. */
import type { APIContext } from 'astro';
import type { CslItem } from '../../../../lib/citation/item.ts';
import { entryCitePaths } from '../../../../site/paths.ts';
import { citeResponse } from '../../../../views/citation.ts';

export const getStaticPaths = entryCitePaths;

export const GET = ({ props }: APIContext<{ items: CslItem[] }>) => citeResponse('bib', props.items);
