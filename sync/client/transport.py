"""HTTPS to the centre over requests: certificates verified, a custom CA allowed."""

from __future__ import annotations

import gzip
import socket
import ssl
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
from pydantic import BaseModel, ValidationError

from sync.client.errors import ErrorKind, EventsRefused, SyncError
from sync.protocol import PROTOCOL_VERSION, VERSION_HEADER, ErrorCode, PushRefused

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
        self.ca_file = ca_file
        if ca_file and not Path(ca_file).is_file():
            raise SyncError(
                ErrorKind.CERTIFICATE,
                f"the CA file set for this site ({ca_file}) is missing: "
                "register the site again with --ca pointing at the centre's CA certificate",
            )
        # Given with every request: requests lets REQUESTS_CA_BUNDLE/CURL_CA_BUNDLE in the
        # environment override a session's `verify`, which would drop the site's own CA.
        self.verify: str | bool = ca_file or True
        self.session = requests.Session()
        self.session.verify = self.verify
        self.session.headers[VERSION_HEADER] = str(PROTOCOL_VERSION)
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def post(self, path: str, body: BaseModel, model: type[M]) -> M:
        return self.post_json(path, body.model_dump_json().encode(), model)

    def post_json(self, path: str, data: bytes, model: type[M]) -> M:
        headers = {"Content-Type": "application/json"}
        if len(data) >= _COMPRESS_FROM:
            data = gzip.compress(data, compresslevel=5)
            headers["Content-Encoding"] = "gzip"
        return _answer(self._request("POST", path, data=data, headers=headers), model)

    def get(self, path: str, params: dict[str, int | bool], model: type[M]) -> M:
        return _answer(self._request("GET", path, params=params), model)

    def close(self) -> None:
        self.session.close()

    def _request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        try:
            response = self.session.request(
                method, self.base_url + path, timeout=self.timeout, verify=self.verify, **kwargs
            )
        except requests.exceptions.SSLError as exc:
            raise self._tls_failure(exc) from exc
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
            if _dropped(exc) and self._answers_tls():
                raise SyncError(
                    ErrorKind.REFUSED,
                    "the centre at this address only speaks HTTPS: register the site again "
                    f"with a server address starting with https:// (not {self.base_url})",
                ) from exc
            raise SyncError(
                ErrorKind.OFFLINE, "no connection to the centre (network down?); will try again"
            ) from exc
        if response.status_code >= 400:
            raise _refusal(response)
        return response

    def _tls_failure(self, exc: requests.exceptions.SSLError) -> SyncError:
        cause = _ssl_cause(exc)
        if isinstance(cause, ssl.SSLCertVerificationError):
            detail = str(getattr(cause, "verify_message", "") or cause.reason or cause)
            if "mismatch" in detail or "not valid for" in detail:
                hint = (
                    "the certificate is for another name: the server address must be the "
                    "name (or IP address) on the centre's certificate"
                )
            elif "expired" in detail or "not yet valid" in detail:
                hint = "check this computer's date and time, and the certificate's dates"
            elif self.ca_file:
                hint = (
                    f"the CA file set for this site ({self.ca_file}) did not sign it: "
                    "register again with --ca pointing at the centre's CA certificate"
                )
            else:
                hint = (
                    "a centre with its own certificate needs its CA certificate: register "
                    "the site again with --ca FILE"
                )
            return SyncError(
                ErrorKind.CERTIFICATE,
                f"the centre's certificate is not trusted ({detail}): {hint}",
            )
        reason = str(getattr(cause, "reason", "") or "")
        if reason in _NOT_TLS:
            return SyncError(
                ErrorKind.REFUSED,
                "the centre at this address does not speak HTTPS: check the port, or use "
                "http:// if the centre really serves plain HTTP",
            )
        if reason == "NO_CERTIFICATE_OR_CRL_FOUND" and self.ca_file:
            return SyncError(
                ErrorKind.CERTIFICATE,
                f"the CA file set for this site ({self.ca_file}) holds no certificate: register "
                "again with --ca pointing at the centre's CA certificate (PEM)",
            )
        detail = reason or (str(cause) if cause is not None else type(exc).__name__)
        return SyncError(
            ErrorKind.CERTIFICATE,
            f"no secure connection to the centre ({detail}): check the server address and "
            "the CA file set for this site",
        )

    def _answers_tls(self) -> bool:
        """After a plain-HTTP connection was dropped: does this address want a TLS handshake?"""
        url = urlsplit(self.base_url)
        if url.scheme != "http" or not url.hostname:
            return False
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # a probe only: nothing is sent over it
        address = (url.hostname, url.port or 80)
        try:
            with (
                socket.create_connection(address, self.timeout[0]) as raw,
                context.wrap_socket(raw, server_hostname=url.hostname),
            ):
                return True
        except (OSError, ValueError):
            return False


def _answer(response: requests.Response, model: type[M]) -> M:
    """The answer read straight from its bytes into `model` (no dict of dicts in between)."""
    try:
        return model.model_validate_json(response.content)
    except ValidationError as exc:
        raise SyncError(ErrorKind.SERVER, "the centre sent an unreadable answer") from exc


def _dropped(exc: Exception) -> bool:
    """The connection was made, then closed without an answer (as a TLS port does to HTTP)."""
    words = str(exc).lower()
    return "aborted" in words or "reset" in words or "without response" in words


# OpenSSL's reasons when the other end answered, but not in TLS (plain HTTP, say).
_NOT_TLS = frozenset(
    {"WRONG_VERSION_NUMBER", "UNKNOWN_PROTOCOL", "HTTP_REQUEST", "RECORD_LAYER_FAILURE"}
)


def _ssl_cause(exc: BaseException) -> ssl.SSLError | None:
    """The ssl module's own error under requests' and urllib3's wrappers, if any."""
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ssl.SSLError):
            return current
        linked = (getattr(current, "reason", None), current.__cause__, current.__context__)
        stack.extend(e for e in (*linked, *current.args) if isinstance(e, BaseException))
    return None


def _refusal(response: requests.Response) -> SyncError:
    status = response.status_code
    try:
        body = response.json()
        code, message = body.get("error"), str(body.get("message", ""))
    except (ValueError, AttributeError):  # not JSON, or JSON but not an object
        code, message = None, ""
    if status >= 500:
        return SyncError(
            ErrorKind.SERVER, f"the centre had an internal error (HTTP {status}); will try again"
        )
    if status == 401:
        return SyncError(
            ErrorKind.TOKEN, "the centre rejected this device's token: register the site again"
        )
    if code == ErrorCode.EVENTS_REFUSED:
        try:
            refusal = PushRefused.model_validate_json(response.content)
        except ValidationError:
            return SyncError(ErrorKind.SERVER, "the centre sent an unreadable refusal")
        return EventsRefused(refusal.message, refusal.refused)
    if code == ErrorCode.RE_ENROL:
        return SyncError(ErrorKind.RE_ENROL, message)
    if code == ErrorCode.SITE_MISMATCH:
        return SyncError(ErrorKind.SITE_MISMATCH, message)
    if code == ErrorCode.PROTOCOL:
        return SyncError(ErrorKind.PROTOCOL, message)
    return SyncError(
        ErrorKind.REFUSED_REQUEST, message or f"the centre refused the request (HTTP {status})"
    )
