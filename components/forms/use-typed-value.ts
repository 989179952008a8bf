"use client";

import { useEffect, useRef, useState, type ChangeEvent } from "react";

/**
 * A text field's value in state (for live feedback: warnings, counts, a JSON copy)
 * without making the field controlled. React resets a controlled field to its state
 * when it hydrates, which threw away whatever was typed or pasted before the page's
 * script had loaded; this field keeps it, and the state takes it up on mount. The
 * field starts from the state, so a form that remounts (a refused save) keeps it too.
 * Spread the second element on the <textarea> or <input>.
 */
export function useTypedValue<T extends HTMLTextAreaElement | HTMLInputElement>(initial: string | (() => string)) {
  const ref = useRef<T>(null);
  const [value, setValue] = useState(initial);
  useEffect(() => {
    if (ref.current) setValue(ref.current.value);
  }, []);
  const field = { ref, defaultValue: value, onChange: (event: ChangeEvent<T>) => setValue(event.target.value) };
  return [value, field] as const;
}
