"""Regenerate the static demo site (`scrapers/demo/site/`) from the seed articles and the DTI reference.

    python -m scripts.build_demo_site

The output is committed; this script documents how it was made. Article text is the seed text,
line for line (one element per non-empty line); page chrome (menus, breadcrumb, dateline, related
links, comment box, footer) is demo markup shaped like the real publishers' pages.
"""

from __future__ import annotations

import csv
import html
import json
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from scrapers.demo.server import SITE_DIR
from vndx.extract.text import fold_words

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "tests" / "data" / "seeds"
GOLD_DOCS = REPO / "tests" / "data" / "gold" / "seed_docs.jsonl"
REFERENCE = REPO / "vndx" / "extract" / "data" / "dti"  # one home: the extractor's cross-check table
SITE = SITE_DIR

SUB_INDICES = [
    ("nhan_thuc_so", "Nhận thức số"),
    ("the_che_so", "Thể chế số"),
    ("ha_tang_so", "Hạ tầng số"),
    ("nhan_luc_so", "Nhân lực số"),
    ("an_toan_thong_tin_mang", "An toàn thông tin mạng"),
    ("hd_chinh_quyen_so", "Hoạt động chính quyền số"),
    ("hd_kinh_te_so", "Hoạt động kinh tế số"),
    ("hd_xa_hoi_so", "Hoạt động xã hội số"),
]


@dataclass
class Publisher:
    prefix: str
    name: str
    domain: str
    menu: tuple[str, ...]
    section: str
    section_slug: str
    kind: str


PUBLISHERS = {
    "doingoai-tuyenquang": Publisher(
        "doingoai-tuyenquang", "Trang thông tin đối ngoại tỉnh Tuyên Quang", "doingoai.tuyenquang.gov.vn",
        ("Trang chủ", "Giới thiệu", "Tin bài", "Hợp tác quốc tế", "Xúc tiến đầu tư", "Du lịch"),
        "Tin bài", "tin-bai", "portal"),
    "baobackan": Publisher(
        "baobackan", "Báo Bắc Kạn điện tử", "baobackan.vn",
        ("Trang chủ", "Thời sự", "Chuyển đổi số", "Kinh tế", "Xã hội", "Văn hóa"),
        "Chuyển đổi số", "chuyen-doi-so", "newspaper"),
    "baodaklak": Publisher(
        "baodaklak", "Báo Đắk Lắk điện tử", "baodaklak.vn",
        ("Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Công nghệ", "Thể thao"),
        "Chính trị", "chinh-tri", "newspaper"),
    "phunuvietnam": Publisher(
        "phunuvietnam", "Báo Phụ nữ Việt Nam", "phunuvietnam.vn",
        ("Trang chủ", "Thời sự", "Xã hội", "Kinh tế", "Gia đình", "Sức khỏe"),
        "Xã hội", "xa-hoi", "newspaper"),
    "baobacgiang": Publisher(
        "baobacgiang", "Báo Bắc Giang điện tử", "baobacgiang.vn",
        ("Trang chủ", "Chính trị", "Kinh tế", "Chuyển đổi số", "Xã hội", "Pháp luật"),
        "Chuyển đổi số", "chuyen-doi-so", "newspaper"),
}

# Seed layout: which lines are chrome. Line numbers are 1-based, inclusive.
SEED_LAYOUT = {
    "000_52fd106dbd759f5d": dict(pub="baobackan", title=1, body=(2, None), time="17:05", aid=95721),
    "001_cd9b212c73a357c5": dict(pub="doingoai-tuyenquang", breadcrumb=(1, 3), title=5, dateline=7,
                                 body=(9, 42), comment=44, footer=(46, None), aid=3861),
    "002_eb8751013abd4c6d": dict(pub="baodaklak", title=1, body=(2, 17), author=18, comment=19,
                                 time="10:31", aid=186632),
    "003_0909b81347250a2d": dict(pub="phunuvietnam", header=1, title=2, body=(3, None), time="08:15",
                                 aid=20241001),
    "004_78f245e71515bd69": dict(pub="baobacgiang", title=1, body=(2, 7), author=8, comment=9,
                                 time="06:40", aid=410557),
}

# Non-DX stories in the listings (demo filler: the relevance filter must skip them).
# The body of a filler page: as long as a short news item (the articles suite wants at least 200
# characters), about nothing the extractor should find a fact in.
FILLER_BODY = ("Tin minh họa của trang demo. Bài này chỉ có mặt để trang danh sách giống một chuyên mục "
               "báo thật: nó kể về một sự kiện ở địa phương và không nêu số liệu của chỉ số nào. Bộ thu thập "
               "vẫn tải và lưu trang như mọi bài khác; bộ trích xuất không tìm thấy dữ kiện nào trong đó.")

