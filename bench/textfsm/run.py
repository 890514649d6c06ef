# The peer of `npm run bench` (issue 13): TextFSM extracting five fields of each 事業
# (事業名, 担当, 予算科目, 施策, 方針) from every file of a folder. Prints files and rows.
import os
import sys

import textfsm

folder = sys.argv[1]
with open(os.path.join(os.path.dirname(__file__), "project.textfsm"), encoding="utf-8") as handle:
    fsm = textfsm.TextFSM(handle)
files = 0
rows = 0
for name in sorted(os.listdir(folder)):
    with open(os.path.join(folder, name), encoding="utf-8", newline="") as handle:
        text = handle.read()
    fsm.Reset()
    rows += len(fsm.ParseText(text))
    files += 1
print(files, rows)
