import { Badge } from "@/components/ui/badge";
import { CONTROL_DOMAINS, domainMapping } from "@/lib/questionnaires/domains";
import { allQuestions, questionTypeLabels, type TemplateContent } from "@/lib/questionnaires/template-schema";

/** A version's questions as the reviewer reads them: type, weight, domain, options with points, conditions. */
export function TemplatePreview({ content }: { content: TemplateContent }) {
  const byKey = new Map(allQuestions(content).map((q) => [q.key, q]));
  return (
    <div className="space-y-4">
      {content.sections.map((section, s) => (
        <section key={section.key} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h2 className="font-semibold">
            {s + 1}. {section.title}
          </h2>
          {section.description && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{section.description}</p>}
          <ol className="mt-3 space-y-3">
            {section.questions.map((q, i) => {
              const source = q.condition ? byKey.get(q.condition.questionKey) : undefined;
              return (
                <li key={q.key} className="border-t border-slate-100 pt-2 text-sm dark:border-slate-800">
                  <p className="font-medium">
                    {s + 1}.{i + 1} {q.text}
                  </p>
                  {q.help && <p className="text-xs text-slate-600 dark:text-slate-400">{q.help}</p>}
                  <div className="mt-1 flex flex-wrap gap-1.5 text-xs">
                    <Badge>{questionTypeLabels[q.type]}</Badge>
                    <Badge tone="accent" >{CONTROL_DOMAINS[q.domain].label}</Badge>
                    {q.weight > 0 && <Badge>Weight {q.weight}</Badge>}
                    {q.required && <Badge tone="amber">Required</Badge>}
                    {q.evidenceRequired && <Badge tone="amber">Evidence required</Badge>}
                  </div>
                  <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">{domainMapping(q.domain)}</p>
                  {source && (
                    <p className="mt-1 text-xs italic text-slate-600 dark:text-slate-400">
                      Shown only when “{source.text}” is answered “{source.options.find((o) => o.key === q.condition!.equals)?.label ?? q.condition!.equals}”.
                    </p>
                  )}
                  {q.options.length > 0 && (
                    <ul className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-700 dark:text-slate-300">
                      {q.options.map((o) => (
                        <li key={o.key}>
                          {o.label}: <span className="tabular-nums">{o.score}</span> points
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