FILLER = {
    "doingoai-tuyenquang": [("Đoàn công tác tỉnh Tuyên Quang thăm và làm việc tại Lào", date(2023, 10, 20)),
                            ("Lễ hội Thành Tuyên thu hút đông đảo du khách", date(2023, 10, 15)),
                            ("Giới thiệu sản phẩm OCOP tại hội chợ quốc tế", date(2023, 10, 2))],
    "baobackan": [("Bắc Kạn: Nông dân thu hoạch lúa mùa", date(2024, 10, 5))],
    "baodaklak": [("Giải bóng đá thiếu niên tỉnh khởi tranh", date(2023, 9, 18))],
    "phunuvietnam": [("Bí quyết nấu phở ngon cho bữa sáng gia đình", date(2024, 9, 28))],
    "baobacgiang": [("Vải thiều Lục Ngạn vào vụ thu hoạch", date(2023, 6, 10))],
}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def slugify(text: str) -> str:
    return fold_words(text).replace(" ", "-")


def dmy(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def page(pub: Publisher, title: str, main: str, *, head_extra: str = "", footer: str = "") -> str:
    menu = "".join(f'<li><a href="/{pub.prefix}/{slugify(m)}/">{esc(m)}</a></li>' for m in pub.menu[1:])
    footer = footer or (f"<p>{esc(pub.name)}</p><p>Địa chỉ liên hệ: (trang minh họa của vndx)</p>"
                        f"<p>© Bản quyền thuộc {esc(pub.name)}.</p>")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head_extra}<link rel="alternate" type="application/rss+xml" href="/{pub.prefix}/rss.xml">
</head>
<body>
<header class="site-header">
<div class="logo"><a href="/{pub.prefix}/">{esc(pub.name)}</a></div>
<nav class="main-menu"><ul><li><a href="/{pub.prefix}/">Trang chủ</a></li>{menu}</ul></nav>
<form class="search" action="/{pub.prefix}/tim-kiem/"><input name="q" placeholder="Tìm kiếm"></form>
</header>
<main>
{main}
</main>
<footer class="site-footer">
{footer}
</footer>
</body>
</html>
"""


def article_url(pub: Publisher, title: str, aid: int) -> str:
    return f"/{pub.prefix}/{pub.section_slug}/{slugify(title)}-{aid}.html"


def lines_between(lines: list[str], span: tuple[int, int | None]) -> list[str]:
    start, end = span
    return [ln for ln in lines[start - 1:end] if ln.strip()]


def body_html(lines: list[str]) -> str:
    out = []
    for ln in lines:
        if ln.endswith(" |"):
            out.append(f'<figure class="image"><img src="/static/anh-minh-hoa.jpg" alt="">'
                       f"<figcaption>{esc(ln)}</figcaption></figure>")
        elif len(ln) < 80 and not ln.rstrip().endswith((".", ":", ";")) and not ln.startswith(("Theo ", "+")):
            out.append(f"<h2>{esc(ln)}</h2>")
        else:
            out.append(f"<p>{esc(ln)}</p>")
    return "\n".join(out)


def build_article(doc: str, layout: dict, published: date, related: list[tuple[str, str]]) -> tuple[str, str, str]:
    pub = PUBLISHERS[layout["pub"]]
    lines = (SEEDS / f"{doc}.txt").read_text(encoding="utf-8").split("\n")
    title = lines[layout["title"] - 1].strip()
    url = article_url(pub, title, layout["aid"])
    if "dateline" in layout:
        dateline = lines[layout["dateline"] - 1].strip()
        hhmm = dateline.split(" - ")[-1]
    else:
        hhmm = layout["time"]
        dateline = f"{dmy(published)} {hhmm}"
    iso = f"{published.isoformat()}T{hhmm}:00+07:00"
    crumbs = (lines_between(lines, layout["breadcrumb"]) if "breadcrumb" in layout
              else ["Trang chủ", pub.section])
    crumb_html = " › ".join(f'<li><a href="/{pub.prefix}/">{esc(c)}</a></li>' for c in crumbs)
    top = ""
    if "header" in layout:
        top = f'<div class="topbar">{esc(lines[layout["header"] - 1].strip())}</div>\n'
    body = body_html(lines_between(lines, layout["body"]))
    author = f'<p class="author">{esc(lines[layout["author"] - 1].strip())}</p>' if "author" in layout else ""
    comment_title = lines[layout["comment"] - 1].strip() if "comment" in layout else "Bình luận"
    rel = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in related)
    main = f"""{top}<ul class="breadcrumb">{crumb_html}</ul>
