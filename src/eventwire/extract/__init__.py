"""Per-article extraction: PLOVER events, quotes and attribution, claims, consistency flags."""
