"""``python -m nlp [--explain]``: classify stdin, one message per line, to stdout."""

from __future__ import annotations

import argparse
import sys

from nlp.cli import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp", description=__doc__)
    parser.add_argument("--explain", action="store_true", help="print the words behind labels")
    args = parser.parse_args(argv)
    for out in run(sys.stdin, explain=args.explain):
        sys.stdout.write(out + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
