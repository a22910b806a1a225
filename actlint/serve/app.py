"""The web application: the page to drop an act on, its result, the downloads, the rules'
explanations and the JSON endpoints."""

from __future__ import annotations

import io
import json
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from actlint import __version__
from actlint.engine.rule import Rule
from actlint.report.explain import render_explanation
from actlint.report.json_report import CheckJson
from actlint.report.sarif import sarif
from actlint.serve.analysis import Analysis
from actlint.serve.checker import Checker, CheckFailed
from actlint.serve.printable import printable_report
from actlint.serve.upload import MAX_UPLOAD, UploadError, read_upload
from actlint.serve.view import counts, findings, lines, summary
from actlint.serve.wording import word
from actlint.text import Lang

HERE = Path(__file__).parent
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class Service:
    """What the pages need: the checker, the rules of the configuration in force, the
    templates and the default language."""

    def __init__(
        self, checker: Checker, rules: tuple[Rule, ...], config: str | None, lang: Lang,
        time_budget: float,
    ) -> None:  # fmt: skip
        self.checker, self.rules, self.config, self.lang = checker, rules, config, lang
        self.time_budget = time_budget
        self.templates = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(default=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def lang_of(self, request: Request) -> Lang:
        asked = request.query_params.get("lang")
        return "en" if asked == "en" else "fr" if asked == "fr" else self.lang

    def page(self, template: str, lang: Lang, status: int = 200, **values: Any) -> HTMLResponse:
        def t(key: str, **filled: object) -> str:
            return word(key, lang, **filled)

        html = self.templates.get_template(template).render(
            lang=lang, other="en" if lang == "fr" else "fr", t=t, version=__version__,
            colon=" :" if lang == "fr" else ":",
            config=self.config, **values,
        )  # fmt: skip
        return HTMLResponse(html, status_code=status)

    def refusal(self, reason: str, lang: Lang) -> str:
        if reason == "too-large":
            return word("too_large", lang, limit=MAX_UPLOAD // (1024 * 1024))
        if reason == "stuck":
            return word("stuck", lang, seconds=f"{self.time_budget:g}")
        return word(reason.replace("-", "_"), lang)


_STATUS = {"too-large": 413, "empty": 400, "not-a-form": 400, "stuck": 503, "crashed": 500}


def create_app(service: Service, host: str) -> Starlette:
    """The application; bound to the loopback, it answers only requests addressed to the
    loopback, so that a web site cannot reach it through a name of its own."""

    async def index(request: Request) -> Response:
        return service.page("index.html", service.lang_of(request))

    async def check_page(request: Request) -> Response:
        lang = service.lang_of(request)
        try:
            upload = await read_upload(request)
            key, _, _ = await service.checker.check(upload.data, upload.name)
        except (UploadError, CheckFailed) as error:
            message = service.refusal(error.reason, lang)
            return service.page("index.html", lang, _STATUS[error.reason], error=message)
        return RedirectResponse(f"/result/{key}?lang={lang}", status_code=303)

    def recalled(request: Request) -> tuple[str, Analysis | None]:
        key = request.path_params["key"]
        return key, service.checker.recall(key)

    async def result_page(request: Request) -> Response:
        lang = service.lang_of(request)
        key, analysis = recalled(request)
        if analysis is None:
            return service.page("index.html", lang, 404, error=word("expired", lang))
        shown = findings(analysis, lang)
        text = lines(analysis, shown, lang)
        unreadable = [s for s in shown if s.code in ("IO002", "IO004", "IO005", "IO006")]
        return service.page(
            "result.html", lang, key=key, name=analysis.name, findings=shown, lines=text,
            summary=summary(analysis, lang), counts=counts(shown), unreadable=unreadable,
            families=sorted({s.family for s in shown}), documented=analysis.places is not None,
        )  # fmt: skip

    def download(body: str, media: str, name: str) -> Response:
        disposition = f'attachment; filename="{name}"'
        return Response(body, media_type=media, headers={"Content-Disposition": disposition})

    def base_name(analysis: Analysis) -> str:
        stem = os.path.splitext(analysis.name)[0]
        return "".join(c if c.isalnum() or c in "-_." else "_" for c in stem)[:80] or "acte"

    async def report_html(request: Request) -> Response:
        lang = service.lang_of(request)
        _, analysis = recalled(request)
        if analysis is None:
            return service.page("index.html", lang, 404, error=word("expired", lang))
        body = printable_report(service, analysis, lang)
        return download(body, "text/html; charset=utf-8", f"actlint-{base_name(analysis)}.html")

    async def report_json(request: Request) -> Response:
        lang = service.lang_of(request)
        _, analysis = recalled(request)
        if analysis is None:
            return service.page("index.html", lang, 404, error=word("expired", lang))
        return download(check_json(analysis, lang), "application/json",
                        f"actlint-{base_name(analysis)}.json")  # fmt: skip

    async def report_sarif(request: Request) -> Response:
        lang = service.lang_of(request)
        _, analysis = recalled(request)
        if analysis is None:
            return service.page("index.html", lang, 404, error=word("expired", lang))
        log = sarif([analysis.result], service.rules, lang)
        return download(log, "application/sarif+json", f"actlint-{base_name(analysis)}.sarif")

    async def rule_page(request: Request) -> Response:
        lang = service.lang_of(request)
        asked = request.path_params["code"]
        found = next((r for r in service.rules if asked in (r.code, r.name)), None)
        if found is None:
            error = word("unknown_rule", lang, code=asked)
            return service.page("index.html", lang, 404, error=error)
        return service.page("rule.html", lang, rule=found,
                            explanation=render_explanation(found, lang))  # fmt: skip

    async def api_check(request: Request) -> Response:
        lang = service.lang_of(request)
        return await api(request, lambda analysis, hit: _json(check_json(analysis, lang), hit))

    async def api_parse(request: Request) -> Response:
        lang = service.lang_of(request)

        def parsed(analysis: Analysis, hit: bool) -> Response:
            if analysis.tree is None:
                said = [d.message.get(lang) for d in analysis.result.diagnostics]
                error = f"{word('unreadable', lang)} : {' ; '.join(said)}"
                return JSONResponse({"error": error}, status_code=422)
            return _json(json.dumps(analysis.tree, ensure_ascii=False, indent=2), hit)

        return await api(request, parsed)

    async def api(request: Request, answer: Callable[[Analysis, bool], Response]) -> Response:
        lang = service.lang_of(request)
        try:
            upload = await read_upload(request)
            _, analysis, hit = await service.checker.check(upload.data, upload.name)
        except (UploadError, CheckFailed) as error:
            said = service.refusal(error.reason, lang)
            return JSONResponse({"error": said}, status_code=_STATUS[error.reason])
        return answer(analysis, hit)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        service.checker.warm()
        yield
        service.checker.close()

    middleware = [Middleware(_SafeHeaders)]
    if host in LOOPBACK:
        allowed = ["127.0.0.1", "localhost", "[::1]", "::1"]
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed))
    app = Starlette(
        routes=[
            Route("/", index),
            Route("/check", check_page, methods=["POST"]),
            Route("/result/{key}", result_page),
            Route("/result/{key}/report.html", report_html),
            Route("/result/{key}/findings.json", report_json),
            Route("/result/{key}/findings.sarif", report_sarif),
            Route("/rules/{code}", rule_page),
            Route("/api/check", api_check, methods=["POST"]),
            Route("/api/parse", api_parse, methods=["POST"]),
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        ],
        middleware=middleware,
        lifespan=lifespan,
    )
    return app


class _SafeHeaders:
    """Adds the headers that keep the pages to themselves: no script or style from
    elsewhere, no framing, no referrer, nothing kept in a shared cache."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in _HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, sending)


def check_json(analysis: Analysis, lang: Lang) -> str:
    """The findings as ``actlint check --format json`` prints them."""
    buffer = io.StringIO()
    document = CheckJson(buffer.write, lang)
    document.add(analysis.result)
    document.close()
    return buffer.getvalue()


def _json(body: str, hit: bool) -> Response:
    return Response(body, media_type="application/json",
                    headers={"X-Actlint-Cache": "hit" if hit else "miss"})  # fmt: skip
