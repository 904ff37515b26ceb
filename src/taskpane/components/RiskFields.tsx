/** The risk scale and the risk appetite, side by side in the settings form. */
import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
});

type Change = (ev: unknown, data: { value: string }) => void;

/** The two risk settings; values as typed, checked by the form before saving. */
export function RiskFields(props: {
  scale: string;
  appetite: string;
  onScale: Change;
  onAppetite: Change;
}) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field label="Risk scale">
        <Select value={props.scale} onChange={props.onScale}>
          {["3", "4", "5"].map((n) => (
            <option key={n} value={n}>{`1 to ${n}`}</option>
          ))}
        </Select>
      </Field>
      <Field label="Risk appetite" hint="Highest acceptable score">
        <Input type="number" min={1} max={25} value={props.appetite} onChange={props.onAppetite} />
      </Field>
    </div>
  );
}
