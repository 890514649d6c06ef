import type { Position } from "../../model/schema.js";
import { SpanStore } from "../../model/span-store.js";
import { defineRule } from "../types.js";
import { POSITION_LABELS } from "../labels.js";
import { comparable, sameText } from "../compare.js";
import { nameSheet, placeOf } from "../sheets.js";
import { TextPool } from "../intern.js";

const SHARED_KEYS = ["outline", "objective", "policy"] as const;
/** The values compared, in the order their spans are kept. */
const KEYS = [...SHARED_KEYS, "direction"] as const;

/** What the rule keeps of a 事業 sheet until every sheet is linked: its position, name and first line. */
interface ProjectFacts extends Pick<Position, (typeof KEYS)[number]> {
  name: string | null;
  line: number;
  /** The index of its 施策の大綱's span in the rule's spans; the other values' follow in KEYS order. */
  spans: number;
}

/**
 * SPEC §5: a 事業's position disagrees with its 施策 sheet (after NFKC and folding `，、` `．。`).
 * The 施策 sheet may come after the 事業, so each sheet's facts are kept, not the sheets
 * (which may be written and let go of, issue 13), spans as numbers, and compared once
 * every sheet is linked.
 */
export const positionMismatch = defineRule({
  id: "position-mismatch",
  defaultSeverity: "warning",
  description: "A 事業's 施策の大綱 / 施策の目的(目標) / 施策 differ from its 施策 sheet's position, or its 施策の方向 from that sheet's 主要事業と関連部署 row.",
  messageIds: ["positionDiffers", "directionDiffers"],
  create({ locations, report }) {
    const spans = new SpanStore();
    const pool = new TextPool();
    const policies: Pick<Position, (typeof SHARED_KEYS)[number]>[] = [];
    /** Each 施策 sheet's rows' 施策の方向 by `index NUL 事業名 (compared)`, the first row of a name winning. */
    const directions = new Map<string, string | null>();
    const projects: ProjectFacts[] = [];
    return {
      sheet(entry) {
        if (entry.kind === "policy") {
          const { outline, objective, policy } = entry.policy.position;
          const index = policies.length;
          for (const row of entry.policy.mainProjects) {
            if (row.project === null) continue;
            const key = `${index}\u0000${comparable(row.project)}`;
            if (!directions.has(key)) directions.set(key, row.direction);
          }
          policies.push({ outline: pool.intern(outline), objective: pool.intern(objective), policy: pool.intern(policy) });
          return;
        }
        const { project } = entry;
        const place = placeOf(entry.node);
        const { position } = project;
        let first = -1;
        for (const key of KEYS) {
          const at = spans.add(locations.field(position, key) ?? place.start);
          if (first < 0) first = at;
        }
        const { outline, objective, policy, direction } = position;
        projects.push({ name: project.name, line: place.line, outline: pool.intern(outline), objective: pool.intern(objective), policy: pool.intern(policy), direction: pool.intern(direction), spans: first });
      },
      end({ links }) {
        projects.forEach((project, index) => {
          const owner = links[index] ?? null;
          const policy = owner === null ? undefined : policies[owner];
          if (owner === null || !policy) return;
          const who = nameSheet("project", project.name, project.line);
          SHARED_KEYS.forEach((key, at) => {
            const mine = project[key];
            const theirs = policy[key];
            // A blank on either side is a missing value, not a disagreement.
            if (mine === null || theirs === null || sameText(mine, theirs)) return;
            report({ messageId: "positionDiffers", data: { label: POSITION_LABELS[key], mine, theirs, who }, span: spans.get(project.spans + at) });
          });
          const name = project.name === null ? null : comparable(project.name);
          const direction = name === null ? null : (directions.get(`${owner}\u0000${name}`) ?? null);
          if (direction === null || project.direction === null || sameText(direction, project.direction)) return;
          report({ messageId: "directionDiffers", data: { mine: project.direction, theirs: direction, who }, span: spans.get(project.spans + KEYS.length - 1) });
        });
      },
    };
  },
});
