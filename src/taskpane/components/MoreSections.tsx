/** The folding sections under the findings: create or upgrade, the questions, the settings. */
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel,
} from "@fluentui/react-components";
import type { Pane } from "../state/usePane";
import { CreateSheets } from "./CreateSheets";
import { Questions } from "./Questions";
import { SettingsForm } from "./SettingsForm";

/** The sections; "create" starts open until the first check, when the sheets likely exist. */
export function MoreSections(props: { pane: Pane; busy: boolean; openCreate: boolean }) {
  const { pane, busy } = props;
  return (
    <Accordion multiple collapsible defaultOpenItems={props.openCreate ? ["create"] : []}>
      <AccordionItem value="create">
        <AccordionHeader as="h2">Create or upgrade the ISMS sheets</AccordionHeader>
        <AccordionPanel>
          <CreateSheets disabled={busy} onCreate={(e, s) => void pane.createOrUpgrade(e, s)} />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="questions">
        <AccordionHeader as="h2">Stage 2 readiness questions</AccordionHeader>
        <AccordionPanel>
          <Questions questions={pane.check?.questions ?? null} />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="settings">
        <AccordionHeader as="h2">Settings</AccordionHeader>
        <AccordionPanel>
          <SettingsForm
            settings={pane.settings}
            disabled={busy}
            onSave={(s) => void pane.saveSettings(s)}
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
