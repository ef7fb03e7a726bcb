"use client";
// The vendor's questionnaire. Every answer saves itself (choices at once, typing after a pause) and names the version
// it started from, so two colleagues never overwrite each other silently. Unsaved edits are also kept in this
// browser's storage: a closed tab or a dropped connection loses nothing, and saving resumes when the page is back.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { saveAnswerAction } from "@/lib/assessments/actions";
import { formatAnswer, missingForSubmission, NOT_APPLICABLE, sectionProgress, visibleQuestionKeys, type AnswerValue } from "@/lib/questionnaires/answers";
import type { Question, TemplateContent } from "@/lib/questionnaires/template-schema";
import { fileButton } from "@/components/ui/field";

export interface SavedAnswer {
  value: AnswerValue | null;
  comment: string | null;
  version: number;
  updatedByEmail: string | null;
}

export interface EvidenceFile {
  id: string;
  fileName: string;
  size: number;
  sha256: string;
}

type SaveState = { kind: "saved" } | { kind: "saving" } | { kind: "waiting" } | { kind: "error"; message: string } | { kind: "conflict"; theirs: SavedAnswer };

interface Draft {
  value: AnswerValue | null;
  comment: string | null;
  /** The server version this edit started from. */
  base: number;
}

const without = <T,>(record: Record<string, T>, key: string) => Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

const inputCls = "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900";
const TYPING_DELAY_MS = 700;
/** After a failed save: retry after 1 s, then 2, 4 and 8 s, then every 10 s until the connection is back. */
const retryDelay = (failures: number) => Math.min(10_000, 1000 * 2 ** (failures - 1));

