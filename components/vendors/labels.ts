// The vendor register's labels live with the register (lib/vendors/labels.ts): the CSV import and search read them too.
export {
  assessmentStatusLabels,
  availabilityLabels,
  findingStatusLabels,
  sensitivityLabels,
  severityLabels,
  statusLabels,
  substitutabilityLabels,
  tierLabels,
} from "@/lib/vendors/labels";

/** Options for a <select>, in the order of the labels, with an optional "none" entry first. */
export function optionsOf<K extends string>(labels: Record<K, string>, none?: string) {
  const options = (Object.keys(labels) as K[]).map((value) => ({ value: value as string, label: labels[value] }));
  return none ? [{ value: "", label: none }, ...options] : options;
}
