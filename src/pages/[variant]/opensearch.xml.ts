/** OpenSearch description of a variant's search, so browsers can add the site's search. Runs at build time. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { escapeHtml } from '../../lib/search/excerpt.ts';
import { variantPaths } from '../../lib/site/routes.ts';
import { searchUrl } from '../../lib/site/urls.ts';

export const getStaticPaths = variantPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { variant }, site }) => {
  const searchPage = escapeHtml(new URL(searchUrl(variant), site).href);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeHtml(variant.ui.siteName)}</ShortName>
  <Description>${escapeHtml(variant.ui.siteDescription)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${variant.lang}</Language>
  <Url type="text/html" method="get" template="${searchPage}?q={searchTerms}"/>
  <moz:SearchForm>${searchPage}</moz:SearchForm>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
