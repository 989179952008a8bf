/**
 * A language code from the script a text is written in, used only when neither the
 * metadata file nor the page itself says. Letters that only Pashto or Persian use
 * tell those apart from Arabic; Latin-script text stays "en", as on the paste form,
 * since telling Dutch from English needs more than letters. Editable afterwards.
 */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const count = (pattern: RegExp) => sample.match(pattern)?.length ?? 0;
  const arabicScript = count(/[\u0600-\u06FF]/g);
  const cyrillic = count(/[\u0400-\u04FF]/g);
  const latin = count(/[A-Za-z\u00C0-\u024F]/g);
  if (arabicScript > latin && arabicScript >= cyrillic) {
    if (count(/[ټډړږښګځڅېۍ]/g) > 0) return "ps";
    if (count(/[پچژگ]/g) > 0 || count(/[یک]/g) > count(/[يك]/g)) return "fa";
    return "ar";
  }
  if (cyrillic > latin) return "ru";
  if (count(/[ğışİĞŞ]/g) > 2) return "tr";
  return "en";
}

/** "en_US", "EN-gb", "fa-IR" → "en-US", "en-gb", "fa-IR"; anything unusable → undefined. */
export function normaliseLanguage(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const [primary, ...rest] = value.trim().replace(/_/g, "-").split("-");
  const code = [primary.toLowerCase(), ...rest].join("-");
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code) ? code : undefined;
}
