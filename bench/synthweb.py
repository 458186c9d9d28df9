"""A synthetic web of provincial portals and newspapers, for the benchmarks (the one generator).

Every page is computed from (seed, host, page number), so nothing is stored and every request for
the same URL returns the same bytes (an ETag makes an unchanged re-crawl answer 304). Text is our
own: sentence templates below with indicator values derived from (province, indicator, year), so
every host agrees on a province's figures, as real outlets mostly do.

- `Host`: one site on its own loopback address (127.0.1.N: Linux routes all of 127/8 to `lo`), one
  province, one layout: `portal` (sitemap discovery, body in `div.news-content`) or `newspaper`
  (paginated listing `li.news-item`, body in `article.article-body`).
- Articles: facts in prose (the `FACT_TEMPLATES`, each with the value it states), some in a small
  table, event reports with no figure, distractors (targets, national averages, decree numbers),
  page chrome (menus, related links, footer counters). Noise pages (sport, farming, culture) are
  listed too: discovery's relevance filter should drop them, as on the real sites.
- `serve()`: one process, one threaded HTTP server per host; counts requests by status
  (`/__synthweb/stats` on any host) so a benchmark can say what a re-crawl sent.
- `source_definition()`: the registry YAML of a host (crawl delay 0: our own loopback server).

bench/extract.py and bench/crawl.py keep their own page generators (a seeded random article set,
and one repeated paragraph per page with its own ETag server): folding them into this module
would change the pages their recorded figures were measured on (extract.json, crawl.json).
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import threading
from dataclasses import dataclass
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from vndx.reference import load_provinces

SEED = 20261130
LISTING_PAGE_SIZE = 20
NOISE_SHARE = 0.08  # noise pages per article page, listed beside the articles
FIRST_DAY, DAYS = date(2023, 1, 2), 900  # publication dates: 2023-01-02 .. mid 2025


@dataclass(frozen=True)
class Fact:
    indicator: str
    year: int
    value: float  # as stored by the extractor (percent 91.5, rank 9, score 0.6077)


@dataclass(frozen=True)
class Host:
    index: int  # 0-based
    address: str  # 127.0.1.N
    province_slug: str
    province_name: str
    layout: str  # portal | newspaper
    articles: int
    noise: int

    @property
    def source_id(self) -> str:
        return f"synth-{self.index + 1:03d}-{self.province_slug}"

    @property
    def publisher(self) -> str:
        kind = "Cổng thông tin điện tử tỉnh" if self.layout == "portal" else "Báo"
        return f"{kind} {self.province_name} (tổng hợp)"


def hosts(n_hosts: int, n_articles: int) -> list[Host]:
    """`n_hosts` sites sharing `n_articles` article pages (the first ones take the remainder)."""
    provinces = load_provinces()
    per, extra = divmod(n_articles, n_hosts)
    out = []
    for i in range(n_hosts):
        p = provinces[i % len(provinces)]
        count = per + (1 if i < extra else 0)
        out.append(Host(i, f"127.0.1.{i + 1}", p.slug, _short_name(p.name_vi), "portal" if i % 2 else "newspaper",
                        count, round(count * NOISE_SHARE)))
    return out


def _short_name(name: str) -> str:
    for prefix in ("Thành phố ", "Tỉnh ", "TP. "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


# --- facts and sentences (our own wording) --------------------------------------------------

def _h(*parts) -> int:
    return int.from_bytes(hashlib.blake2b("/".join(map(str, parts)).encode(), digest_size=8).digest(), "big")


def _num(value: float, decimals: int) -> str:
    """Vietnamese number: decimal comma."""
    return f"{value:.{decimals}f}".replace(".", ",")


def fact_value(province: str, indicator: str, year: int) -> float:
    """The one value of (province, indicator, year) on every host."""
    h = _h(SEED, province, indicator, year)
    if indicator == "dti_rank":
        return float(1 + h % 63)
    if indicator == "dti_score":
        return round(0.30 + (h % 5000) / 10000, 4)
    if indicator == "digital_enterprise_count":
        return float(40 + h % 900)
    return round(40 + (h % 5900) / 100, 1)  # percent 40.0 .. 98.9, one decimal


# (indicator, template, decimals). {P} province, {Y} year, {V} the value as printed.
FACT_TEMPLATES = [
    ("dti_rank", "Theo kết quả vừa công bố, năm {Y} chỉ số chuyển đổi số (DTI) của tỉnh {P} xếp thứ {V}/63 "
                 "tỉnh, thành phố.", 0),
    ("dti_score", "Cũng trong năm {Y}, chỉ số chuyển đổi số (DTI) của tỉnh {P} đạt {V} điểm.", 4),
    ("internet_user_rate", "Đến hết năm {Y}, tỷ lệ người dùng internet trên địa bàn tỉnh đạt {V}%.", 1),
    ("eid_account_rate", "Năm {Y}, tỷ lệ người dân có tài khoản định danh điện tử đạt {V}%.", 1),
    ("fixed_broadband_household_rate", "Năm {Y}, tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt {V}%.", 1),
    ("online_payment_rate", "Năm {Y}, tỷ lệ hồ sơ thủ tục hành chính được thanh toán trực tuyến đạt {V}%.", 1),
    ("digital_enterprise_count", "Năm {Y}, trên địa bàn tỉnh có {V} doanh nghiệp công nghệ số.", 0),
]
TABLE_ROWS = [("internet_user_rate", "Tỷ lệ người dùng internet"),
              ("eid_account_rate", "Tỷ lệ người dân có tài khoản định danh điện tử"),
              ("online_payment_rate", "Tỷ lệ hồ sơ thanh toán trực tuyến")]

DISTRACTORS = [
    "Thực hiện Nghị quyết số {n}-NQ/TU ngày {d}/{m}/2021 của Tỉnh ủy về chuyển đổi số giai đoạn 2021-2025.",
    "Tỉnh đặt mục tiêu đến năm 2030 có {p}% người dân sử dụng dịch vụ công trực tuyến.",
    "Bình quân cả nước, tỷ lệ hộ gia đình có cáp quang đạt {p}%.",
    "Hội nghị có {n} đại biểu tham dự, gồm lãnh đạo các sở, ban, ngành và địa phương.",
    "Ban Chỉ đạo chuyển đổi số tỉnh đã ban hành {n} văn bản chỉ đạo, điều hành trong năm.",
    "Sáng {d}/{m}, UBND tỉnh {P} tổ chức hội nghị sơ kết công tác chuyển đổi số.",
    "Đường dây nóng hỗ trợ người dân sử dụng dịch vụ số hoạt động từ 7 giờ đến 21 giờ hằng ngày.",
]
FILLER = [
    "Chuyển đổi số được xác định là nhiệm vụ trọng tâm, lâu dài, cần sự vào cuộc của cả hệ thống chính trị.",
    "Các tổ công nghệ số cộng đồng tiếp tục đến từng thôn, bản hướng dẫn người dân cài đặt ứng dụng.",
    "Lãnh đạo tỉnh yêu cầu các sở, ngành khắc phục những hạn chế, đẩy nhanh tiến độ số hóa hồ sơ.",
    "Doanh nghiệp được hỗ trợ đưa sản phẩm lên sàn thương mại điện tử và thanh toán không dùng tiền mặt.",
    "Nhiều mô hình hay, cách làm sáng tạo ở cơ sở được nhân rộng trong thời gian tới.",
]
EVENT_TITLES = ["Tập huấn chuyển đổi số cho cán bộ cấp xã", "Ra quân hướng dẫn người dân dùng dịch vụ công trực tuyến",
                "Hội thảo giải pháp chuyển đổi số trong doanh nghiệp nhỏ", "Ra mắt mô hình chợ 4.0 không dùng tiền mặt"]
FACT_TITLES = ["{P}: nhiều kết quả nổi bật trong chuyển đổi số năm {Y}", "Chuyển đổi số ở {P}: chuyển biến rõ nét",
               "{P} đẩy mạnh kinh tế số, xã hội số", "Sơ kết chuyển đổi số tỉnh {P} năm {Y}"]
NOISE_TITLES = ["Giải bóng chuyền thanh niên khai mạc tại nhà thi đấu tỉnh", "Nông dân xuống giống vụ đông xuân",
                "Lễ hội đền làng thu hút đông đảo du khách", "Sửa chữa cầu treo trước mùa mưa lũ",
                "Hội chợ sản phẩm OCOP mở cửa cuối tuần", "Trao học bổng cho học sinh vượt khó"]
NOISE_BODY = ("Bài viết kể về một sự kiện ở địa phương: người dân tham gia đông vui, chính quyền bảo đảm an ninh, "
              "trật tự và vệ sinh môi trường. Ban tổ chức cảm ơn các đơn vị đã phối hợp thực hiện chương trình.")


def _rng(host: Host, n: int, what: str) -> random.Random:
    return random.Random(f"{SEED}/{host.index}/{n}/{what}")


@dataclass(frozen=True)
class PageMeta:
    n: int
    noise: bool
    title: str
    slug: str
    published: date
    has_facts: bool

    def path(self, host: Host) -> str:
        # a portal's news section mixes every topic (the relevance filter reads the slug); a
        # newspaper files noise under another section (its article URL pattern leaves it out)
        section = "tin-tuc" if host.layout == "portal" else ("xa-hoi" if self.noise else "chuyen-doi-so")
        return f"/{section}/{self.slug}-{self.n}.html"


def page_meta(host: Host, n: int) -> PageMeta:
    """Title, date and kind of page n (n < articles: article; else noise), cheap to compute."""
    rng = _rng(host, n, "meta")
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    if n >= host.articles:
        title = rng.choice(NOISE_TITLES)
        return PageMeta(n, True, title, _slug(title), published, False)
    has_facts = rng.random() >= 0.15  # some reports carry no figure at all
    pool = FACT_TITLES if has_facts else EVENT_TITLES
    title = rng.choice(pool).format(P=host.province_name, Y=published.year - 1)
    return PageMeta(n, False, title, _slug(title), published, has_facts)


_FOLD = str.maketrans("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
                      "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")


def _slug(text: str) -> str:
    folded = text.lower().translate(_FOLD)
    return "-".join("".join(c if c.isalnum() else " " for c in folded).split())


def article_body(host: Host, meta: PageMeta) -> tuple[list[str], list[tuple[str, str]], list[Fact]]:
    """Paragraphs, table rows and the facts the text states (year: the year before publication)."""
    rng = _rng(host, meta.n, "body")
    year, prov = meta.published.year - 1, host.province_name
    paras: list[str] = [rng.choice(FILLER)]
    facts: list[Fact] = []
    rows: list[tuple[str, str]] = []
    if meta.has_facts:
        for indicator, template, decimals in rng.sample(FACT_TEMPLATES, rng.randint(2, 4)):
            value = fact_value(host.province_slug, indicator, year)
            paras.append(template.format(Y=year, P=prov, V=_num(value, decimals)))
            facts.append(Fact(indicator, year, value))
        if rng.random() < 0.3:
            for indicator, label in TABLE_ROWS:
                rows.append((label, _num(fact_value(host.province_slug, indicator, year), 1) + "%"))
    else:
        paras.append(f"Ngày {meta.published.day}/{meta.published.month}, tỉnh {prov} tổ chức chương trình với sự "
                     "tham gia của cán bộ, đoàn viên và người dân các xã.")
    for _ in range(rng.randint(2, 4)):
        paras.append(rng.choice(DISTRACTORS).format(n=rng.randint(10, 999), d=rng.randint(1, 28),
                                                    m=rng.randint(1, 12), p=rng.randint(50, 99), P=prov))
    paras += rng.sample(FILLER, 2)
    return paras, rows, facts


# --- HTML -----------------------------------------------------------------------------------

def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _frame(host: Host, title: str, main: str, head: str = "") -> str:
    menu = "".join(f"<li><a href='/muc-{i}/'>{m}</a></li>" for i, m in
                   enumerate(("Trang chủ", "Thời sự", "Chuyển đổi số", "Kinh tế", "Xã hội", "Văn hóa")))
    footer = (f"<p>{_esc(host.publisher)}</p><p>Giấy phép số {100 + host.index}/GP-TTĐT</p>"
              f"<p>Lượt truy cập: {_h(host.index) % 900000 + 10000}</p>")
    return (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{_esc(title)}</title>{head}"
            f"</head><body><header><div class='logo'>{_esc(host.publisher)}</div><nav class='main-menu'><ul>{menu}"
            f"</ul></nav></header><main>{main}</main><footer class='site-footer'>{footer}</footer></body></html>")


def article_html(host: Host, meta: PageMeta, related: list[PageMeta] = ()) -> str:
    """The page of an article (or of a noise page), in the host's layout."""
    iso = f"{meta.published.isoformat()}T08:00:00+07:00"
    head = f"<meta property='article:published_time' content='{iso}'>"
    if meta.noise:
        paras, rows = [NOISE_BODY], []
    else:
        paras, rows, _facts = article_body(host, meta)
    body = "".join(f"<p>{_esc(p)}</p>" for p in paras)
    if rows:
        body += ("<table class='so-lieu'><thead><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr></thead><tbody>"
                 + "".join(f"<tr><td>{_esc(a)}</td><td>{_esc(b)}</td></tr>" for a, b in rows) + "</tbody></table>")
    rel = "".join(f"<li><a href='{m.path(host)}'>{_esc(m.title)}</a></li>" for m in related)
    when = f"{meta.published:%d/%m/%Y} 08:00"
    if host.layout == "portal":
        main = (f"<div class='breadcrumb'>Trang chủ › Tin tức</div><div class='news-detail'>"
                f"<h1 class='title'>{_esc(meta.title)}</h1><div class='date'>{when}</div>"
                f"<div class='news-content'>{body}</div></div><div class='other-news'><h3>Tin khác</h3>"
                f"<ul>{rel}</ul></div>")
    else:
        main = (f"<ul class='breadcrumb'><li>Trang chủ</li><li>Chuyển đổi số</li></ul><h1 class='article-title'>"
                f"{_esc(meta.title)}</h1><time datetime='{iso}'>{when}</time><article class='article-body'>{body}"
                f"<p class='author'>PV</p></article><section class='related'><h3>Tin liên quan</h3><ul>{rel}</ul>"
                f"</section><section class='comment-box'><h3>Bình luận</h3><textarea></textarea></section>")
    return _frame(host, meta.title, main, head)