<div class="article-wrap">
<h1 class="article-title">{esc(title)}</h1>
<div class="dateline"><time datetime="{iso}">{esc(dateline)}</time></div>
<article class="article-content">
{body}
{author}
</article>
<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>
<section class="related"><h3>Tin liên quan</h3><ul>{rel}</ul></section>
<section class="comment-box"><h3>{esc(comment_title)}</h3>
<form method="post" action="/{pub.prefix}/binh-luan/"><textarea name="noi_dung"></textarea>
<input name="ho_ten" placeholder="Họ tên"><button type="submit">Gửi</button></form></section>
</div>"""
    footer = ""
    if "footer" in layout:
        footer = "\n".join(f"<p>{esc(ln)}</p>" for ln in lines_between(lines, layout["footer"]))
    head = (f'<meta property="og:title" content="{esc(title)}">\n'
            f'<meta property="article:published_time" content="{iso}">\n')
    return url, title, page(pub, title, main, head_extra=head, footer=footer)


def listing_item(url: str, title: str, d: date, sapo: str) -> str:
    return (f'<li class="news-item"><a class="title" href="{url}">{esc(title)}</a>'
            f'<span class="date">{dmy(d)}</span><p class="sapo">{esc(sapo)}</p></li>')


def write(rel: str, text: str) -> None:
    path = SITE / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def build_ranking() -> None:
    rows = list(csv.DictReader((REFERENCE / "dti_2022_official_ranks.csv").open(encoding="utf-8")))
    def num(v: str) -> str:
        return v.replace(".", ",")
    head = "".join(f"<th>{esc(n)}</th>" for _k, n in SUB_INDICES)
    top = "".join(
        f"<tr><td>{r['rank']}</td><td>{esc(r['label_as_published'])}</td><td>{num(r['score'])}</td>"
        + "".join(f"<td>{num(r[k])}</td>" for k, _n in SUB_INDICES) + "</tr>"
        for r in rows if r["score"]
    )
    full = "".join(f"<tr><td>{r['rank']}</td><td>{esc(r['label_as_published'])}</td></tr>" for r in rows)
    pub = Publisher("dti", "Chỉ số chuyển đổi số DTI", "dti.gov.vn",
                    ("Trang chủ", "Giới thiệu", "Xếp hạng", "Văn bản", "Tin tức"), "Xếp hạng", "xep-hang",
                    "ranking")
    main = f"""<ul class="breadcrumb"><li><a href="/dti/">Trang chủ</a></li> › <li>Xếp hạng 2022</li></ul>
