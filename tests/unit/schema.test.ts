import { describe, expect, test } from 'vitest';
import { articleSchema, OTHER_FIELDS, TEXT_FIELDS } from '../../src/lib/articles/schema.ts';

describe('frontmatter fields', () => {
  test('every field is either text converted into every variant (TEXT_FIELDS) or named with how it is handled', () => {
    // A new field shown to readers but missing from TEXT_FIELDS would reach the other scripts unconverted.
    const fields = Object.keys(articleSchema.shape).sort();
    const classified = [...TEXT_FIELDS, ...Object.keys(OTHER_FIELDS)].sort();
    expect(fields).toEqual(classified);
    expect(TEXT_FIELDS.filter((field) => field in OTHER_FIELDS)).toEqual([]);
  });
});
