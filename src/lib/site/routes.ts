/**
 * The static paths of per-variant routes, with typed props, so each route is
 * one line of `getStaticPaths` and `InferGetStaticPropsType` gives its props.
 * Runs at build time.
 */
import { variants, type Variant } from '../variants/variants.ts';

/** One path per variant (`/zh-hant/…`, `/zh-hans/…`), with the variant as a prop. */
export function variantPaths() {
  return variants.map((variant: Variant) => ({ params: { variant: variant.segment }, props: { variant } }));
}
