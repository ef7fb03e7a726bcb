import { Table, Td, Th } from "@/components/ui/table";
import type { AuditEvent } from "@/lib/domain-types";

const summarize = (value: unknown) => (value == null ? "" : JSON.stringify(value));

/** Audit events, newest first: who, what, which record, and what changed. */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th numeric>#</Th>
          <Th>Time (UTC)</Th>
          <Th>Who</Th>
          <Th>Action</Th>
          <Th>Record</Th>
          <Th>Change</Th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}>
            <Td numeric>{e.seq}</Td>
            <Td className="whitespace-nowrap tabular-nums">{e.createdAt.toISOString().slice(0, 19).replace("T", " ")}</Td>
            <Td>
              {e.actorEmail ?? "system"}
              {e.ip && <span className="block text-xs text-slate-500 dark:text-slate-400">{e.ip}</span>}
            </Td>
            <Td className="font-mono text-xs">{e.action}</Td>
            <Td className="text-xs">
              {e.entityType}
              {e.entityId && <span className="block font-mono text-slate-500 dark:text-slate-400">{e.entityId}</span>}
            </Td>
            <Td className="max-w-md break-all font-mono text-xs text-slate-600 dark:text-slate-400">
              {e.before != null && <span className="block">before: {summarize(e.before)}</span>}
              {e.after != null && <span className="block">after: {summarize(e.after)}</span>}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
