import { Table, Td, Th } from "@/components/ui/table";
import { domainMapping } from "@/lib/questionnaires/domains";
import type { AssessmentScore, DomainScore } from "@/lib/questionnaires/scoring";

/** The score per control domain with its arithmetic, so nobody has to trust a number they cannot check. */
export function ScoreTable({ score, provisional }: { score: Pick<AssessmentScore, "overall"> & { domains: DomainScore[] }; provisional: boolean }) {
  return (
    <div className="space-y-2">
      <p className="text-sm">
        <span className="text-2xl font-semibold tabular-nums">{score.overall ?? "—"}</span>
        {score.overall !== null && <span className="text-slate-600 dark:text-slate-400"> / 100{provisional ? " (provisional, from the current answers)" : ""}</span>}
      </p>
      <Table>
        <thead>
          <tr>
            <Th>Control domain</Th>
            <Th numeric>Questions</Th>
            <Th numeric>Points</Th>
            <Th numeric>Score</Th>
          </tr>
        </thead>
        <tbody>
          {score.domains.map((d) => (
            <tr key={d.domain}>
              <Td>
                {d.label}
                <span className="block text-xs text-slate-600 dark:text-slate-400">{domainMapping(d.domain)}</span>
              </Td>
              <Td numeric>{d.counted}</Td>
              <Td numeric>
                {d.earned} of {d.possible}
              </Td>
              <Td numeric>{d.score ?? "—"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Each scored question earns weight × option points ÷ 100; a domain scores its points ÷ its weights × 100, and the overall score is all points ÷ all
        weights × 100. “Not applicable” answers and questions hidden by a condition are left out; unanswered questions count with no points.
      </p>
    </div>
  );
}
