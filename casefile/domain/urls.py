"""When two URLs name one article: the identity rule (documented in docs/concepts.md).

Decides one thing: the form of an article's URL that identifies it. Two addresses that
differ only in how a browser, a share button or a mobile page spelled them are one article:

* the scheme (`http` and `https`), the host's case and a leading `www.`, `m.` or `amp.`,
  and a default port (`:80`, `:443`) do not count;
* nor does the fragment (`#comments`) or a trailing slash;
* nor do tracking parameters (`utm_*`, `fbclid`, `gclid` and the like, listed below) or the
  order of the other parameters;
* an AMP page is the article it renders: a `/amp` path segment, an `.amp` before the
  extension, `?amp`, `?outputType=amp`, and Google's AMP cache address
  (`…cdn.ampproject.org/c/s/HOST/PATH`) are read as the plain page.

Everything else (the path's case, any other parameter) counts: sites differ too much to
guess. The URL shown stays the one given; only the identity uses this form.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

_TRACKING = {
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "twclid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "_hsenc",
    "_hsmi",
    "mkt_tok",
    "ocid",
    "cmpid",
    "smid",
    "smtyp",
    "sr_share",
    "share",
    "ref_src",
    "ref_url",
    "at_medium",
    "at_campaign",
    "s_cid",
    "ito",
    "amp",
}
_TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_")
_HOST_PREFIXES = ("www.", "m.", "amp.")
_AMP_CACHE = re.compile(r"^/[cv]/(?:s/)?(?P<rest>.+)$")
_AMP_SEGMENT = re.compile(r"/amp(?=/|$)")
_AMP_SUFFIX = re.compile(r"\.amp(?=\.html?$)")


def url_identity(url: str) -> str:
    """The form of `url` that identifies its article (see the module's rule)."""
    raw = url.strip()
    try:
        parts = urlsplit(raw if "//" in raw else f"https://{raw}")
        port = parts.port if parts.port not in (None, 80, 443) else None
    except ValueError:  # not an address (a bad port, a bracket): the text as given
        return raw
    host = (parts.hostname or "").lower().rstrip(".")
    path, query = parts.path, parts.query
    if host.endswith(".cdn.ampproject.org"):
        cached = _AMP_CACHE.match(path)
        if cached:
            inner = cached.group("rest") + (f"?{query}" if query else "")
            return url_identity(f"https://{inner}")
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
            break
    path = _AMP_SUFFIX.sub("", _AMP_SEGMENT.sub("", path)).rstrip("/")
    kept = sorted(
        (name, value)
        for name, value in parse_qsl(query, keep_blank_values=True)
        if not _tracking(name, value)
    )
    identity = f"{host}{f':{port}' if port else ''}{path or ''}"
    return identity + (f"?{urlencode(kept)}" if kept else "")


def _tracking(name: str, value: str) -> bool:
    lowered = name.lower()
    if lowered == "outputtype":
        return value.lower() == "amp"
    return lowered in _TRACKING or lowered.startswith(_TRACKING_PREFIXES)
