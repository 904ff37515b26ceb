/** A finding's severity as a coloured badge with its word, so colour is never the only cue. */
import { Badge } from "@fluentui/react-components";
import type { Severity } from "../../core/model/finding";

const COLORS = { error: "danger", warning: "warning", info: "informative" } as const;
const WORDS: Readonly<Record<Severity, string>> = {
  error: "Error", warning: "Warning", info: "Info",
};

/** The badge for one severity. */
export function SeverityBadge(props: { severity: Severity; className?: string }) {
  const { severity, className } = props;
  return (
    <Badge appearance="tint" color={COLORS[severity]} shape="rounded" className={className}>
      {WORDS[severity]}
    </Badge>
  );
}
