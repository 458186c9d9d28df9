"""``vndx extract [--published YYYY-MM-DD] [--source-url URL] [--doc ID] PATH...``

Prints one JSON object per fact per line. PATH is article text (``.txt``) or a whole page
(``.html``/``.htm``). A file that cannot be read or parsed is reported on stderr, the other files
are still processed, and the exit code is 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from vndx.extract.extractor import extract_facts
from vndx.parse.article import ArticleParseError, parse_article


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="vndx extract", description="Extract indicator facts from articles.")
    p.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD) of the article(s)")
    p.add_argument("--source-url", help="URL the article(s) came from (helps find the province)")
    p.add_argument("--doc", help="document id (default: the file name without extension)")
    p.add_argument("--province", help="province slug of the article(s), if known")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt article text or .html page")
    return p


def run_file(path: Path, args: argparse.Namespace) -> list[dict[str, object]]:
    data = path.read_bytes()
    doc = args.doc or path.stem
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        article = parse_article(data, url=args.source_url)
        facts = extract_facts(
            article.text,
            doc=doc,
            published=args.published or article.published,
            source_url=args.source_url,
            title=article.title,
            province_hint=args.province,
        )
    else:
        text = data.decode("utf-8-sig")
        if not text.strip():  # as an empty .html page is: an error, not "no facts"
            raise ArticleParseError("empty text file")
        facts = extract_facts(
            text,
            doc=doc,
            published=args.published,
            source_url=args.source_url,
            province_hint=args.province,
        )
    return [f.to_dict() for f in facts]


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    status = 0
    for raw in args.paths:
        path = Path(raw)
        try:
            rows = run_file(path, args)
        except (OSError, UnicodeDecodeError, ArticleParseError) as exc:
            print(f"vndx extract: {raw}: {exc.__class__.__name__}: {exc}", file=sys.stderr)
            status = 1
            continue
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return status


if __name__ == "__main__":
    sys.exit(main())
