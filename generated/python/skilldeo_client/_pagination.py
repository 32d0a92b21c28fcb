# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Pagination: page objects and auto-pagination over the operations that page.

A paged operation takes `top`/`skip` and answers `records` with `hasMore` and/or `total_count`.
`campaign_list` is one: `Skilldeo.page_campaign_list()` returns its first page,
`Skilldeo.iter_campaign_list()` every record.
`interview_list` is one: `Skilldeo.page_interview_list()` returns its first page,
`Skilldeo.iter_interview_list()` every record.

A page ends the list when `hasMore` is false, when `skip` reaches `total_count`, or when it is
empty. Iteration asks for the largest page the API allows unless the request sets `top`, and
with `limit=` asks for no more records than are still wanted.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar, cast

from .types import Unset

__all__ = ["AsyncPage", "Facts", "SyncPage"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

Facts = tuple[list[ItemT], bool | Unset, int | Unset]
"""What a page says: its records, its has-more flag and the total count (each Unset if absent)."""
Reader = Callable[[PageT], Facts[ItemT]]


def _done(skip: int, count: int, has_more: bool | Unset, total: int | Unset | None) -> bool:
    """Whether the page that started at `skip` with `count` records was the last one."""
    if count == 0:
        return True
    if isinstance(has_more, bool):
        return not has_more
    if isinstance(total, int):
        return skip + count >= total
    return False


def _json_body(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The JSON body in the request `kwargs` (empty when there is none)."""
    return cast(dict[str, Any], kwargs.get("json") or {})


def _with(kwargs: dict[str, Any], **fields: int) -> dict[str, Any]:
    """The request `kwargs` with these fields set in its JSON body."""
    return {**kwargs, "json": {**_json_body(kwargs), **fields}}


class _Page(Generic[ItemT, PageT]):
    """What both page flavours share: one page of records, and how to ask for the next."""

    def __init__(self, read: Reader[PageT, ItemT], kwargs: dict[str, Any], response: PageT) -> None:
        self.response = response
        """The operation's answer for this page (the model the plain method returns)."""
        records, self._has_more, total = read(response)
        self.records: list[ItemT] = records
        self.total_count: int | None = total if isinstance(total, int) else None
        """How many records match, across all pages, when the API says."""
        self._read, self._kwargs = read, kwargs
        self.skip: int = int(_json_body(kwargs).get("skip", 0))
        """The offset of this page's first record."""

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return not _done(self.skip, len(self.records), self._has_more, self.total_count)

    def _next_kwargs(self, top: int | None = None) -> dict[str, Any]:
        if not self.has_next_page():
            raise RuntimeError("this is the last page: check has_next_page() first")
        skip = self.skip + len(self.records)
        return _with(self._kwargs, skip=skip) if top is None else _with(self._kwargs, skip=skip, top=top)

    @property
    def top(self) -> int | None:
        """The page size this page's request asked for (None when it set none)."""
        top = _json_body(self._kwargs).get("top")
        return top if isinstance(top, int) else None

    def __iter__(self) -> Iterator[ItemT]:
        """This page's records (`iter_*` goes through every page)."""
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} skip={self.skip} records={len(self.records)}"
            f" total_count={self.total_count} has_next_page={self.has_next_page()}>"
        )


class SyncPage(_Page[ItemT, PageT]):
    """One page of a paged operation: `records`, `total_count`, `has_next_page()`, `next_page()`."""

    def __init__(
        self,
        fetch: Callable[[dict[str, Any]], PageT],
        read: Reader[PageT, ItemT],
        kwargs: dict[str, Any],
        response: PageT,
    ) -> None:
        super().__init__(read, kwargs, response)
        self._fetch = fetch

    @classmethod
    def first(
        cls, fetch: Callable[[dict[str, Any]], PageT], read: Reader[PageT, ItemT], kwargs: dict[str, Any]
    ) -> SyncPage[ItemT, PageT]:
        return cls(fetch, read, kwargs, fetch(kwargs))

    def next_page(self, top: int | None = None) -> SyncPage[ItemT, PageT]:
        """The page after this one (same filters; page size `top`, else as before); RuntimeError
        after the last."""
        kwargs = self._next_kwargs(top)
        return SyncPage(self._fetch, self._read, kwargs, self._fetch(kwargs))


