/** The sample's Statement of Applicability for the people (6.x) and physical (7.x) controls. */
import { PEOPLE as P } from "./people";
import { excluded as no, included as yes, type SoaEntry } from "./soaEntry";

const DONE = "Implemented";

/** Answers for Annex A 6.x and 7.x, by control id. */
export const PEOPLE_AND_PHYSICAL: Readonly<Record<string, SoaEntry>> = {
  "6.1": yes("RLC", "Staff see personal data of vulnerable care services' workers.", DONE,
    "Right-to-work, references and a basic DBS check before start; enhanced checks for " +
      "production access roles; results kept in the HR system.",
    P.people, "POL-14 HR security procedure; screening records"),
  "6.2": yes("LC", "Security duties must be part of the employment terms.", DONE,
    "Employment contracts and contractor agreements include confidentiality, acceptable use " +
      "and duties that survive termination.",
    P.people, "Contract templates v2024"),
  "6.3": yes("RC", "Phishing and social engineering are top risks.", DONE,
    "Induction training, yearly awareness course, quarterly phishing simulations, secure " +
      "coding training for engineers, caller verification training for support.",
    P.security, "Training register; simulation reports"),
  "6.4": yes("LP", "Misuse of customer data must have consequences.", DONE,
    "Disciplinary procedure covers breaches of security policy, applied by the people team " +
      "with proportionate outcomes.",
    P.people, "Employee handbook section 9"),
  "6.5": yes("RC", "Leavers must lose access on their last day.", DONE,
    "Leaver checklist removes access, collects equipment and reminds of confidentiality that " +
      "continues after leaving; movers' access reviewed on role change.",
    P.people, "POL-14; leaver checklists"),
  "6.6": yes("LC", "Customers require confidentiality from everyone with access.", DONE,
    "NDAs signed by contractors, suppliers with data access and interview candidates doing " +
      "technical tasks; staff covered by contract.",
    P.finance, "NDA register"),
  "6.7": yes("RB", "Most staff work from home most of the week.", DONE,
    "Remote working policy: managed laptop only, no printing of Restricted data, screen " +
      "privacy in public, home Wi-Fi with WPA2 or better.",
    P.it, "POL-16 remote working policy v1.1"),
  "6.8": yes("RLC", "Early reports shorten breaches.", DONE,
    "Report button in Outlook and a #security-report channel; reports triaged within one " +
      "working day; staff thanked, never blamed.",
    P.security, "Report channel statistics; IN-003"),
  "7.1": yes("R", "The office holds laptops and the network equipment.", DONE,
    "Office on the second floor of a managed building; perimeter walls and doors, building " +
      "reception during office hours.",
    P.finance, "Lease; building security statement"),
  "7.2": yes("R", "Visitors and other tenants share the building.", DONE,
    "Access cards for staff; visitors signed in and escorted; cards deactivated on leaving.",
    P.finance, "Visitor log; card access report"),
  "7.3": yes("R", "Meeting rooms are used for customer calls.", DONE,
    "Comms cupboard locked; meeting rooms lockable; no signage naming customers.",
    P.finance, "Office security checklist"),
  "7.4": no("", P.finance),
  "7.5": yes("P", "Fire or flood at the office would destroy equipment.", DONE,
    "Landlord fire detection and suppression; no production systems in the office; laptops " +
      "backed up to OneDrive.",
    P.finance, "Landlord fire certificate"),
  "7.6": no(
    "The office has no secure areas: no server room, no on-premises processing of customer " +
      "data; the comms cupboard holds only the office network (7.3).",
    P.finance),
  "7.7": yes("RP", "Overheard or overlooked information at home and in the office.", DONE,
    "Clear desk and clear screen policy; screens lock after five minutes by Intune policy; " +
      "monthly office walk-round.",
    P.it, "POL-15; Intune configuration profile"),
  "7.8": yes("P", "Laptops and network kit need protection in the office.", DONE,
    "Network equipment in the locked cupboard on a UPS; desks away from windows at street level.",
    P.it, "Office security checklist"),
  "7.9": yes("R", "Laptops travel daily.", DONE,
    "Full-disk encryption enforced, remote wipe from Intune, rules for travel and public " +
      "places in the remote working policy.",
    P.it, "Intune compliance report"),
  "7.10": yes("RP", "Removable media could carry customer data out.", DONE,
    "USB storage blocked on Windows laptops and restricted on macOS by Intune; no removable " +
      "media used in operations.",
    P.it, "Intune device restriction profile"),
  "7.11": no(
    "No information processing facilities on our premises: production runs in AWS, whose " +
      "power and cooling are covered by its certifications and reviewed under 5.23.",
    P.platform),
  "7.12": no(
    "No owned cabling carries production or customer data; the office uses the landlord's " +
      "structured cabling and Wi-Fi only for internet access, with all traffic encrypted.",
    P.finance),
  "7.13": yes("P", "Laptops must stay patched and working.", DONE,
    "Laptops under manufacturer warranty; repairs only by authorised centres after a wipe; " +
      "office network firmware updated quarterly.",
    P.it, "Asset records; repair tickets"),
  "7.14": yes("RL", "Old laptops may still hold data.", DONE,
    "Laptops wiped with Intune and disks destroyed by a certified recycler, with certificates " +
      "kept.",
    P.it, "Disposal certificates"),
};
