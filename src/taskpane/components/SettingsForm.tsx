/** The settings that matter, without hunting for the Settings sheet; saved to its Value cells. */
import { useEffect, useState } from "react";
import {
  Body1, Button, Field, Input, Textarea, makeStyles, tokens,
} from "@fluentui/react-components";
import { settingsProblems } from "../services/settingsTable";
import type { PaneSettings } from "../services/types";
import { RiskFields } from "./RiskFields";

const useStyles = makeStyles({
  form: { display: "grid", rowGap: tokens.spacingVerticalS },
  row: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
  save: { justifySelf: "start" },
});

/** The form over the current settings; null settings mean the Settings sheet is not there yet. */
export function SettingsForm(props: {
  settings: PaneSettings | null;
  disabled: boolean;
  onSave: (next: PaneSettings) => void;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState<PaneSettings | null>(props.settings);
  // Problems are shown when the user leaves a field or saves, not at each keystroke: each
  // shown problem is an alert, and a screen reader would read it again for every key.
  const [shown, setShown] = useState<readonly string[]>([]);
  useEffect(() => {
    setDraft(props.settings);
    setShown([]);
  }, [props.settings]);
  if (!draft) {
    return (
      <Body1 as="p" block>
        Create the ISMS sheets first: the settings live in the Settings sheet.
      </Body1>
    );
  }
  const set = (key: keyof PaneSettings) => (_: unknown, d: { value: string }) => {
    const next = { ...draft, [key]: d.value };
    setDraft(next);
    // A problem the edit put right goes at once; a new one waits for the user to move on.
    const now = settingsProblems(next);
    setShown((before) => before.filter((p) => now.includes(p)));
  };
  const date = (key: "goLive" | "stage1" | "stage2", label: string) => (
    <Field label={label}>
      <Input type="date" value={draft[key]} onChange={set(key)} />
    </Field>
  );
  return (
    <form
      className={styles.form}
      aria-label="Settings"
      onBlur={() => setShown(settingsProblems(draft))}
      onSubmit={(e) => {
        e.preventDefault();
        const problems = settingsProblems(draft);
        setShown(problems);
        if (problems.length === 0) props.onSave(draft);
      }}
    >
      <Field label="Organisation">
        <Input value={draft.organisation} onChange={set("organisation")} />
      </Field>
      <Field label="ISMS scope">
        <Textarea value={draft.scope} onChange={set("scope")} resize="vertical" />
      </Field>
      {date("goLive", "Go-live date")}
      <div className={styles.row}>
        {date("stage1", "Stage 1 audit date")}
        {date("stage2", "Stage 2 audit date")}
      </div>
      <RiskFields
        scale={draft.riskScale}
        appetite={draft.riskAppetite}
        onScale={set("riskScale")}
        onAppetite={set("riskAppetite")}
      />
      {shown.map((p) => (
        <Body1 key={p} role="alert">{p}</Body1>
      ))}
      <Button className={styles.save} type="submit" disabled={props.disabled}>
        Save settings
      </Button>
    </form>
  );
}