export function AssessmentForm({
  assessmentId,
  content,
  initialAnswers,
  initialEvidence,
  editable,
  submitForm,
}: {
  assessmentId: string;
  content: TemplateContent;
  initialAnswers: Record<string, SavedAnswer>;
  initialEvidence: Record<string, EvidenceFile[]>;
  editable: boolean;
  /** The submit form (a server component's form), shown under the questions. */
  submitForm: React.ReactNode;
}) {
  const storageKey = `chainward:assessment:${assessmentId}`;
  const [saved, setSaved] = useState(initialAnswers);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const [evidence, setEvidence] = useState(initialEvidence);
  const [showMissing, setShowMissing] = useState(false);
  // Typed inputs are uncontrolled; a new generation remounts them when answers are replaced from elsewhere.
  const [generation, setGeneration] = useState(0);
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  const inFlight = useRef<Set<string>>(new Set());
  const failures = useRef<Record<string, number>>({});
  // The retry timers call the save function through a ref, as it cannot name itself.
  const saveRef = useRef<(key: string) => Promise<void>>(async () => {});
  // The refs hold the latest drafts and saved answers for the save loop; state mirrors them for rendering.
  const draftsRef = useRef(drafts);
  const savedRef = useRef(saved);

  const current = useMemo(() => {
    const values: Record<string, AnswerValue | null> = {};
    for (const [k, a] of Object.entries(saved)) values[k] = a.value;
    for (const [k, d] of Object.entries(drafts)) values[k] = d.value;
    return values;
  }, [saved, drafts]);
  const evidenceCounts = useMemo(() => Object.fromEntries(Object.entries(evidence).map(([k, files]) => [k, files.length])), [evidence]);
  const visible = visibleQuestionKeys(content, current);
  const progress = sectionProgress(content, current, evidenceCounts);
  const missing = missingForSubmission(content, current, evidenceCounts);
  const missingByKey = new Map(missing.map((m) => [m.questionKey, m.reason]));
  const pendingCount = Object.keys(drafts).length;

  const persist = useCallback(
    (next: Record<string, Draft>) => {
      try {
        if (Object.keys(next).length) localStorage.setItem(storageKey, JSON.stringify(next));
        else localStorage.removeItem(storageKey);
      } catch {
        /* private mode or full storage: saving to the server still works */
      }
    },
    [storageKey],
  );

  const updateDrafts = useCallback(
    (fn: (d: Record<string, Draft>) => Record<string, Draft>) => {
      const next = fn(draftsRef.current);
      draftsRef.current = next;
      setDrafts(next);
      persist(next);
    },
    [persist],
  );

  const applySaved = useCallback((key: string, answer: SavedAnswer) => {
    savedRef.current = { ...savedRef.current, [key]: answer };
    setSaved(savedRef.current);
  }, []);

  const save = useCallback(
    async (key: string) => {
      if (inFlight.current.has(key)) return;
      inFlight.current.add(key);
      try {
        for (let draft = draftsRef.current[key]; draft; ) {
          setStates((s) => ({ ...s, [key]: { kind: "saving" } }));
          const result = await saveAnswerAction({ assessmentId, questionKey: key, value: draft.value, comment: draft.comment, expectedVersion: draft.base });
          if (!result.ok) {
            setStates((s) => ({ ...s, [key]: "conflict" in result ? { kind: "conflict", theirs: result.conflict } : { kind: "error", message: result.error } }));
            return;
          }
          failures.current[key] = 0;
          applySaved(key, { value: draft.value, comment: draft.comment, version: result.version, updatedByEmail: result.updatedByEmail });
          const latest: Draft | undefined = draftsRef.current[key];
          if (latest === draft) {
            updateDrafts((d) => without(d, key));
            setStates((s) => ({ ...s, [key]: { kind: "saved" } }));
            return;
          }
          // Edited again while saving: the newer edit follows on from the version just written.
          draft = latest && { ...latest, base: result.version };
          if (draft) updateDrafts((d) => ({ ...d, [key]: draft! }));
        }
      } catch {
        // Unreachable server or dropped connection: the edit stays in this browser and is tried again.
        setStates((s) => ({ ...s, [key]: { kind: "waiting" } }));
        const failed = (failures.current[key] ?? 0) + 1;
        failures.current[key] = failed;
        clearTimeout(timers.current[key]);
        timers.current[key] = setTimeout(() => void saveRef.current(key), retryDelay(failed));
      } finally {
        inFlight.current.delete(key);
      }
    },
    [assessmentId, updateDrafts, applySaved],
  );

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const change = (key: string, patch: Partial<Pick<Draft, "value" | "comment">>, delay = 0) => {
    const base = draftsRef.current[key] ?? { value: savedRef.current[key]?.value ?? null, comment: savedRef.current[key]?.comment ?? null, base: savedRef.current[key]?.version ?? 0 };
    updateDrafts((d) => ({ ...d, [key]: { ...base, ...patch } }));
    setStates((s) => ({ ...s, [key]: { kind: "waiting" } }));
    clearTimeout(timers.current[key]);
    timers.current[key] = setTimeout(() => void save(key), delay);
  };

  // Edits left in this browser by a closed tab or a lost connection are restored and saved again.
  useEffect(() => {
    let stored: Record<string, Draft> = {};
    try {
      stored = JSON.parse(localStorage.getItem(storageKey) ?? "{}") as Record<string, Draft>;
    } catch {
      stored = {};
    }
    const keys = Object.keys(stored).filter((k) => content.sections.some((s) => s.questions.some((q) => q.key === k)));
    if (!keys.length || !editable) return;
    const restored = Object.fromEntries(keys.map((k) => [k, stored[k]!]));
    draftsRef.current = restored;
    // Browser storage exists only after hydration, so restoring has to happen in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDrafts(restored);
    setGeneration((g) => g + 1);
    for (const k of keys) void save(k);
  }, [storageKey, content, editable, save]);

  // Saving resumes at once when the connection is back (and meanwhile on the retry timers set when a save fails).
  useEffect(() => {
    const retry = () => {
      for (const k of Object.keys(draftsRef.current)) void save(k);
    };
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [save]);

  useEffect(() => {
    if (!pendingCount) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [pendingCount]);

  const resolveConflict = (key: string, keep: "mine" | "theirs") => {
    const state = states[key];
    if (state?.kind !== "conflict") return;
    applySaved(key, state.theirs);
    if (keep === "theirs") {
      updateDrafts((d) => without(d, key));
      setStates((s) => ({ ...s, [key]: { kind: "saved" } }));
      setGeneration((g) => g + 1);
    } else {
      updateDrafts((d) => ({ ...d, [key]: { ...d[key]!, base: state.theirs.version } }));
      void save(key);
    }
  };

  const onSubmitCapture = (e: React.FormEvent) => {
    if (missing.length || pendingCount) {
      e.preventDefault();
      setShowMissing(true);
      document.getElementById(`question-${missing[0]?.questionKey ?? Object.keys(drafts)[0]}`)?.scrollIntoView({ behavior: "smooth", block: "center" });
    }
  };

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[14rem_1fr]">
      <nav aria-label="Sections" className="top-4 space-y-2 lg:sticky">
        <ol className="space-y-2 text-sm">
          {progress.map((p, i) => (
            <li key={p.key}>
              <a href={`#section-${p.key}`} className="hover:underline">
                {i + 1}. {p.title}
              </a>
              <div className="mt-1 flex items-center gap-2">
                <progress value={p.answered} max={Math.max(1, p.visible)} className="h-1.5 w-24 accent-accent-700" aria-label={`${p.title}: ${p.answered} of ${p.visible} answered`} />
                <span className="text-xs tabular-nums text-slate-600 dark:text-slate-400">
                  {p.answered}/{p.visible}
                </span>
              </div>
            </li>
          ))}
        </ol>
        {editable && (
          <p className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
            {pendingCount ? `Saving ${pendingCount} answer${pendingCount === 1 ? "" : "s"}…` : "All answers saved."}
          </p>
        )}
      </nav>
      <div className="space-y-6">
        {content.sections.map((section, s) => (
          <section key={section.key} id={`section-${section.key}`} aria-labelledby={`section-${section.key}-title`} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
            <h2 id={`section-${section.key}-title`} className="font-semibold">
              {s + 1}. {section.title}
            </h2>
            {section.description && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{section.description}</p>}
            <ol className="mt-3 space-y-5">
              {section.questions.map((q, i) =>
                visible.has(q.key) ? (
                  <QuestionField
                    key={`${q.key}:${generation}`}
                    number={`${s + 1}.${i + 1}`}
                    question={q}
                    value={current[q.key] ?? null}
                    comment={drafts[q.key]?.comment ?? saved[q.key]?.comment ?? null}
                    files={evidence[q.key] ?? []}
                    state={states[q.key]}
                    missing={showMissing ? missingByKey.get(q.key) : undefined}
                    editable={editable}
                    assessmentId={assessmentId}
                    onValue={(value, delay) => change(q.key, { value }, delay)}
                    onComment={(comment) => change(q.key, { comment }, TYPING_DELAY_MS)}
                    onFiles={(files) => setEvidence((e) => ({ ...e, [q.key]: files }))}
                    onResolve={(keep) => resolveConflict(q.key, keep)}
                  />
                ) : null,
              )}
            </ol>
          </section>
        ))}
        {editable && (
          <div onSubmitCapture={onSubmitCapture} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
            {showMissing && (missing.length > 0 || pendingCount > 0) && (
              <Alert tone="error">
                {missing.length > 0
                  ? `${missing.length} required ${missing.length === 1 ? "item is" : "items are"} missing; ${missing.length === 1 ? "it is" : "they are"} marked above.`
                  : "Some answers are still being saved; try again in a moment."}
              </Alert>
            )}
            {submitForm}
          </div>
        )}
      </div>
    </div>
  );
}

function QuestionField(props: {
  number: string;
  question: Question;
  value: AnswerValue | null;
  comment: string | null;
  files: EvidenceFile[];
  state?: SaveState;
  missing?: "required" | "evidence";
  editable: boolean;
  assessmentId: string;
  onValue: (value: AnswerValue | null, delay?: number) => void;
  onComment: (comment: string) => void;
  onFiles: (files: EvidenceFile[]) => void;
  onResolve: (keep: "mine" | "theirs") => void;
}) {
  const { number, question: q, value, editable, state } = props;
  const id = `question-${q.key}`;
  const describedBy = [q.help ? `${id}-help` : "", props.missing ? `${id}-missing` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <li id={id} className={`scroll-mt-4 ${props.missing ? "rounded-md border-l-4 border-red-600 pl-3" : ""}`}>
      <fieldset aria-describedby={describedBy}>
        <legend className="text-sm font-medium">
          {number} {q.text}
          {q.required && <span className="text-red-700 dark:text-red-400"> (required)</span>}
        </legend>
        {q.help && (
          <p id={`${id}-help`} className="text-xs text-slate-600 dark:text-slate-400">
            {q.help}
          </p>
        )}
        <div className="mt-2">
          {editable ? <AnswerInput {...props} /> : <p className="whitespace-pre-wrap text-sm font-medium">{formatAnswer(q, value) || (q.type === "FILE" ? "" : "Not answered")}</p>}
        </div>
        {(q.type === "FILE" || q.evidenceRequired || props.files.length > 0) && (
          <EvidenceField target={{ assessmentId: props.assessmentId, questionKey: q.key }} files={props.files} editable={editable} onFiles={props.onFiles} required={q.evidenceRequired || q.type === "FILE"} label={`Evidence for question ${number}`} />
        )}
        {editable ? (
          <details className="mt-2 text-sm" open={!!props.comment}>
            <summary className="cursor-pointer text-xs text-slate-600 dark:text-slate-400">Comment for the reviewer</summary>
            <label htmlFor={`${id}-comment`} className="sr-only">
              Comment on question {number}
            </label>
            <textarea id={`${id}-comment`} rows={2} className={`${inputCls} mt-1`} defaultValue={props.comment ?? ""} onChange={(e) => props.onComment(e.target.value)} />
          </details>
        ) : (
          props.comment && <p className="mt-1 whitespace-pre-wrap text-xs">Comment: {props.comment}</p>
        )}
        {props.missing && (
          <p id={`${id}-missing`} className="mt-1 text-xs font-medium text-red-700 dark:text-red-400">
            {props.missing === "required" ? "This question needs an answer before you submit." : "Attach a file as evidence for this answer."}
          </p>
        )}
        {editable && <SaveStatus state={state} onResolve={props.onResolve} question={q} />}
      </fieldset>
    </li>
  );
}

function AnswerInput({ question: q, value, onValue }: { question: Question; value: AnswerValue | null; onValue: (value: AnswerValue | null, delay?: number) => void }) {
  const name = `answer-${q.key}`;
  if (q.type === "YES_NO" || q.type === "SINGLE_CHOICE") {
    const options = q.type === "YES_NO" ? [...q.options, { key: NOT_APPLICABLE, label: "Not applicable", score: 0 }] : q.options;
    return (
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        {options.map((o) => (
          <label key={o.key} className="flex items-center gap-2 text-sm">
            <input type="radio" name={name} value={o.key} checked={value === o.key} onChange={() => onValue(o.key)} className="h-4 w-4 accent-accent-700" />
            {o.label}
          </label>
        ))}
      </div>
    );
  }
  if (q.type === "MULTIPLE_CHOICE") {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <div className="flex flex-col gap-1">
        {q.options.map((o) => (
          <label key={o.key} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.key}
              checked={chosen.includes(o.key)}
              onChange={(e) => onValue(e.target.checked ? [...chosen, o.key] : chosen.filter((k) => k !== o.key))}
              className="h-4 w-4 accent-accent-700"
            />
            {o.label}
          </label>
        ))}
      </div>
    );
  }
  if (q.type === "TEXT") {
    return <textarea aria-label="Your answer" rows={3} className={inputCls} defaultValue={typeof value === "string" ? value : ""} onChange={(e) => onValue(e.target.value.trim() ? e.target.value : null, TYPING_DELAY_MS)} />;
  }
  if (q.type === "NUMBER") {
    return (
      <input
        aria-label="Your answer (a number)"
        type="number"
        className={`${inputCls} max-w-48`}
        defaultValue={typeof value === "number" ? value : ""}
        onChange={(e) => onValue(e.target.value === "" || !Number.isFinite(e.target.valueAsNumber) ? null : e.target.valueAsNumber, TYPING_DELAY_MS)}
      />
    );
  }
  if (q.type === "DATE") {
    return <input aria-label="Your answer (a date)" type="date" className={`${inputCls} max-w-48`} defaultValue={typeof value === "string" ? value : ""} onChange={(e) => onValue(e.target.value || null)} />;
  }
  return null;
}

