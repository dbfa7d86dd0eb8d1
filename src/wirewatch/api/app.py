"""The FastAPI application: JSON API under /api/, the dashboard pages, static files."""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from wirewatch.api import routes_api, routes_web
from wirewatch.api.params import BadParameter, NotFound
from wirewatch.store import Store

DESCRIPTION = ("Read-only access to the events, stories and actors of a wirewatch store. "
               "Lists take `limit` (1-1000, default 100) and `cursor` (the `next_cursor` of "
               "the page before); errors answer `{\"error\": \"...\"}`.")


def create_app(db: str) -> FastAPI:
    app = FastAPI(title="wirewatch", description=DESCRIPTION, version="1",
                  docs_url="/docs", redoc_url=None)
    app.state.store = Store(db)
    app.state.templates = routes_web.templates()
    static = resources.files("wirewatch.api") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(routes_api.router)
    app.include_router(routes_web.router)
    _error_handlers(app)
    return app


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith(("/api/", "/openapi")) or path == "/api"


def _error(request: Request, status: int, message: str):
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    return routes_web.error_page(request, status, message)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(BadParameter)
    async def bad_parameter(request: Request, exc: BadParameter):
        return _error(request, 400, str(exc))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return _error(request, 404, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ())[1:])
        return _error(request, 400, f"{where}: {first.get('msg', 'invalid')}".strip(": "))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = "not found" if exc.status_code == 404 else str(exc.detail)
        if exc.status_code == 405:
            message = "method not allowed: the API is read-only"
        return _error(request, exc.status_code, message)
