"""HTTPS to the centre over requests: certificates verified, a custom CA allowed."""

from __future__ import annotations

import gzip
from typing import Any, TypeVar

import requests
from pydantic import BaseModel, ValidationError

from sync.client.errors import ErrorKind, SyncError
from sync.protocol import PROTOCOL_VERSION, VERSION_HEADER, ErrorCode

# (connect, read): a dead link is noticed in seconds, a slow big page is not cut off.
DEFAULT_TIMEOUT = (5.0, 60.0)
_COMPRESS_FROM = 1024

M = TypeVar("M", bound=BaseModel)


class Transport:
    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        ca_file: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.verify = ca_file or True
        self.session.headers[VERSION_HEADER] = str(PROTOCOL_VERSION)
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def post(self, path: str, body: BaseModel) -> Any:
        return self.post_json(path, body.model_dump_json().encode())

    def post_json(self, path: str, data: bytes) -> Any:
        headers = {"Content-Type": "application/json"}
        if len(data) >= _COMPRESS_FROM:
            data = gzip.compress(data, compresslevel=5)
            headers["Content-Encoding"] = "gzip"
        return self._send("POST", path, data=data, headers=headers)

    def get(self, path: str, params: dict[str, int], model: type[M]) -> M:
        """The answer read straight from its bytes into `model` (no dict of dicts in between)."""
        response = self._request("GET", path, params=params)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise SyncError(ErrorKind.SERVER, "the centre sent an unreadable answer") from exc

    def close(self) -> None:
        self.session.close()

    def _send(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._request(method, path, **kwargs)
        try:
            return response.json()
        except ValueError as exc:
            raise SyncError(ErrorKind.SERVER, "the centre sent an unreadable answer") from exc

    def _request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        try:
            response = self.session.request(
                method, self.base_url + path, timeout=self.timeout, **kwargs
            )
        except requests.exceptions.SSLError as exc:
            raise SyncError(
                ErrorKind.CERTIFICATE,
                "the centre's certificate could not be verified: check the CA file set for "
                f"this site and the computer's date ({_reason(exc)})",
            ) from exc
        except requests.exceptions.Timeout as exc:
            raise SyncError(
                ErrorKind.TIMED_OUT, "the centre did not answer in time; will try again"
            ) from exc
        except requests.exceptions.ConnectionError as exc:
            if "refused" in str(exc).lower():
                raise SyncError(
                    ErrorKind.REFUSED,
                    "the centre refused the connection: is the server running and is its "
                    "address right?",
                ) from exc
            raise SyncError(
                ErrorKind.OFFLINE, "no connection to the centre (network down?); will try again"
            ) from exc
        if response.status_code >= 400:
            raise _refusal(response)
        return response


def _reason(exc: Exception) -> str:
    return str(exc.args[0]) if exc.args else type(exc).__name__


def _refusal(response: requests.Response) -> SyncError:
    status = response.status_code
    try:
        body = response.json()
        code, message = body.get("error"), str(body.get("message", ""))
    except ValueError:
        code, message = None, ""
    if status >= 500:
        return SyncError(
            ErrorKind.SERVER, f"the centre had an internal error (HTTP {status}); will try again"
        )
    if status == 401:
        return SyncError(
            ErrorKind.TOKEN, "the centre rejected this device's token: register the site again"
        )
    if code == ErrorCode.RE_ENROL:
        return SyncError(ErrorKind.RE_ENROL, message)
    if code == ErrorCode.PROTOCOL:
        return SyncError(ErrorKind.PROTOCOL, message)
    return SyncError(
        ErrorKind.REFUSED_REQUEST, message or f"the centre refused the request (HTTP {status})"
    )
