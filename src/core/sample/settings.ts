/** The Settings table of the sample: organisation, scope, risk criteria and the ARM dates. */
import type { SettingKey } from "../schema/rows";
import type { SampleDates } from "./dates";
import { ORGANISATION } from "./people";

/** The sample's settings by key; the schema version is left for the product to record. */
export function sampleSettings(d: SampleDates): Partial<Record<SettingKey, string | number>> {
  return {
    organisation: ORGANISATION,
    scope:
      "The design, development, hosting, operation and support of the Quillmere Rota " +
      "software-as-a-service platform for health and social care providers, including the " +
      "people, processes and systems that deliver it from the Leeds office and from home, with " +
      "production hosted in Amazon Web Services (eu-west-2, London). Sales, finance and HR " +
      "are in scope as far as they handle customer or employee information.",
    standard: "ISO/IEC 27001:2022",
    riskScale: 5,
    riskAppetite: 9,
    reviewMonths: 12,
    classificationLabels: "Public; Internal; Confidential; Restricted",
    goLive: d.goLive,
    stage1: d.stage1,
    stage2: d.stage2,
    certificationBody: "Calderbrook Certification Ltd",
  };
}