function SaveStatus({ state, onResolve, question }: { state?: SaveState; onResolve: (keep: "mine" | "theirs") => void; question: Question }) {
  if (!state || state.kind === "saved") return state ? <p className="mt-1 text-xs text-emerald-700 dark:text-emerald-400">Saved</p> : null;
  if (state.kind === "saving") return <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Saving…</p>;
  if (state.kind === "waiting") return <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Not saved yet: kept in this browser and saved as soon as possible.</p>;
  if (state.kind === "error")
    return (
      <p role="alert" className="mt-1 text-xs font-medium text-red-700 dark:text-red-400">
        {state.message}
      </p>
    );
  return (
    <div role="alert" className="mt-2 rounded-md border border-amber-400 bg-amber-50 p-2 text-xs text-amber-950 dark:bg-amber-950 dark:text-amber-100">
      <p>
        {state.theirs.updatedByEmail ?? "A colleague"} saved this answer while you were editing it. Their answer: <strong>{formatAnswer(question, state.theirs.value) || "(empty)"}</strong>
        {state.theirs.comment ? ` — “${state.theirs.comment}”` : ""}.
      </p>
      <div className="mt-1 flex gap-2">
        <Button type="button" variant="secondary" onClick={() => onResolve("mine")}>
          Keep my answer
        </Button>
        <Button type="button" variant="secondary" onClick={() => onResolve("theirs")}>
          Use their answer
        </Button>
      </div>
    </div>
  );
}

