"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Alert, FormMessage } from "@/components/ui/alert";
import { Button, DownloadLink } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FileField } from "@/components/ui/file-field";
import { Card } from "@/components/ui/page";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, Td, Th } from "@/components/ui/table";
import { commitImportAction, previewImportAction, type ImportState } from "@/lib/imports/actions";
import type { PreviewRow } from "@/lib/imports/imports";
import { UPLOAD_LIMITS } from "@/lib/uploads";

/** Saves a CSV text the server wrote (formulas already escaped) as a file, without asking the server again. */
function saveCsv(csv: string, filename: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const names = (columns: string[]) => (columns.length ? columns.join(", ") : "none");

/** The preview of one checked file and its import. Each check gets a fresh one: a new file is never "already imported". */
function Preview({ preview }: { preview: ImportState & { preview: PreviewRow[] } }) {
  const [result, commitAction] = useActionState(commitImportAction, {} as ImportState);
  const done = result.ok === true;
  const rowCount = preview.preview.length;
  const validCount = preview.preview.filter((r) => !r.errors.length).length;
  const noun = (n: number) => (preview.kind === "channels" ? (n === 1 ? "channel" : "channels") : n === 1 ? "vendor" : "vendors");
  return (
    <Card title="2. Preview">
      <div className="mb-3 space-y-2">
        {preview.notice && <Alert>{preview.notice}</Alert>}
        {/* Once imported, the result below says what happened to each row. */}
        {!done && <Alert tone={preview.ok ? "success" : "error"}>{preview.message}</Alert>}
        {preview.columns && (
          <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-sm">
            <dt className="font-medium">Recognised columns:</dt>
            <dd>{names(preview.columns.recognised)}</dd>
            <dt className="font-medium">Ignored columns:</dt>
            <dd className={preview.columns.ignored.length ? "text-amber-800 dark:text-amber-300" : ""}>{names(preview.columns.ignored)}</dd>
          </dl>
        )}
      </div>
      <Table>
        <thead>
          <tr>
            <Th numeric>Line</Th>
            <Th>Row</Th>
            <Th>Check</Th>
          </tr>
        </thead>
        <tbody>
          {preview.preview.map((row) => (
            <tr key={row.line}>
              <Td numeric>{row.line}</Td>
              <Td>{row.label}</Td>
              <Td className={row.errors.length ? "text-red-800 dark:text-red-300" : "text-emerald-800 dark:text-emerald-300"}>
                {row.errors.length ? row.errors.join("; ") : "OK"}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {preview.csv && !done && (
        <form action={commitAction} className="mt-4 space-y-3">
          <FormMessage state={result} />
          <input type="hidden" name="kind" value={preview.kind} />
          <input type="hidden" name="csv" value={preview.csv} />
          {preview.ok ? (
            <>
              <input type="hidden" name="mode" value="all" />
              <SubmitButton pendingText="Importing…">
                Import {rowCount} {noun(rowCount)}
              </SubmitButton>
            </>
          ) : (
            <>
              <p className="max-w-prose text-sm text-slate-700 dark:text-slate-300">
                To import every row, fix the file and check it again. Or import the valid rows now: the {rowCount - validCount} refused{" "}
                {rowCount - validCount === 1 ? "row is" : "rows are"} then yours to download with the reason for each, to fix and import again.
              </p>
              <input type="hidden" name="mode" value="valid" />
              <SubmitButton variant="secondary" pendingText="Importing…">
                Import the {validCount} valid {validCount === 1 ? "row" : "rows"}
              </SubmitButton>
            </>
          )}
        </form>
      )}
      {done && (
        <div className="mt-4 space-y-2">
          <Alert tone="success">{result.message}</Alert>
          {result.refused && (
            <Button type="button" variant="secondary" onClick={() => saveCsv(result.refused!.csv, `refused-${preview.kind ?? "rows"}.csv`)}>
              Download the {result.refused.count} refused {result.refused.count === 1 ? "row" : "rows"} (CSV)
            </Button>
          )}
          <p>
            <Link href="/vendors" className="text-sm font-medium text-accent-700 hover:underline dark:text-accent-300">
              Go to the vendor list
            </Link>
          </p>
        </div>
      )}
    </Card>
  );
}

export function ImportWizard({ templates }: { templates: Record<"vendors" | "channels", string[]> }) {
  const [preview, previewAction] = useActionState(previewImportAction, {} as ImportState);
  return (
    <div className="space-y-6">
      <Card title="1. Check a file">
        <form action={previewAction} className="max-w-xl space-y-3">
          {!preview.preview && <FormMessage state={preview} />}
          <SelectField
            name="kind"
            label="The file contains"
            options={[
              { value: "vendors", label: "Vendors" },
              { value: "channels", label: "Access channels (of existing vendors, to existing systems)" },
            ]}
            defaultValue={preview.kind ?? "vendors"}
            errors={preview.fieldErrors?.kind}
          />
          <FileField name="file" label="CSV file" accept=".csv,text/csv" required limit={UPLOAD_LIMITS.csvImport} errors={preview.fieldErrors?.file} />
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton variant="secondary" pendingText="Checking…">
              Check file
            </SubmitButton>
            <DownloadLink href="/api/vendors/import-template" variant="ghost">
              Download a template
            </DownloadLink>
          </div>
          <details className="text-xs text-slate-600 dark:text-slate-400">
            <summary className="cursor-pointer">Expected columns</summary>
            <p className="mt-1">
              Vendors: {templates.vendors.join(", ")}. Only Name is required. Channels: {templates.channels.join(", ")}; systems are separated by “;”. The CSV
              exports use the same columns; columns with other names are ignored, and the preview names them.
            </p>
          </details>
        </form>
      </Card>
      {preview.preview && <Preview key={preview.checkId} preview={{ ...preview, preview: preview.preview }} />}
    </div>
  );
}
