"""Sending the queued xAPI statements to the Learning Record Store in batches.

A batch the store takes is marked sent. A batch it rejects as bad (400, 409, 413, 422) is split
in halves until the statements it objects to stand alone; each of those is marked refused with
the store's reason (the teacher sees it) and the rest go on. No answer, a server error, a lock-out
(401, 403), a wrong address (404) or "too many requests" stop the run: everything stays queued and
the caller tries again after ``retry_delay``. Each statement keeps its id, so sending one again
after a crash between the store's answer and the mark is harmless: the store already has it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from koryo_desktop.core.xapi_client import LrsAnswer, LrsClient
from koryo_desktop.store.xapi_queue import XapiQueue

BATCH = 100
REFUSALS = (400, 409, 413, 422)  # about the statements: sent again, they would be refused again


@dataclass
class SendReport:
    sent: int = 0
    refused: int = 0
    left: int = 0  # still queued
    status: int = 0  # of the answer that stopped the run (0: none came); 200 when nothing stopped it
    error: str = ""  # why the run stopped early ('' when it did not)

    @property
    def stopped(self) -> bool:
        return bool(self.error)


def retry_delay(failures: int, first: float = 15.0, longest: float = 900.0, rng: random.Random | None = None) -> float:
    """Seconds to wait after ``failures`` runs in a row stopped early: doubling from ``first`` up
    to ``longest``, with a random fifth taken off or added so that a class of computers coming back
    together does not knock at the same moment."""
    base = min(longest, first * 2 ** max(0, failures - 1))
    return base * (0.8 + 0.4 * (rng or random).random())


def _why(answer: LrsAnswer) -> str:
    if answer.status == 0:
        return answer.body or "no answer"
    return f"HTTP {answer.status}: {answer.reason()}" if answer.reason() else f"HTTP {answer.status}"


class XapiSender:
    def __init__(self, queue: XapiQueue, client: LrsClient, batch: int = BATCH) -> None:
        self.queue, self.client, self.batch = queue, client, batch

    def send(self, stop: Callable[[], bool] = lambda: False, progress: Callable[[SendReport], None] | None = None,
             limit: int | None = None) -> SendReport:  # fmt: skip
        """Send queued statements, oldest first, until none is left, the store stops answering
        well, ``stop()`` says so, or ``limit`` were sent or refused."""
        report = SendReport(status=200)
        while not stop() and (limit is None or report.sent + report.refused < limit):
            size = self.batch if limit is None else min(self.batch, limit - report.sent - report.refused)
            due = self.queue.due(size)
            if not due or not self._send(due, report):
                break
            if progress is not None:
                progress(report)
        report.left = self.queue.counts()["queued"]
        return report

    def _send(self, items: list[tuple[str, str]], report: SendReport) -> bool:
        answer = self.client.post([statement for _id, statement in items])
        if answer.ok:
            self.queue.mark_sent(i for i, _s in items)
            report.sent += len(items)
            return True
        if answer.status in REFUSALS:
            if len(items) == 1:
                self.queue.mark_refused(items[0][0], answer.status, answer.reason() or _why(answer))
                report.refused += 1
                return True
            middle = len(items) // 2
            return self._send(items[:middle], report) and self._send(items[middle:], report)
        report.status, report.error = answer.status, _why(answer)
        return False
