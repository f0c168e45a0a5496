"""A small browser: cookies, forms with their CSRF field, the owner's sign-in."""

import html.parser
import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), _NoRedirect)

    def request(self, path, data=None, headers=None):
        """(status, body, location) without following redirects."""
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, headers=headers or {})
        try:
            with self.opener.open(req, timeout=60) as answer:
                return answer.status, answer.read().decode(), answer.headers.get("Location")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace"), error.headers.get("Location")

    def get(self, path):
        return self.request(path)

    def cookie(self, name):
        return next((c.value for c in self.cookies if c.name == name), None)

    def cookie_header(self):
        return "; ".join(f"{c.name}={c.value}" for c in self.cookies)

    def submit(self, path, form_action=None, **overrides):
        """GETs path, fills the form posting to form_action (default: the first form) and posts it."""
        status, page, _ = self.get(path)
        if status != 200:
            raise RuntimeError(f"GET {path} answered {status}")
        forms = Forms()
        forms.feed(page)
        form = next((f for f in forms.forms if form_action is None or f["action"].endswith(form_action)), None)
        if form is None:
            raise RuntimeError(f"no form {form_action or ''} on {path}")
        fields = dict(form["fields"])
        fields.update(overrides)
        action = urllib.parse.urlsplit(form["action"]).path or path
        return self.request(action, {k: v for k, v in fields.items() if v is not None})

    def sign_in(self, username, password):
        status, _, location = self.submit("/admin/login", "/admin/login", username=username, password=password)
        if status != 302 or "error" in (location or ""):
            raise RuntimeError(f"owner sign-in failed: {status} {location}")


def csrf_field(page):
    match = re.search(r'name="_csrf"\s+value="([^"]+)"', page) or re.search(r'value="([^"]+)"\s+name="_csrf"', page)
    return match.group(1) if match else None


class Forms(html.parser.HTMLParser):
    """Every form on a page with its fields as a browser would submit them unchanged."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self._select = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "fields": {}})
        if not self.forms:
            return
        fields = self.forms[-1]["fields"]
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    fields[a["name"]] = a.get("value", "on")
            elif kind not in ("submit", "button", "file"):
                fields[a["name"]] = a.get("value", "")
        elif tag == "textarea" and a.get("name"):
            fields[a["name"]] = ""
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
        elif tag == "option" and self._select:
            if "selected" in a or self._select not in fields:
                fields[self._select] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
