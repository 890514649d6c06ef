import { defineRule } from "../types.js";
import { POSITION_LABELS } from "../labels.js";
import { comparable, sameText } from "../compare.js";
import { nameProject, policyOf } from "../sheets.js";

const SHARED_KEYS = ["outline", "objective", "policy"] as const;

/** SPEC §5: a 事業's position disagrees with its 施策 sheet (after NFKC and folding `，、` `．。`). */
export const positionMismatch = defineRule({
  id: "position-mismatch",
  defaultSeverity: "warning",
  description: "A 事業's 施策の大綱 / 施策の目的(目標) / 施策 differ from its 施策 sheet's position, or its 施策の方向 from that sheet's 主要事業と関連部署 row.",
  messageIds: ["positionDiffers", "directionDiffers"],
  create({ locations, report }) {
    return {
      end({ model, placeOf }) {
        for (const project of model.projects) {
          const policy = policyOf(model, project);
          if (!policy) continue;
          const place = placeOf(project);
          const who = nameProject(project, place);
          const position = project.position;
          for (const key of SHARED_KEYS) {
            const mine = position[key];
            const theirs = policy.position[key];
            // A blank on either side is a missing value, not a disagreement.
            if (mine === null || theirs === null || sameText(mine, theirs)) continue;
            const span = locations.field(position, key) ?? place.start;
            report({ messageId: "positionDiffers", data: { label: POSITION_LABELS[key], mine, theirs, who }, span });
          }
          const name = project.name === null ? null : comparable(project.name);
          const row = policy.mainProjects.find((item) => item.project !== null && comparable(item.project) === name);
          if (!row || row.direction === null || position.direction === null || sameText(row.direction, position.direction)) continue;
          const span = locations.field(position, "direction") ?? place.start;
          report({ messageId: "directionDiffers", data: { mine: position.direction, theirs: row.direction, who }, span });
        }
      },
    };
  },
});
