"""Hand-written pages of layouts the dev corpus lacks: body, images, captions and credits.

benchmarks/probe_pages/ holds small invented article pages (no real article text), each beside
its truth, written for this benchmark by helpers who had not seen the rules (session 15):

  body/      40 layouts (blog engines, docs, forums, Q&A, liveblogs, web components, tables,
             old markup, several scripts); truth: the body paragraphs
  images_a/  45 pages of image, caption and credit markup (figure and wrapper forms, lazy
             loading, lightboxes, credit conventions of many agencies)
  images_b/  40 pages imitating named publishers' CMSs (Arc XP, NYT, BBC, AP, Reuters, Spiegel,
             Xinhua, Al Jazeera, Gannett …), written after images_a's mends: the fresher set
  images_c/  40 more publishers and site builders (session 16: ABC, CBC, Times of India, Dawn,
             Kompas, VnExpress, Asahi, Le Figaro, FAZ, Haaretz, News24, Clarín, Ghost, Medium,
             Jetpack, Elementor, Hugo …), 140 pictures
  body_c/    40 more layouts (session 16: ad-split bodies, collapsed and paywalled halves, embeds,
             teaser articles, table and <br> layouts, Draft.js, a dozen more scripts)
  agency/    40 plain-text agency stories of 15 invented agencies in 9 languages (session 16),
             each .txt beside a .json naming its boilerplate paragraphs (start, middle, end):
             promos, disclaimers, rights lines, end marks in wordings no rule was written from
  agency_b/  40 more (15 agencies, 12 languages incl. Tagalog, Turkish, Polish, Norwegian),
             written after the session's agency rules: their out-of-sample check

Scored with the shared corpus tools (eval_body's word-4-gram P/R, eval_images' score), wirecopy
beside trafilatura. The first run of each set (before the mends the probes led to) is reported
in benchmarks/README.md; since then the sets are in-sample for those mends.

    python benchmarks/probe_pages.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TOOLS = HERE.parents[1] / "shared" / "corpus" / "tools"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(TOOLS))

import eval_body  # noqa: E402
import eval_images  # noqa: E402
from extraction import body, images  # noqa: E402

PAGES = HERE / "probe_pages"
# Staff credit lines the agency set marks as boilerplate and the table contract keeps as text
# (the aeb-dev truth keeps Reuters' "(Reporting by …; Editing by …)"): not scored.
_STAFF_CREDIT = re.compile(
    r"^\(?(?:reporting|reportagem|reportaje|additional reporting|compiled by|pewarta)\b", re.I
)
# A byline line ("By Jane Doe", "Por …"): read into the authors, not lost.
_BYLINE = re.compile(r"^(?:by|por|di|av|von|par|oleh)\s+\S+\s+\S+", re.I)


def _pages(folder: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """(name, html, truth) of each page of a folder, by name."""
    return [
        (p.stem, p.read_text(encoding="utf-8"), json.loads(p.with_suffix(".json").read_text()))
        for p in sorted(folder.glob("*.html"))
    ]


def score_body(folder: Path) -> dict[str, dict[str, float]]:
    """Word-4-gram precision, recall and F1 of wirecopy and trafilatura on a body folder."""
    counts: dict[str, list[tuple[int, int, int]]] = {"wirecopy": [], "trafilatura": []}
    for _, html, truth in _pages(folder):
        gold = "\n\n".join(truth["paragraphs"])
        counts["wirecopy"].append(eval_body.page_counts(gold, body(html, truth["url"])))
        counts["trafilatura"].append(eval_body.page_counts(gold, eval_body.ex_trafilatura(html)))
    return {name: eval_body.aggregate(c) for name, c in counts.items()}


def score_images(folder: Path) -> dict[str, dict[str, Any]]:
    """eval_images.score of wirecopy and trafilatura's images on an image folder."""
    cases, html_of = [], {}
    for name, html, truth in _pages(folder):
        gt = [
            {"urls": im["urls"], "caption": im.get("caption"), "credit": im.get("credits") or []}
            for im in truth["images"]
        ]
        cases.append({"id": name, "url": truth["url"], "gt": gt})
        html_of[name] = html
    out = {}
    for label, extract in (("wirecopy", images), ("trafilatura", eval_images.trafilatura_images)):
        preds = {c["id"]: extract(html_of[c["id"]], c["url"]) for c in cases}
        out[label] = eval_images.score(cases, preds)
    return out


def score_agency(folder: Path) -> dict[str, float]:
    """Boilerplate paragraphs left and story paragraphs lost when each story is cleaned alone
    (first sight of its agency: no repetition counts)."""
    from wirecopy.schemas.records import RawDocument
    from wirecopy.tasks.clean import clean_document
    from wirecopy.tasks.parse import parse_document

    boiler = left = story = lost = 0
    for txt in sorted(folder.glob("*.txt")):
        data = txt.read_bytes()
        raw = RawDocument(
            f"file:///probe/{txt.name}", data, hashlib.sha256(data).hexdigest(), len(data)
        )
        body = " ".join(clean_document(parse_document(raw)).body_text.split())
        marked = {
            " ".join(b.split())
            for b in json.loads(txt.with_suffix(".json").read_text())["boilerplate"]
        }
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", data.decode()) if p.strip()]
        for p in paragraphs[1:]:  # the headline is the title
            if p in marked:
                if not _STAFF_CREDIT.match(p):
                    boiler += 1
                    left += p in body
            elif not (_BYLINE.match(p) and len(p) < 60):
                story += 1
                lost += p[-40:] not in body  # its end: the dateline's tag is taken off its start
    return {
        "boilerplate_left": left / boiler,
        "story_lost": lost / story,
        "boilerplate": boiler,
        "story": story,
    }


def main() -> None:
    for folder in ("body", "body_c"):
        for name, m in score_body(PAGES / folder).items():
            figures = "  ".join(f"{k} {m[k]:.3f}" for k in ("precision", "recall", "f1"))
            print(f"{folder:9} {name:12} {figures}")
    keys = ("img_F1", "cap_exact", "cred_exact", "cred_spurious", "cred_leak")
    for folder in ("images_a", "images_b", "images_c"):
        for name, m in score_images(PAGES / folder).items():
            figures = "  ".join(f"{k} {m.get(k, float('nan')):.3f}" for k in keys)
            print(f"{folder:9} {name:12} {figures}")
    for folder in ("agency", "agency_b"):
        m = score_agency(PAGES / folder)
        print(
            f"{folder:9} wirecopy     boilerplate left {m['boilerplate_left']:.3f} of "
            f"{m['boilerplate']}  story lost {m['story_lost']:.3f} of {m['story']}"
        )


if __name__ == "__main__":
    main()
