/** OpenSearch description of a variant's search, so browsers can add the site's search. */
import type { APIRoute } from 'astro';
import { escapeHtml } from '../../lib/search/query.ts';
import { withBase } from '../../lib/site/urls.ts';
import { variants, type Variant } from '../../lib/variants/variants.ts';

export function getStaticPaths() {
  return variants.map((variant) => ({ params: { variant: variant.segment }, props: { variant } }));
}

export const GET: APIRoute = ({ props, site }) => {
  const { variant } = props as { variant: Variant };
  const url = (path: string) => escapeHtml(new URL(withBase(path), site).href);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeHtml(variant.ui.siteName)}</ShortName>
  <Description>${escapeHtml(variant.ui.siteDescription)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${variant.lang}</Language>
  <Url type="text/html" method="get" template="${url(`${variant.segment}/search/`)}?q={searchTerms}"/>
  <moz:SearchForm>${url(`${variant.segment}/search/`)}</moz:SearchForm>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
