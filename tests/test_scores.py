"""The quality gate: on the development data of ../shared/data, civcas scores at least what
`bench/scores.json` records (the scores reached so far), and the reference articles meet the
acceptance bar of the issues. Skipped where ../shared/data is absent."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import scores  # noqa: E402

pytestmark = [pytest.mark.acceptance,
              pytest.mark.skipif(not (scores.SHARED / "data" / "seeds").exists() or
                                 not (scores.SHARED / "eval" / "run.sh").exists(),
                                 reason="../shared/data is not here")]

KEPT = json.loads(scores.SCORES.read_text())


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    cache: dict[str, dict[str, float]] = {}

    def get(name: str) -> dict[str, float]:
        if name not in cache:
            cache[name] = scores.run_benchmark(name, tmp_path_factory.mktemp(name), workers=2)
        return cache[name]
    return get


def test_the_reference_articles_meet_the_acceptance_bar(results):
    m = results("seeds")
    assert m["figure_value_f1"] >= 0.85
    assert m["incident_recall"] >= 0.8
    for k, v in m.items():
        if k.startswith("attr_") and k.endswith("_acc"):
            assert v >= 0.8, k


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.slow) if n in ("airwars", "gva") else n
                                  for n in scores.GUARDED])
def test_no_score_drops_below_the_one_kept(results, name):
    m = results(name)
    drops = {k: (KEPT[name][k], m[k]) for k in scores.GUARDED[name]
             if k in KEPT.get(name, {}) and scores.worse(k, m[k], KEPT[name][k])}
    assert not drops, f"{name}: scores went down (kept, now): {drops}"
