/** `/actors/<id>/feed.xml`, `/topics/<id>/feed.xml`, `/kinds/…`, `/sides/…`, and under `/ko/`: a value's newest entries, as RSS. */
import type { APIContext } from 'astro';
import { facetFeedPaths } from '../../../../site/paths.ts';
import type { FeedView } from '../../../../views/feed.ts';
import { rssResponse } from '../../../../views/rss.ts';

export const getStaticPaths = facetFeedPaths;

export const GET = ({ props }: APIContext<{ feed: FeedView }>) => rssResponse(props.feed);
