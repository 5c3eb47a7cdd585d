import './ui.css';

/**
 * Reasons are sentences produced by core; they may quote page text (a handle,
 * a comment), so they are rendered as text nodes only.
 */
export function ReasonList({ reasons, label }: { reasons: readonly string[]; label?: string }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="cs-reasons" aria-label={label}>
      {reasons.map((reason, i) => (
        <li key={i}>{reason}</li>
      ))}
    </ul>
  );
}