class Site:
    """One host's pages, with its listing order (newest first) computed once."""

    def __init__(self, host: Host):
        self.host = host
        self.metas = [page_meta(host, n) for n in range(host.articles + host.noise)]
        self.by_path = {m.path(host): m for m in self.metas}
        self.newest_first = sorted(self.metas, key=lambda m: (m.published, m.n), reverse=True)

    def listing_pages(self) -> int:
        return max(1, -(-len(self.metas) // LISTING_PAGE_SIZE))

    def listing(self, page: int) -> str:
        chunk = self.newest_first[(page - 1) * LISTING_PAGE_SIZE: page * LISTING_PAGE_SIZE]
        items = "".join(f"<li class='news-item'><a class='title' href='{m.path(self.host)}'>{_esc(m.title)}</a>"
                        f"<span class='date'>{m.published:%d/%m/%Y}</span></li>" for m in chunk)
        nav = f"<a class='next' href='/chuyen-doi-so/trang-{page + 1}.html'>Trang sau</a>" \
            if page < self.listing_pages() else ""
        main = f"<h1>Chuyển đổi số</h1><ul class='list-news'>{items}</ul><div class='pagination'>{nav}</div>"
        return _frame(self.host, f"Chuyển đổi số - trang {page}", main)

    def sitemap(self, base: str) -> str:
        urls = "".join(f"<url><loc>{base}{m.path(self.host)}</loc><lastmod>{m.published.isoformat()}</lastmod></url>"
                       for m in self.metas)
        return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'

    def page(self, path: str, base: str) -> tuple[int, str, str]:
        """(status, content type, body) of a path."""
        if path == "/robots.txt":
            return 200, "text/plain", f"User-agent: *\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n"
        if path == "/sitemap.xml":
            return 200, "application/xml", self.sitemap(base)
        if path in ("/chuyen-doi-so/", "/chuyen-doi-so/index.html"):
            return 200, "text/html; charset=utf-8", self.listing(1)
        if path.startswith("/chuyen-doi-so/trang-"):
            try:
                n = int(path.rsplit("-", 1)[1].split(".")[0])
            except ValueError:
                n = 0
            if 1 <= n <= self.listing_pages():
                return 200, "text/html; charset=utf-8", self.listing(n)
        meta = self.by_path.get(path)
        if meta is not None:
            related = [self.metas[(meta.n + d) % len(self.metas)] for d in (1, 2, 3)]  # neighbours
            return 200, "text/html; charset=utf-8", article_html(self.host, meta, related)
        return 404, "text/plain", "not found"


def source_definition(host: Host, base: str) -> dict:
    """The registry entry (as YAML-able dict) of a host served at `base` (http://127.0.1.N:port)."""
    common = {"id": host.source_id, "publisher": host.publisher, "kind": host.layout,
              "province": host.province_slug, "base_urls": [base + "/"], "crawl_delay": 0.0, "checked": True,
              "notes": "bench/synthweb.py: synthetic loopback site (crawl delay 0: our own server)"}
    if host.layout == "portal":
        return {**common, "discovery": {"sitemaps": [base + "/sitemap.xml"]},
                "article_url_pattern": r"/tin-tuc/[a-z0-9-]+-[0-9]+\.html$", "content_selector": "div.news-content"}
    site_pages = max(1, -(-(host.articles + host.noise) // LISTING_PAGE_SIZE))
    return {**common, "discovery": {"listings": [{
        "url": base + "/chuyen-doi-so/", "item_selector": "li.news-item", "link_selector": "a.title",
        "date_selector": "span.date", "next_selector": "a.next", "max_pages": site_pages}]},
        "article_url_pattern": r"/chuyen-doi-so/[a-z0-9-]+-[0-9]+\.html$", "content_selector": "article.article-body"}


# --- the servers ----------------------------------------------------------------------------

class _Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.by_status: dict[str, int] = {}
        self.by_kind: dict[str, int] = {}

    def add(self, status: int, kind: str) -> None:
        with self.lock:
            self.by_status[str(status)] = self.by_status.get(str(status), 0) + 1
            self.by_kind[kind] = self.by_kind.get(kind, 0) + 1

    def snapshot(self) -> dict:
        with self.lock:
            return {"by_status": dict(self.by_status), "by_kind": dict(self.by_kind),
                    "total": sum(self.by_status.values())}


def _kind(path: str) -> str:
    if path in ("/robots.txt", "/sitemap.xml") or path.startswith("/chuyen-doi-so/trang-") or path.endswith("/"):
        return "discovery"
    return "article"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        srv = self.server
        path = self.path.split("?", 1)[0]
        if path == "/__synthweb/stats":
            body = json.dumps(srv.stats.snapshot()).encode()
            return self._send(200, "application/json", body, None)
        status, ctype, text = srv.site.page(path, f"http://{self.headers['Host']}")
        body = text.encode("utf-8")
        etag = '"' + hashlib.md5(body).hexdigest() + '"' if status == 200 else None  # an ETag, not security
        if etag and self.headers.get("If-None-Match") == etag:
            srv.stats.add(304, _kind(path))
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        srv.stats.add(status, _kind(path))
        return self._send(status, ctype, body, etag)

    def _send(self, status: int, ctype: str, body: bytes, etag: str | None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)


def start(web: list[Host], port: int = 0) -> tuple[list[ThreadingHTTPServer], list[str]]:
    """Bind and start one server per host (threads of this process); returns them and their base URLs."""
    stats, servers = _Stats(), []
    for host in web:
        srv = ThreadingHTTPServer((host.address, port), _Handler)
        srv.daemon_threads = True
        srv.site, srv.stats = Site(host), stats
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
    return servers, [f"http://{s.server_address[0]}:{s.server_address[1]}" for s in servers]


def serve(n_hosts: int, n_articles: int, ready, stop) -> None:
    """Child-process entry point: serve the web until `stop` is set; put the base URLs on `ready`."""
    servers, bases = start(hosts(n_hosts, n_articles))
    ready.put(bases)
    stop.wait()
    for srv in servers:
        srv.shutdown()


def stats(base: str) -> dict:
    """The request counters of a running web (any host's base URL)."""
    import urllib.request  # noqa: PLC0415

    with urllib.request.urlopen(base + "/__synthweb/stats", timeout=30) as resp:  # loopback only
        return json.loads(resp.read())
