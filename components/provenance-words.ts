type Group = { originTitle: string; repeats: number };

/** " — 2 repeat Reuters wire report; 1 repeats AP" for groups where sources repeat an origin; "" otherwise. */
export function repeatsText(corroboration: { groups?: Group[] }) {
  const repeating = (corroboration.groups ?? []).filter((g) => g.repeats > 0);
  if (!repeating.length) return "";
  return ` — ${repeating.map((g) => `${g.repeats} ${g.repeats === 1 ? "repeats" : "repeat"} ${g.originTitle}`).join("; ")}`;
}
