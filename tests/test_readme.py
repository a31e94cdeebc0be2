"""The README is tested: its set-up commands are the Makefile's, every `civcas` command it shows
exists and has --help, and its "Use" commands work as written."""
from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import click
import pytest

from civcas.cli import main
from conftest import REPORTS, jsonl_lines

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    """The text under the `## title` heading, up to the next `## ` heading."""
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert m, f"README has no '## {title}' section"
    return m.group(1)


def code_blocks(text: str) -> list[list[str]]:
    """The fenced code blocks of `text`, each as its commands (comments and blank lines dropped)."""
    blocks = re.findall(r"^```[a-z]*\n(.*?)^```", text, re.M | re.S)
    return [[line.split("#", 1)[0].strip() for line in b.splitlines() if line.split("#", 1)[0].strip()]
            for b in blocks]


def civcas_commands() -> list[str]:
    """Every `civcas ...` command line of the README: in code blocks and in inline code."""
    lines = [line for block in code_blocks(README) for line in block if line.startswith("civcas ")]
    lines += re.findall(r"`(civcas [^`]+)`", README)
    return lines


def command_path(line: str) -> tuple[str, ...]:
    """The (sub)command names a command line starts with: "civcas review merge A B" -> (review, merge)."""
    words = shlex.split(line)[1:]
    path: list[str] = []
    cmd: click.Command = main
    while isinstance(cmd, click.Group) and words and words[0] in cmd.commands:
        cmd = cmd.commands[words[0]]
        path.append(words.pop(0))
    assert path and not isinstance(cmd, click.Group), f"README shows {line!r}: no such civcas command"
    return tuple(path)


# ------------------------------------------------------------------------------------ set up

def test_the_two_set_up_commands_are_make_demo_and_make_test():
    assert code_blocks(section("Set up"))[0] == ["make demo", "make test"]


@pytest.mark.parametrize("target", ["demo", "test"])
def test_the_makefile_has_each_set_up_target(target):
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(rf"^{target}:", makefile, re.M), f"no '{target}:' rule in the Makefile"
    if shutil.which("make"):  # a dry run: the rule and everything it needs are well formed
        done = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr


# ------------------------------------------------------------------------ commands and --help

def test_the_readme_shows_the_main_commands():
    shown = {command_path(line) for line in civcas_commands()}
    assert shown >= {("run",), ("incidents",), ("tally",), ("export",), ("review", "merge"), ("serve",)}


@pytest.mark.parametrize("line", sorted(set(civcas_commands())))
def test_every_civcas_command_in_the_readme_exists_and_has_help(run_civcas, line):
    path = command_path(line)
    done = run_civcas(*path, "--help")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith(f"Usage: civcas {' '.join(path)} ")


def test_every_civcas_command_has_help(run_civcas):
    def paths(group: click.Group, prefix: tuple[str, ...] = ()):
        for name, cmd in group.commands.items():
            yield prefix + (name,)
            if isinstance(cmd, click.Group):
                yield from paths(cmd, prefix + (name,))

    for path in paths(main):
        done = run_civcas(*path, "--help")
        assert (done.returncode, done.stderr) == (0, ""), path


# ----------------------------------------------------------------------- the "Use" commands run

ARTICLE_PAGE = """<!doctype html>
<html><head><title>Strike on Raqqa market kills 14 civilians</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Strike on Raqqa market kills 14 civilians</h1>
<p>At least 14 civilians were killed when an airstrike hit a crowded market in Raqqa on 9 June 2017,
local activists said on Saturday.</p>
<p>Residents said rescuers were still searching the rubble of the market late into the night, and
that the wounded had been taken to a field clinic on the edge of the city.</p>
</article>
<footer><p>Contact us</p></footer>
</body></html>
"""
FEED = [{"id": "feed-1", "published": "2018-05-04",
         "text": "A drone strike killed 3 civilians in Idlib on 4 May 2018, local sources said."},
        {"id": "feed-2", "published": "2018-05-05",
         "text": "Local sources said 3 civilians were killed by a drone strike in Idlib on Friday."}]


def use_commands() -> dict[str, list[str]]:
    """The "Use" block's civcas commands by subcommand name, split into arguments."""
    out: dict[str, list[str]] = {}
    for line in code_blocks(section("Use"))[0]:
        if line.startswith("civcas "):
            out[" ".join(command_path(line))] = shlex.split(line)[1:]
    return out


def test_the_use_commands_work_as_written(run_civcas, tmp_path):
    commands = use_commands()
    assert commands["run"] == ["run", "reports/", "feed.jsonl", "page.html", "--db", "war.db"]
    (tmp_path / "reports").mkdir()
    for name, text in REPORTS.items():
        (tmp_path / "reports" / name).write_text(text, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in FEED), encoding="utf-8")
    (tmp_path / "page.html").write_text(ARTICLE_PAGE, encoding="utf-8")

    done = run_civcas(*commands["run"], cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("6 articles read (6 new or changed, 0 unchanged), 0 rejected; ")

    for name in ("incidents", "tally", "export"):
        done = run_civcas(*commands[name], cwd=tmp_path)
        assert (done.returncode, done.stderr) == (0, ""), name
        assert done.stdout.strip(), name
    exported = jsonl_lines(run_civcas(*commands["export"], cwd=tmp_path).stdout)
    assert {c["article_id"] for c in exported} == {"mosul", "aleppo", "idlib", "feed-1", "feed-2", "page"}

    # review merge, with two real incident ids in place of INC1 INC2
    ids = [i["id"] for i in jsonl_lines(run_civcas("export", "--db", "war.db", "--what", "incidents",
                                                   cwd=tmp_path).stdout) if i["kind"] == "incident"]
    merge = commands["review merge"]
    assert merge[2:4] == ["INC1", "INC2"]
    done = run_civcas(*merge[:2], *ids[:2], *merge[4:], cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == "review 1 recorded (merge); incidents re-resolved\n"
    after = jsonl_lines(run_civcas("export", "--db", "war.db", "--what", "incidents", cwd=tmp_path).stdout)
    assert len([i for i in after if i["kind"] == "incident"]) == len(ids) - 1
