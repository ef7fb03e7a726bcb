"use client";
// The template builder: edits a draft version as one document in the browser and saves it as a whole. The server
// checks every rule again (lib/questionnaires/template-schema.ts) and its messages appear next to the questions.
import { useEffect, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { saveDraftAction } from "@/lib/questionnaires/actions";
import { CONTROL_DOMAINS, CONTROL_DOMAIN_KEYS, domainMapping, type ControlDomain } from "@/lib/questionnaires/domains";
import {
  QUESTION_TYPES,
  SCORED_TYPES,
  questionTypeLabels,
  yesNoOptions,
  type Option,
  type Question,
  type QuestionType,
  type Section,
  type TemplateContent,
} from "@/lib/questionnaires/template-schema";

const input =
  "block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900 aria-[invalid=true]:border-red-600";
const labelCls = "block text-xs font-medium text-slate-700 dark:text-slate-300";

/** A key not used yet: prefix + the next number. */
function nextKey(prefix: string, used: string[]) {
  let n = used.length + 1;
  while (used.includes(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

function move<T>(list: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

type Issues = Record<string, string[]>;

/** "s.q" for a question's messages, "s" for a section's, "" for the document's. */
function groupIssues(issues: { path: (string | number)[]; message: string }[]): Issues {
  const out: Issues = {};
  for (const issue of issues) {
    const [, s, , q] = issue.path;
    const key = typeof q === "number" ? `${s}.${q}` : typeof s === "number" ? `${s}` : "";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function TemplateBuilder({ versionId, initialVersion, initialContent }: { versionId: string; initialVersion: number; initialContent: TemplateContent }) {
  const [content, setContent] = useState(initialContent);
  const [version, setVersion] = useState(initialVersion);
  const [dirty, setDirty] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [issues, setIssues] = useState<Issues>({});
  const [saving, startSaving] = useTransition();

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const update = (next: TemplateContent) => {
    setContent(next);
    setDirty(true);
    setResult(null);
  };
  const setSection = (s: number, section: Section) => update({ sections: content.sections.map((x, i) => (i === s ? section : x)) });
  const allKeys = content.sections.flatMap((s) => s.questions.map((q) => q.key));

  const save = () =>
    startSaving(async () => {
      // Whatever happens to the request, the draft stays in the browser: a failed save never replaces the builder.
      let r: Awaited<ReturnType<typeof saveDraftAction>>;
      try {
        r = await saveDraftAction(versionId, version, content);
      } catch {
        r = { ok: false, message: "The draft could not be saved (the connection or the server failed). Your changes are still here: try again." };
      }
      if (r.ok) {
        setVersion(r.version);
        setDirty(false);
        setIssues({});
        setResult({ ok: true, message: "Draft saved." });
      } else {
        setIssues(groupIssues(r.issues ?? []));
        setResult({ ok: false, message: r.message });
      }
    });

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-slate-200 bg-slate-50/95 py-2 dark:border-slate-800 dark:bg-slate-950/95">
        <Button type="button" onClick={save} disabled={saving || !dirty}>
          {saving ? "Saving…" : "Save draft"}
        </Button>
        <span className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
          {dirty ? "Unsaved changes" : "All changes saved"}
        </span>
      </div>
      {result && <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert>}
      {issues[""] && <Alert tone="error">{issues[""].join(" ")}</Alert>}
      {content.sections.map((section, s) => (
        <SectionEditor
          key={section.key}
          index={s}
          count={content.sections.length}
          section={section}
          issues={issues}
          earlier={content.sections.slice(0, s).flatMap((x) => x.questions)}
          allKeys={allKeys}
          onChange={(next) => setSection(s, next)}
          onMove={(by) => update({ sections: move(content.sections, s, by) })}
          onRemove={() => update({ sections: content.sections.filter((_, i) => i !== s) })}
        />
      ))}
      <Button
        type="button"
        variant="secondary"
        onClick={() => {
          const key = nextKey("s", content.sections.map((x) => x.key));
          update({ sections: [...content.sections, { key, title: "New section", questions: [newQuestion(nextKey("q", allKeys))] }] });
        }}
      >
        Add section
      </Button>
    </div>
  );
}

function newQuestion(key: string): Question {
  return { key, text: "", type: "YES_NO", options: yesNoOptions(), weight: 1, required: true, domain: "GOVERNANCE", evidenceRequired: false };
}

function SectionEditor(props: {
  index: number;
  count: number;
  section: Section;
  issues: Issues;
  earlier: Question[];
  allKeys: string[];
  onChange: (s: Section) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { index, count, section, issues, earlier, allKeys, onChange } = props;
  const id = `section-${section.key}`;
  const setQuestion = (i: number, q: Question) => onChange({ ...section, questions: section.questions.map((x, j) => (j === i ? q : x)) });
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h2 id={`${id}-heading`} className="sr-only">
        Section {index + 1}: {section.title}
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor={`${id}-title`} className={labelCls}>
            Section {index + 1} title
          </label>
          <input id={`${id}-title`} className={input} value={section.title} onChange={(e) => onChange({ ...section, title: e.target.value })} />
        </div>
        <div className="flex gap-1">
          <Button type="button" variant="ghost" onClick={() => props.onMove(-1)} disabled={index === 0} aria-label={`Move section ${section.title} up`}>
            ↑
          </Button>
          <Button type="button" variant="ghost" onClick={() => props.onMove(1)} disabled={index === count - 1} aria-label={`Move section ${section.title} down`}>
            ↓
          </Button>
          <Button type="button" variant="ghost" onClick={props.onRemove} disabled={count === 1} aria-label={`Remove section ${section.title}`}>
            Remove section
          </Button>
        </div>
      </div>
      <label htmlFor={`${id}-description`} className={`${labelCls} mt-2`}>
        Introduction (optional)
      </label>
      <textarea
        id={`${id}-description`}
        rows={2}
        className={input}
        value={section.description ?? ""}
        onChange={(e) => onChange({ ...section, description: e.target.value || undefined })}
      />
      {issues[`${index}`] && <p className="mt-1 text-xs font-medium text-red-700 dark:text-red-400">{issues[`${index}`]!.join(" ")}</p>}
      <ol className="mt-4 space-y-3">
        {section.questions.map((q, i) => (
          <QuestionEditor
            key={q.key}
            number={`${index + 1}.${i + 1}`}
            question={q}
            errors={issues[`${index}.${i}`]}
            earlier={[...earlier, ...section.questions.slice(0, i)]}
            first={i === 0}
            last={i === section.questions.length - 1}
            onChange={(next) => setQuestion(i, next)}
            onMove={(by) => onChange({ ...section, questions: move(section.questions, i, by) })}
            onRemove={() => onChange({ ...section, questions: section.questions.filter((_, j) => j !== i) })}
          />
        ))}
      </ol>
      <Button type="button" variant="secondary" className="mt-3" onClick={() => onChange({ ...section, questions: [...section.questions, newQuestion(nextKey("q", allKeys))] })}>
        Add question to “{section.title}”
      </Button>
    </section>
  );
}

function QuestionEditor(props: {
  number: string;
  question: Question;
  errors?: string[];
  earlier: Question[];
  first: boolean;
  last: boolean;
  onChange: (q: Question) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { number, question: q, errors, earlier, onChange } = props;
  const id = `q-${q.key}`;
  const scored = SCORED_TYPES.includes(q.type);
  const conditionSources = earlier.filter((e) => SCORED_TYPES.includes(e.type));
  const setType = (type: QuestionType) => {
    const options =
      type === "YES_NO" ? yesNoOptions() : type === "SINGLE_CHOICE" || type === "MULTIPLE_CHOICE" ? (q.type === "SINGLE_CHOICE" || q.type === "MULTIPLE_CHOICE" ? q.options : [{ key: "o1", label: "", score: 100 }, { key: "o2", label: "", score: 0 }]) : [];
    onChange({ ...q, type, options, weight: SCORED_TYPES.includes(type) ? q.weight || 1 : 0 });
  };
  const setOption = (i: number, o: Option) => onChange({ ...q, options: q.options.map((x, j) => (j === i ? o : x)) });
  return (
    <li className={`rounded-md border p-3 ${errors ? "border-red-600" : "border-slate-200 dark:border-slate-700"}`}>
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-72 flex-1">
          <label htmlFor={`${id}-text`} className={labelCls}>
            Question {number}
          </label>
          <textarea id={`${id}-text`} rows={2} className={input} value={q.text} onChange={(e) => onChange({ ...q, text: e.target.value })} aria-invalid={errors ? true : undefined} />
        </div>
        <div className="flex gap-1 pt-4">
          <Button type="button" variant="ghost" onClick={() => props.onMove(-1)} disabled={props.first} aria-label={`Move question ${number} up`}>
            ↑
          </Button>
          <Button type="button" variant="ghost" onClick={() => props.onMove(1)} disabled={props.last} aria-label={`Move question ${number} down`}>
            ↓
          </Button>
          <Button type="button" variant="ghost" onClick={props.onRemove} aria-label={`Remove question ${number}`}>
            Remove
          </Button>
        </div>
      </div>
      <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <label htmlFor={`${id}-type`} className={labelCls}>
            Answer type
          </label>
          <select id={`${id}-type`} className={input} value={q.type} onChange={(e) => setType(e.target.value as QuestionType)}>
            {QUESTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {questionTypeLabels[t]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-domain`} className={labelCls}>
            Control domain
          </label>
          <select id={`${id}-domain`} className={input} value={q.domain} onChange={(e) => onChange({ ...q, domain: e.target.value as ControlDomain })} aria-describedby={`${id}-domain-help`}>
            {CONTROL_DOMAIN_KEYS.map((d) => (
              <option key={d} value={d}>
                {CONTROL_DOMAINS[d].label}
              </option>
            ))}
          </select>
          <p id={`${id}-domain-help`} className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
            {domainMapping(q.domain)}
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-weight`} className={labelCls}>
            Weight (0–10)
          </label>
          <input
            id={`${id}-weight`}
            type="number"
            min={0}
            max={10}
            className={input}
            value={q.weight}
            disabled={!scored}
            onChange={(e) => onChange({ ...q, weight: Math.round(Number(e.target.value) || 0) })}
          />
        </div>
        <div>
          <label htmlFor={`${id}-condition`} className={labelCls}>
            Show this question
          </label>
          <select
            id={`${id}-condition`}
            className={input}
            value={q.condition ? `${q.condition.questionKey}::${q.condition.equals}` : ""}
            onChange={(e) => {
              const [questionKey, equals] = e.target.value.split("::");
              onChange({ ...q, condition: questionKey && equals ? { questionKey, equals } : undefined });
            }}
          >
            <option value="">Always</option>
            {conditionSources.flatMap((source) =>
              source.options.map((o) => (
                <option key={`${source.key}::${o.key}`} value={`${source.key}::${o.key}`}>
                  When “{shorten(source.text) || source.key}” is answered {o.label || o.key}
                </option>
              )),
            )}
          </select>
        </div>
      </div>
      <div className="mt-2 flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={q.required} onChange={(e) => onChange({ ...q, required: e.target.checked })} className="h-4 w-4 accent-accent-700" />
          Required
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={q.evidenceRequired} onChange={(e) => onChange({ ...q, evidenceRequired: e.target.checked })} className="h-4 w-4 accent-accent-700" />
          Evidence file required
        </label>
      </div>
      <label htmlFor={`${id}-help`} className={`${labelCls} mt-2`}>
        Help text for the vendor (optional)
      </label>
      <input id={`${id}-help`} className={input} value={q.help ?? ""} onChange={(e) => onChange({ ...q, help: e.target.value || undefined })} />
      {scored && (
        <fieldset className="mt-3">
          <legend className={labelCls}>Options and their points (0–100){q.type === "YES_NO" ? "; “not applicable” is always offered and leaves the question out of the score" : ""}</legend>
          <ul className="mt-1 space-y-1">
            {q.options.map((o, i) => (
              <li key={o.key} className="flex items-center gap-2">
                <label htmlFor={`${id}-opt-${o.key}`} className="sr-only">
                  Option {i + 1} label
                </label>
                <input
                  id={`${id}-opt-${o.key}`}
                  className={`${input} flex-1`}
                  value={o.label}
                  readOnly={q.type === "YES_NO"}
                  onChange={(e) => setOption(i, { ...o, label: e.target.value })}
                />
                <label htmlFor={`${id}-opt-${o.key}-score`} className="sr-only">
                  Points for {o.label || `option ${i + 1}`}
                </label>
                <input
                  id={`${id}-opt-${o.key}-score`}
                  type="number"
                  min={0}
                  max={100}
                  className={`${input} w-20`}
                  value={o.score}
                  onChange={(e) => setOption(i, { ...o, score: Math.round(Number(e.target.value) || 0) })}
                />
                {q.type !== "YES_NO" && (
                  <Button type="button" variant="ghost" onClick={() => onChange({ ...q, options: q.options.filter((_, j) => j !== i) })} aria-label={`Remove option ${o.label || i + 1}`}>
                    ✕
                  </Button>
                )}
              </li>
            ))}
          </ul>
          {q.type !== "YES_NO" && (
            <Button
              type="button"
              variant="ghost"
              className="mt-1"
              onClick={() => onChange({ ...q, options: [...q.options, { key: nextKey("o", q.options.map((o) => o.key)), label: "", score: 0 }] })}
            >
              Add option
            </Button>
          )}
        </fieldset>
      )}
      {errors && (
        <p role="alert" className="mt-2 text-xs font-medium text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      )}
    </li>
  );
}
