/** A scale's options in a <select>, after an empty "Choose…" so nothing is picked by accident. */
export function ScaleOptions({ scale }: { scale: readonly { value: string; label: string }[] }) {
  return (
    <>
      <option value="">Choose…</option>
      {scale.map((s) => (
        <option key={s.value} value={s.value}>
          {s.label}
        </option>
      ))}
    </>
  );
}
