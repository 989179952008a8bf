import styles from "./reviews.module.css";

const phases = [
  { key: "BLIND", label: "1 · Rate blind", help: "Everyone rates every item on their own. Nobody, the facilitator included, can see anyone else's ratings until an item is revealed." },
  { key: "REVEAL", label: "2 · Reveal", help: "Revealed items show the distribution, who rated what, and how far the ratings spread. Widest disagreement comes first." },
  { key: "DECIDE", label: "3 · Decide", help: "The facilitator records the team's judgment on each item; anyone who disagrees puts their dissent on the record." },
  { key: "CLOSED", label: "Closed", help: "This session is a read-only record. Export it as Markdown or JSON." },
] as const;

export function PhaseBanner({ phase }: { phase: string }) {
  const current = phases.find((p) => p.key === phase) ?? phases[0];
  return (
    <section className={styles.phase} aria-label="Session phase">
      <ol className={styles.steps}>
        {phases.map((p) => (
          <li key={p.key} aria-current={p.key === phase ? "step" : undefined}>
            {p.label}
          </li>
        ))}
      </ol>
      <p>{current.help}</p>
    </section>
  );
}
