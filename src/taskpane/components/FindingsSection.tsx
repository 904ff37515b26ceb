/** The check's findings with a filter by severity; a click on one selects its cell in Excel. */
import { useState } from "react";
import { Body1, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/model/finding";
import type { PaneCheck } from "../services/types";
import { FindingGroups } from "./FindingGroups";

/** More than this many findings are not drawn at once, so a huge workbook keeps the pane quick. */
export const SHOWN_AT_ONCE = 200;

const useStyles = makeStyles({
  bar: {
    display: "flex", alignItems: "end", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap",
  },
});

type Filter = "all" | Severity;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The findings of the last check, or nothing before the first one. */
export function FindingsSection(props: {
  check: PaneCheck | null;
  onSelect: (f: Finding) => void;
}) {
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>("all");
  const { check } = props;
  if (!check) return null;
  const { errors, warnings, info } = check.summary;
  const shown = check.findings.filter((f) => filter === "all" || f.severity === filter);
  return (
    <section aria-labelledby="findings-title">
      <Subtitle2 as="h2" block id="findings-title">Findings</Subtitle2>
      <div className={styles.bar}>
        <Body1 as="p" block role="status">
          {`${plural(errors, "error")}, ${plural(warnings, "warning")}, ${info} info.`}
        </Body1>
        <Field label="Show">
          <Select value={filter} onChange={(_, d) => setFilter(d.value as Filter)}>
            <option value="all">All findings</option>
            <option value="error">Errors</option>
            <option value="warning">Warnings</option>
            <option value="info">Info</option>
          </Select>
        </Field>
      </div>
      {shown.length === 0 && <Body1 as="p" block>No findings to show.</Body1>}
      {shown.length > SHOWN_AT_ONCE && (
        <Body1 as="p" block>{`Showing the first ${SHOWN_AT_ONCE} of ${shown.length}.`}</Body1>
      )}
      <FindingGroups findings={shown.slice(0, SHOWN_AT_ONCE)} onSelect={props.onSelect} />
    </section>
  );
}
