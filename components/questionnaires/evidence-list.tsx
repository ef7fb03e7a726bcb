/** Evidence files with their size and sha256; each downloads through the authorized evidence route. */
export function EvidenceList({ files }: { files: { id: string; fileName: string; size: number; sha256: string }[] }) {
  if (!files.length) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-xs">
      {files.map((f) => (
        <li key={f.id}>
          <a href={`/api/evidence/${f.id}`} className="font-medium text-accent-800 underline dark:text-accent-300">
            {f.fileName}
          </a>{" "}
          <span className="text-slate-600 dark:text-slate-400">
            {(f.size / 1024).toFixed(f.size < 10_240 ? 1 : 0)} KB · sha256 <code title={f.sha256}>{f.sha256.slice(0, 12)}…</code>
          </span>
        </li>
      ))}
    </ul>
  );
}
