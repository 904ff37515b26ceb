/** Create or upgrade the ISMS sheets: which Annex A edition, and whether to add sample data. */
import { useState } from "react";
import {
  Button, Checkbox, Field, Radio, RadioGroup, makeStyles, tokens,
} from "@fluentui/react-components";
import type { Edition } from "../../core/catalogue/types";

const useStyles = makeStyles({
  form: { display: "grid", rowGap: tokens.spacingVerticalS, justifyItems: "start" },
});

/** The form; `onCreate` runs create/upgrade, which keeps everything already in the workbook. */
export function CreateSheets(props: {
  disabled: boolean;
  onCreate: (edition: Edition, sample: boolean) => void;
}) {
  const styles = useStyles();
  const [edition, setEdition] = useState<Edition>("2022");
  const [sample, setSample] = useState(false);
  return (
    <form
      className={styles.form}
      aria-label="Create or upgrade the ISMS sheets"
      onSubmit={(e) => {
        e.preventDefault();
        props.onCreate(edition, sample && edition === "2022");
      }}
    >
      <Field label="Annex A edition for a new Statement of Applicability">
        <RadioGroup
          layout="horizontal"
          value={edition}
          onChange={(_, d) => setEdition(d.value as Edition)}
        >
          <Radio value="2022" label="ISO/IEC 27001:2022" />
          <Radio value="2013" label="ISO/IEC 27001:2013" />
        </RadioGroup>
      </Field>
      <Field
        hint={edition === "2013" ? "The sample follows the 2022 Annex A only." : undefined}
      >
        <Checkbox
          checked={sample && edition === "2022"}
          disabled={edition === "2013"}
          onChange={(_, d) => setSample(d.checked === true)}
          label="Fill empty registers with sample data"
        />
      </Field>
      <Button type="submit" appearance="primary" disabled={props.disabled}>
        Create or upgrade sheets
      </Button>
    </form>
  );
}