<h1>Xếp hạng chỉ số chuyển đổi số cấp tỉnh năm 2022</h1>
<p class="note">Bộ Thông tin và Truyền thông công bố Chỉ số đánh giá mức độ chuyển đổi số (DTI) năm 2022 của
63 tỉnh, thành phố trực thuộc Trung ương. Giá trị chỉ số trong khoảng 0 - 1.</p>
<h2>Năm tỉnh, thành phố dẫn đầu</h2>
<table class="table-dti top5">
<caption>Top 5 DTI cấp tỉnh năm 2022</caption>
<thead><tr><th>Xếp hạng</th><th>Tỉnh, thành phố</th><th>Chỉ số DTI</th>{head}</tr></thead>
<tbody>{top}</tbody>
</table>
<h2>Bảng xếp hạng 63 tỉnh, thành phố</h2>
<table class="table-dti full">
<caption>Xếp hạng DTI cấp tỉnh năm 2022</caption>
<thead><tr><th>Xếp hạng</th><th>Tỉnh, thành phố</th></tr></thead>
<tbody>{full}</tbody>
</table>"""
    write("dti/xep-hang-2022/index.html", page(pub, "Xếp hạng DTI cấp tỉnh năm 2022", main))
    write("dti/index.html", page(pub, "Chỉ số chuyển đổi số DTI",
                                 '<ul><li><a href="/dti/xep-hang-2022/">Xếp hạng 2022</a></li></ul>'))


def main() -> None:
    if SITE.exists():
        shutil.rmtree(SITE)
    published = {json.loads(ln)["doc"]: date.fromisoformat(json.loads(ln)["published"])
                 for ln in GOLD_DOCS.read_text(encoding="utf-8").splitlines() if ln.strip()}
    articles: dict[str, list[tuple[str, str, date, str]]] = {p: [] for p in PUBLISHERS}
    for doc, layout in SEED_LAYOUT.items():
        lines = (SEEDS / f"{doc}.txt").read_text(encoding="utf-8").split("\n")
        pub = PUBLISHERS[layout["pub"]]
        title = lines[layout["title"] - 1].strip()
        sapo = lines_between(lines, layout["body"])[0][:160]
        articles[pub.prefix].append((article_url(pub, title, layout["aid"]), title, published[doc], sapo))
    for prefix, fillers in FILLER.items():
        pub = PUBLISHERS[prefix]
        for i, (title, d) in enumerate(fillers):
            url = article_url(pub, title, 1000 + i)
            articles[prefix].append((url, title, d, "Tin minh họa của trang demo."))
            write(url.lstrip("/"), page(pub, title, f'<h1 class="article-title">{esc(title)}</h1>'
                  f'<div class="dateline">{dmy(d)}</div><article class="article-content">'
                  f"<p>{FILLER_BODY}</p></article>"))
    for doc, layout in SEED_LAYOUT.items():
        pub = PUBLISHERS[layout["pub"]]
        own = (SEEDS / f"{doc}.txt").read_text(encoding="utf-8").split("\n")[layout["title"] - 1].strip()
        related = [(u, t) for u, t, _d, _s in articles[pub.prefix] if t != own][:3]
        url, _title, text = build_article(doc, layout, published[doc], related)
        write(url.lstrip("/"), text)
    for prefix, items in articles.items():
        pub = PUBLISHERS[prefix]
        items.sort(key=lambda it: it[2], reverse=True)
        per_page = 2
        pages = [items[i:i + per_page] for i in range(0, len(items), per_page)]
        for n, chunk in enumerate(pages, start=1):
            name = "index.html" if n == 1 else f"trang-{n}.html"
            nav = []
            if n > 1:
                prev = "index.html" if n == 2 else f"trang-{n - 1}.html"
                nav.append(f'<a class="prev" href="{prev}">Trang trước</a>')
            if n < len(pages):
                nav.append(f'<a class="next" href="trang-{n + 1}.html">Trang sau</a>')
            main = (f'<ul class="breadcrumb"><li><a href="/{prefix}/">Trang chủ</a></li> › '
                    f"<li>{esc(pub.section)}</li></ul>\n<h1>{esc(pub.section)}</h1>\n"
                    f'<ul class="list-news">{"".join(listing_item(*it) for it in chunk)}</ul>\n'
                    f'<div class="pagination">{" ".join(nav)}</div>')
            write(f"{prefix}/{pub.section_slug}/{name}", page(pub, f"{pub.section} - {pub.name}", main))
        write(f"{prefix}/index.html", page(pub, pub.name,
              f'<p><a href="/{prefix}/{pub.section_slug}/">{esc(pub.section)}</a></p>'))
    # RSS + sitemap index (-> news sitemap) for the Tuyên Quang portal.
    pub = PUBLISHERS["doingoai-tuyenquang"]
    base = "${BASE}"  # the server substitutes its own base URL (feeds need absolute links)
    rss_items = "".join(
        f"<item><title>{esc(t)}</title><link>{base}{u}</link><guid>{base}{u}</guid>"
        f"<pubDate>{d.strftime('%a, %d %b %Y')} 09:00:00 +0700</pubDate>"
        f"<description>{esc(s)}</description></item>"
        for u, t, d, s in articles[pub.prefix])
    write(f"{pub.prefix}/rss.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
          f"<title>{esc(pub.name)}</title><link>{base}/{pub.prefix}/</link>"
          f"<description>Tin bài</description>{rss_items}</channel></rss>\n")
    urls = "".join(
        f"<url><loc>{base}{u}</loc><lastmod>{d.isoformat()}</lastmod><news:news><news:title>{esc(t)}"
        f"</news:title><news:publication_date>{d.isoformat()}</news:publication_date></news:news></url>"
        for u, t, d, _s in articles[pub.prefix])
    write(f"{pub.prefix}/sitemap-news.xml",
          '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
          f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>\n')
    write(f"{pub.prefix}/sitemap.xml",
          '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
          f"<sitemap><loc>{base}/{pub.prefix}/sitemap-news.xml</loc></sitemap></sitemapindex>\n")
    build_ranking()
    write("robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /baodaklak/tim-kiem/\n"
          "Sitemap: ${BASE}/doingoai-tuyenquang/sitemap.xml\n")
    write("admin/index.html", "<!DOCTYPE html><html><body><p>Quản trị</p></body></html>\n")
    links = "".join(f'<li><a href="/{p}/">{esc(pb.name)}</a></li>' for p, pb in PUBLISHERS.items())
    write("index.html", "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>vndx demo site"
          f"</title></head><body><h1>vndx demo site</h1><ul>{links}"
          '<li><a href="/dti/xep-hang-2022/">DTI 2022</a></li></ul></body></html>\n')


if __name__ == "__main__":
    main()
