# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Auto-pagination: iterate over every record of a paged operation, one page fetched at a time.

A paged operation takes `top`/`skip` and answers `records` with `hasMore` and/or `total_count`.
Iteration starts at the request's `skip` (0 when unset), asks for the largest page the API allows
unless the request sets `top`, and stops when `hasMore` is false, when `skip` reaches
`total_count`, or on an empty page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from ._base import AsyncAPIClient, SyncAPIClient, Timeout
from .api.agent_api import campaign_list as _campaign_list
from .api.interview_api import interview_list as _interview_list
from .models.campaign_list_request import CampaignListRequest
from .models.campaign_list_response import CampaignListResponse
from .models.campaign_summary import CampaignSummary
from .models.interview_list_request import InterviewListRequest
from .models.interview_list_response import InterviewListResponse
from .models.interview_summary import InterviewSummary
from .types import Unset

__all__ = ["AsyncPaging", "SyncPaging"]


def _first(request: Any, default_top: int) -> tuple[dict[str, Any], int]:
    """The request body as wire JSON with its page size set, and the offset to start from."""
    body: dict[str, Any] = request.to_dict() if request is not None else {}
    body.setdefault("top", default_top)
    return body, int(body.get("skip", 0))


def _done(skip: int, count: int, has_more: bool | Unset, total: int | Unset) -> bool:
    """Whether the page that started at `skip` with `count` records was the last one."""
    if count == 0:
        return True
    if isinstance(has_more, bool):
        return not has_more
    if isinstance(total, int):
        return skip + count >= total
    return False


class SyncPaging(SyncAPIClient):
    """The `iter_*` methods of `Skilldeo`."""

    def iter_campaign_list(
        self,
        request: CampaignListRequest | None = None,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[CampaignSummary]:
        """Every record of `campaign_list` matching `request`, fetching pages as needed.

        `timeout` and `max_retries` override the client's for each page request.
        """
        body, skip = _first(request, 100)
        while True:
            body["skip"] = skip
            page: CampaignListResponse = self._request(
                _campaign_list.request_kwargs(body=CampaignListRequest.from_dict(body)),
                _campaign_list.parse_response,
                auth=_campaign_list.REQUIRES_AUTH,
                timeout=timeout,
                max_retries=max_retries,
            )
            yield from page.records
            if _done(skip, len(page.records), page.has_more, page.total_count):
                return
            skip += len(page.records)

    def iter_interview_list(
        self,
        request: InterviewListRequest | None = None,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[InterviewSummary]:
        """Every record of `interview_list` matching `request`, fetching pages as needed.

        `timeout` and `max_retries` override the client's for each page request.
        """
        body, skip = _first(request, 100)
        while True:
            body["skip"] = skip
            page: InterviewListResponse = self._request(
                _interview_list.request_kwargs(body=InterviewListRequest.from_dict(body)),
                _interview_list.parse_response,
                auth=_interview_list.REQUIRES_AUTH,
                timeout=timeout,
                max_retries=max_retries,
            )
            yield from page.records
            if _done(skip, len(page.records), page.has_more, page.total_count):
                return
            skip += len(page.records)


class AsyncPaging(AsyncAPIClient):
    """The `iter_*` methods of `AsyncSkilldeo`, as async iterators."""

    async def iter_campaign_list(
        self,
        request: CampaignListRequest | None = None,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[CampaignSummary]:
        """Every record of `campaign_list` matching `request`, fetching pages as needed.

        `timeout` and `max_retries` override the client's for each page request.
        """
        body, skip = _first(request, 100)
        while True:
            body["skip"] = skip
            page: CampaignListResponse = await self._request(
                _campaign_list.request_kwargs(body=CampaignListRequest.from_dict(body)),
                _campaign_list.parse_response,
                auth=_campaign_list.REQUIRES_AUTH,
                timeout=timeout,
                max_retries=max_retries,
            )
            for record in page.records:
                yield record
            if _done(skip, len(page.records), page.has_more, page.total_count):
                return
            skip += len(page.records)

    async def iter_interview_list(
        self,
        request: InterviewListRequest | None = None,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[InterviewSummary]:
        """Every record of `interview_list` matching `request`, fetching pages as needed.

        `timeout` and `max_retries` override the client's for each page request.
        """
        body, skip = _first(request, 100)
        while True:
            body["skip"] = skip
            page: InterviewListResponse = await self._request(
                _interview_list.request_kwargs(body=InterviewListRequest.from_dict(body)),
                _interview_list.parse_response,
                auth=_interview_list.REQUIRES_AUTH,
                timeout=timeout,
                max_retries=max_retries,
            )
            for record in page.records:
                yield record
            if _done(skip, len(page.records), page.has_more, page.total_count):
                return
            skip += len(page.records)
