"""The README's example SOP is a valid template, so the documentation cannot rot."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.models.sop import DeadlineAction, Symbol
from desktop.models.sop_loader import load_sop_text

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_example_template_loads() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, flags=re.DOTALL)
    assert blocks, "README lost its example SOP"
    sop = load_sop_text(blocks[0], "README.md")
    assert [step.id for step in sop.steps] == ["terima", "telaah", "arsip"]
    assert sop.step("telaah").symbol is Symbol.DECISION
    assert sop.deadlines[0].action is DeadlineAction.ESCALATE
    assert sop.deadlines[0].parsed.low == 60


def test_readme_test_command_is_marked_for_ci() -> None:
    text = README.read_text(encoding="utf-8")
    marked = re.search(r"<!-- test-command -->\n```bash\n(.+?)\n```", text)
    assert marked is not None
    assert "pytest" in marked.group(1)
