"""Talking to a Learning Record Store over HTTP(S) (xAPI 1.0.3), with the standard library only.

Every call returns an ``LrsAnswer`` (the HTTP status, or 0 when no answer came, and what the
server said) instead of raising: the sender decides what a status means. Basic authentication;
the ``X-Experience-API-Version`` header on every request.
"""

from __future__ import annotations

import base64
import http.client
import json
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urljoin

from koryo_desktop.core.xapi import XAPI_VERSION

MAX_BODY = 50_000_000  # a page of statements from a store is far below this


@dataclass(frozen=True)
class LrsAnswer:
    status: int  # 0: no answer (no network, refused, timed out)
    body: str  # what the server said, or why there was no answer

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def json(self) -> Any:
        try:
            return json.loads(self.body) if self.body else None
        except json.JSONDecodeError:
            return None

    def reason(self) -> str:
        """The server's words: the 'detail' or 'message' of a JSON error, else the body's start."""
        data = self.json()
        if isinstance(data, Mapping):
            for key in ("detail", "message", "error", "errors"):
                if data.get(key):
                    return _words(data[key])
        return " ".join(self.body.split())[:500]


def _words(value: Any) -> str:
    """A server's error in words: validation errors as 'where: what' (FastAPI and pydantic's shape)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, Mapping) and "msg" in v for v in value):
        return "; ".join(
            f"{'.'.join(str(p) for p in v.get('loc', []) if p != 'body')}: {v['msg']}".lstrip(": ") for v in value
        )
    return json.dumps(value, ensure_ascii=False)


class LrsClient:
    def __init__(self, endpoint: str, username: str = "", password: str = "", timeout: float = 30.0) -> None:
        self.endpoint = endpoint.rstrip("/") + "/"
        self.timeout = timeout
        self._headers = {"X-Experience-API-Version": XAPI_VERSION, "Accept": "application/json"}
        if username or password:
            token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
            self._headers["Authorization"] = f"Basic {token}"

    def _request(self, method: str, url: str, body: bytes | None = None) -> LrsAnswer:
        headers = dict(self._headers)
        if body is not None:
            headers["Content-Type"] = "application/json; charset=utf-8"
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return LrsAnswer(response.status, response.read(MAX_BODY).decode("utf-8", "replace"))
        except urllib.error.HTTPError as exc:
            try:
                text = exc.read(100_000).decode("utf-8", "replace")
            except OSError:
                text = ""
            return LrsAnswer(exc.code, text or str(exc.reason))
        except urllib.error.URLError as exc:
            return LrsAnswer(0, str(exc.reason))
        except (OSError, http.client.HTTPException) as exc:  # refused, reset, timed out, cut off mid-answer
            return LrsAnswer(0, str(exc) or type(exc).__name__)
        except ValueError as exc:  # a malformed address
            return LrsAnswer(0, str(exc))

    def about(self) -> LrsAnswer:
        return self._request("GET", urljoin(self.endpoint, "about"))

    def post(self, statements: Sequence[Mapping[str, Any] | str]) -> LrsAnswer:
        """POST statements: dicts, or JSON texts of statements (sent as they are)."""
        texts = [s if isinstance(s, str) else json.dumps(s, ensure_ascii=False, separators=(",", ":"))
                 for s in statements]  # fmt: skip
        body = ("[" + ",".join(texts) + "]").encode("utf-8")
        return self._request("POST", urljoin(self.endpoint, "statements"), body)

    def get(self, **params: str) -> LrsAnswer:
        query = urlencode({k: v for k, v in params.items() if v not in ("", None)})
        return self._request("GET", urljoin(self.endpoint, "statements") + (f"?{query}" if query else ""))

    def statements(self, pages: int = 1000, **params: str) -> Iterator[dict[str, Any] | LrsAnswer]:
        """Every statement matching ``params``, following the store's 'more' links; an LrsAnswer
        is yielded instead (and the walk ends) when the store does not answer with statements."""
        answer = self.get(**params)
        for _ in range(pages):
            data = answer.json() if answer.ok else None
            if not isinstance(data, Mapping) or not isinstance(data.get("statements"), list):
                yield answer
                return
            yield from (s for s in data["statements"] if isinstance(s, dict))
            more = data.get("more")
            if not more:
                return
            answer = self._request("GET", urljoin(self.endpoint, str(more)))
