const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * The first `max` user-perceived characters (grapheme clusters) of the text: an emoji, a family
 * emoji or a CJK Extension B character is never cut in half. Adds "…" when anything was cut.
 */
export function cutGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = "";
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (count === max) return kept + "…";
    kept += segment;
    count++;
  }
  return kept;
}
