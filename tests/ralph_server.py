"""Starts Ralph's LRS (``ralph.api:app``) under uvicorn: ``python -m tests.ralph_server PORT``.

One change to Ralph 5.1, which the tests need and which is Ralph's own mode: its file system LRS
backend writes every POST with the data backend's CREATE operation, which refuses once its file
exists ("fs_lrs.jsonl already exists and overwrite is not allowed"), so every batch after the
first would get HTTP 500. Here it appends (the backend's APPEND operation). Everything else (the
HTTP API, Basic auth, validation, deduplication by statement id, queries) is Ralph's code as
released. Ralph 5.1's file backend also never matches a ``verb`` or ``activity`` filter (it compares
an IRI model with a string); that is left as it is: the app's class report copes with it.
"""

from __future__ import annotations

import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

if __name__ == "__main__":
    FSLRSBackend.default_operation_type = BaseOperationType.APPEND
    uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
