/** `/feed.xml`, `/ko/feed.xml`: the newest entries first, as RSS, in each language. */
import type { APIContext } from 'astro';
import { feedPaths } from '../../site/paths.ts';
import { rssResponse } from '../../views/rss.ts';
import type { FeedView } from '../../views/feed.ts';

export const getStaticPaths = feedPaths;

export const GET = ({ props }: APIContext<{ feed: FeedView }>) => rssResponse(props.feed);