class AsyncPage(_Page[ItemT, PageT]):
    """One page of a paged operation, for `AsyncSkilldeo`: `await page.next_page()`."""

    def __init__(
        self,
        fetch: Callable[[dict[str, Any]], Awaitable[PageT]],
        read: Reader[PageT, ItemT],
        kwargs: dict[str, Any],
        response: PageT,
    ) -> None:
        super().__init__(read, kwargs, response)
        self._fetch = fetch

    @classmethod
    async def first(
        cls,
        fetch: Callable[[dict[str, Any]], Awaitable[PageT]],
        read: Reader[PageT, ItemT],
        kwargs: dict[str, Any],
    ) -> AsyncPage[ItemT, PageT]:
        return cls(fetch, read, kwargs, await fetch(kwargs))

    async def next_page(self, top: int | None = None) -> AsyncPage[ItemT, PageT]:
        """The page after this one (same filters; page size `top`, else as before); RuntimeError
        after the last."""
        kwargs = self._next_kwargs(top)
        return AsyncPage(self._fetch, self._read, kwargs, await self._fetch(kwargs))


def first_page(
    fetch: Callable[[dict[str, Any]], PageT], read: Reader[PageT, ItemT], kwargs: dict[str, Any]
) -> SyncPage[ItemT, PageT]:
    """The first page: `fetch` called with the request `kwargs`, its records read by `read`."""
    return SyncPage(fetch, read, kwargs, fetch(kwargs))


async def afirst_page(
    fetch: Callable[[dict[str, Any]], Awaitable[PageT]], read: Reader[PageT, ItemT], kwargs: dict[str, Any]
) -> AsyncPage[ItemT, PageT]:
    """The asynchronous `first_page()`."""
    return AsyncPage(fetch, read, kwargs, await fetch(kwargs))


def _start(kwargs: dict[str, Any], page_size: int, limit: int | None) -> dict[str, Any]:
    """The first page's request: the largest page unless `top` is set, no more than `limit`."""
    if limit is not None and limit < 0:
        raise ValueError("limit must be 0 or more (None: no limit)")
    body = _json_body(kwargs)
    top = body.get("top", page_size)
    if limit is not None and isinstance(top, int):
        top = max(min(top, limit), 1)
    return _with(kwargs, top=top, skip=int(body.get("skip", 0)))


def _wanted(records: list[ItemT], left: int | None) -> list[ItemT]:
    return records if left is None else records[:left]


def _next_top(page: _Page[ItemT, PageT], left: int | None) -> int | None:
    """The next page's size: as before, but no more than the records still wanted."""
    top = page.top
    return None if left is None or top is None else min(top, left)


def iterate(
    fetch: Callable[[dict[str, Any]], PageT],
    read: Reader[PageT, ItemT],
    kwargs: dict[str, Any],
    page_size: int,
    limit: int | None,
) -> Iterator[ItemT]:
    """Every record (up to `limit`), one page fetched at a time as iteration reaches it."""
    first = _start(kwargs, page_size, limit)
    return _records(fetch, read, first, limit)


def _records(
    fetch: Callable[[dict[str, Any]], PageT],
    read: Reader[PageT, ItemT],
    kwargs: dict[str, Any],
    limit: int | None,
) -> Iterator[ItemT]:
    if limit == 0:
        return
    page = first_page(fetch, read, kwargs)
    left = limit
    while True:
        records = _wanted(page.records, left)
        yield from records
        if left is not None:
            left -= len(records)
        if left == 0 or not page.has_next_page():
            return
        page = page.next_page(_next_top(page, left))


def aiterate(
    fetch: Callable[[dict[str, Any]], Awaitable[PageT]],
    read: Reader[PageT, ItemT],
    kwargs: dict[str, Any],
    page_size: int,
    limit: int | None,
) -> AsyncIterator[ItemT]:
    """Every record (up to `limit`), one page fetched at a time as iteration reaches it."""
    first = _start(kwargs, page_size, limit)
    return _arecords(fetch, read, first, limit)


async def _arecords(
    fetch: Callable[[dict[str, Any]], Awaitable[PageT]],
    read: Reader[PageT, ItemT],
    kwargs: dict[str, Any],
    limit: int | None,
) -> AsyncIterator[ItemT]:
    if limit == 0:
        return
    page = await afirst_page(fetch, read, kwargs)
    left = limit
    while True:
        records = _wanted(page.records, left)
        for record in records:
            yield record
        if left is not None:
            left -= len(records)
        if left == 0 or not page.has_next_page():
            return
        page = await page.next_page(_next_top(page, left))
