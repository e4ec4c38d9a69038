"""What a school sets to connect its Learning Record Store, and the actor its statements name.

Off by default: nothing is recorded or sent until a school turns it on with an endpoint and its home
page. The actor is a pseudonymous account: the school's home page and the id the school gave the
learner ("school-id", the default), or, for a learner the school has not given one yet, a random id
made on this computer for that learner. A school may also keep to the random ids ("pseudonym"),
give each learner an e-mail address ("email"), or ask for the learner's name on this computer ("name").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

ACTOR_SCHEMES = ("school-id", "pseudonym", "email", "name")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _web_address(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not parts.username


@dataclass(frozen=True)
class XapiSettings:
    enabled: bool = False
    endpoint: str = ""  # the store's xAPI address, e.g. https://lrs.school.example/xAPI/
    username: str = ""  # Basic auth
    password: str = ""
    home_page: str = ""  # the school's home page: the system the actors' accounts belong to
    actor: str = "school-id"
    class_name: str = ""  # optional: the class, carried by every statement so a report can find it

    @property
    def active(self) -> bool:
        """On and complete: statements are recorded and sent."""
        return self.enabled and not self.problems()

    def problems(self) -> list[str]:
        """What keeps these settings from working: 'endpoint', 'home_page', 'actor' (empty: none)."""
        found = []
        if not _web_address(self.endpoint):
            found.append("endpoint")
        if not _web_address(self.home_page):
            found.append("home_page")
        if self.actor not in ACTOR_SCHEMES:
            found.append("actor")
        return found

    @property
    def statements_url(self) -> str:
        return self.endpoint.rstrip("/") + "/statements"

    def class_activity(self) -> dict[str, Any] | None:
        """The class as an activity every statement is grouped under (None without a class)."""
        from koryo_desktop.core.xapi import TYPES  # the statements' module loads once they are made

        name = self.class_name.strip()
        if not name or not _web_address(self.home_page):
            return None
        iri = f"{self.home_page.rstrip('/')}/xapi/classes/{quote(name, safe='')}"
        return {"objectType": "Activity", "id": iri, "definition": {"type": TYPES["class"], "name": {"und": name}}}

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> XapiSettings:
        data = data if isinstance(data, Mapping) else {}
        fields = {f.name: f.type for f in dataclasses.fields(cls)}
        values: dict[str, Any] = {}
        for name in fields:
            if name in data:
                value = data[name]
                values[name] = bool(value) if name == "enabled" else str(value or "")
        return cls(**values)


def actor(settings: XapiSettings, pseudonym: str, school_id: str = "", name: str = "") -> dict[str, Any]:
    """The learner as the statements name them. ``pseudonym``: the random id made for the learner
    on this computer; ``school_id``: the id the school gave them (if any); ``name``: their name here,
    used only when the school chose the "name" scheme. A learner without what the scheme needs is
    named by the pseudonym."""
    school_id, name = school_id.strip(), name.strip()
    if settings.actor == "email" and _EMAIL.match(school_id):
        return {"objectType": "Agent", "mbox": f"mailto:{school_id}"}
    account_name = pseudonym
    if settings.actor == "school-id" and school_id:
        account_name = school_id
    elif settings.actor == "name" and name:
        account_name = name
    agent: dict[str, Any] = {"objectType": "Agent", "account": {"homePage": settings.home_page, "name": account_name}}
    if settings.actor == "name" and name:
        agent["name"] = name
    return agent


def learner_label(agent: Mapping[str, Any]) -> str:
    """How a report names an actor: the account's name, the address, the agent's name."""
    account = agent.get("account") if isinstance(agent.get("account"), Mapping) else None
    if account and account.get("name"):
        return str(account["name"])
    if agent.get("mbox"):
        return str(agent["mbox"]).removeprefix("mailto:")
    return str(agent.get("name") or agent.get("mbox_sha1sum") or agent.get("openid") or "?")
