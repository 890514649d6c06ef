import type { Position } from "../../model/schema.js";
import type { Span } from "../../syntax/ast.js";
import type { Who } from "../../messages/types.js";
import { defineRule } from "../types.js";
import { POSITION_LABELS } from "../labels.js";
import { comparable, sameText } from "../compare.js";
import { nameProject, placeOf } from "../sheets.js";

const SHARED_KEYS = ["outline", "objective", "policy"] as const;

/** What the rule keeps of a 施策 sheet until every 事業 is linked: its position and each named row's 施策の方向. */
interface PolicyFacts {
  position: Pick<Position, (typeof SHARED_KEYS)[number]>;
  /** Each row's 施策の方向 by its 事業名 (compared), the first row of a name winning. */
  directions: Map<string, string | null>;
}

/** What the rule keeps of a 事業 sheet: its position, where each of its values stands, and its name. */
interface ProjectFacts {
  who: Who;
  name: string | null;
  position: Position;
  spans: Record<(typeof SHARED_KEYS)[number] | "direction", Span>;
}

/**
 * SPEC §5: a 事業's position disagrees with its 施策 sheet (after NFKC and folding `，、` `．。`).
 * The 施策 sheet may come after the 事業, so each sheet's facts are kept, not the sheets
 * (which may be written and let go of, issue 13), and compared once every sheet is linked.
 */
export const positionMismatch = defineRule({
  id: "position-mismatch",
  defaultSeverity: "warning",
  description: "A 事業's 施策の大綱 / 施策の目的(目標) / 施策 differ from its 施策 sheet's position, or its 施策の方向 from that sheet's 主要事業と関連部署 row.",
  messageIds: ["positionDiffers", "directionDiffers"],
  create({ locations, report }) {
    const policies: PolicyFacts[] = [];
    const projects: ProjectFacts[] = [];
    return {
      sheet(entry) {
        if (entry.kind === "policy") {
          const { outline, objective, policy } = entry.policy.position;
          const directions = new Map<string, string | null>();
          for (const row of entry.policy.mainProjects) {
            if (row.project === null) continue;
            const key = comparable(row.project);
            if (!directions.has(key)) directions.set(key, row.direction);
          }
          policies.push({ position: { outline, objective, policy }, directions });
          return;
        }
        const { project } = entry;
        const place = placeOf(entry.node);
        const position = project.position;
        const spanOf = (key: keyof ProjectFacts["spans"]): Span => locations.field(position, key) ?? place.start;
        const spans = { outline: spanOf("outline"), objective: spanOf("objective"), policy: spanOf("policy"), direction: spanOf("direction") };
        projects.push({ who: nameProject(project, place), name: project.name, position, spans });
      },
      end({ links }) {
        projects.forEach((project, index) => {
          const owner = links[index] ?? null;
          const policy = owner === null ? undefined : policies[owner];
          if (!policy) return;
          const { who, position } = project;
          for (const key of SHARED_KEYS) {
            const mine = position[key];
            const theirs = policy.position[key];
            // A blank on either side is a missing value, not a disagreement.
            if (mine === null || theirs === null || sameText(mine, theirs)) continue;
            report({ messageId: "positionDiffers", data: { label: POSITION_LABELS[key], mine, theirs, who }, span: project.spans[key] });
          }
          const name = project.name === null ? null : comparable(project.name);
          const direction = name === null ? null : (policy.directions.get(name) ?? null);
          if (direction === null || position.direction === null || sameText(direction, position.direction)) return;
          report({ messageId: "directionDiffers", data: { mine: position.direction, theirs: direction, who }, span: project.spans.direction });
        });
      },
    };
  },
});