/** Attach (and remove) evidence files of one answer or one finding through the evidence route. */
export function EvidenceField({ target, files, editable, onFiles, required, label }: { target: Record<string, string>; files: EvidenceFile[]; editable: boolean; onFiles: (f: EvidenceFile[]) => void; required: boolean; label: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    const body = new FormData();
    for (const [k, v] of Object.entries(target)) body.set(k, v);
    body.set("file", file);
    try {
      const response = await fetch("/api/evidence", { method: "POST", body });
      const json = (await response.json().catch(() => ({}))) as { evidence?: EvidenceFile; error?: string };
      if (response.ok && json.evidence) onFiles([...files, json.evidence]);
      else setError(json.error ?? `The upload failed (${response.status}).`);
    } catch {
      setError("The upload failed: check your connection and try again.");
    } finally {
      setBusy(false);
    }
  };
  const remove = async (file: EvidenceFile) => {
    if (!window.confirm(`Remove ${file.fileName}?`)) return;
    const response = await fetch(`/api/evidence/${file.id}`, { method: "DELETE" });
    if (response.ok) onFiles(files.filter((f) => f.id !== file.id));
    else setError("The file could not be removed.");
  };
  return (
    <div className="mt-2 text-sm">
      {files.length > 0 && (
        <ul className="space-y-1">
          {files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-2">
              <a href={`/api/evidence/${f.id}`} className="text-accent-800 underline dark:text-accent-300">
                {f.fileName}
              </a>
              <span className="text-xs text-slate-600 dark:text-slate-400">{(f.size / 1024).toFixed(1)} KB</span>
              {editable && (
                <Button type="button" variant="ghost" onClick={() => void remove(f)} aria-label={`Remove ${f.fileName}`}>
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <label className="mt-1 block">
          <span className="text-xs font-medium text-slate-700 dark:text-slate-300">
            {label}
            {required ? " (required)" : ""}: PDF, PNG, JPEG, Office or text files
          </span>
          <input
            type="file"
            disabled={busy}
            className={`mt-1 block text-xs ${fileButton}`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (file) void upload(file);
            }}
          />
        </label>
      )}
      {busy && <p className="text-xs text-slate-600 dark:text-slate-400">Uploading…</p>}
      {error && (
        <p role="alert" className="text-xs font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
