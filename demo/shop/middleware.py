"""Request timing middleware.

Enable it in settings.py:
    MIDDLEWARE = [..., "shop.middleware.TimingMiddleware"]
"""
import logging
import time

logger = logging.getLogger(__name__)

SLOW_REQUEST_SECONDS = 0.5


class TimingMiddleware:
    def __init__(self, get_response):
        # Called once, when the server starts; get_response is the next
        # middleware (or the view) in the chain.
        self.get_response = get_response

    def __call__(self, request):
        # Called on every request.
        start = time.perf_counter()
        response = self.get_response(request)
        elapsed = time.perf_counter() - start

        response["Server-Timing"] = f"app;dur={elapsed * 1000:.1f}"
        if elapsed > SLOW_REQUEST_SECONDS:
            logger.warning("Slow request %s %s took %.3fs", request.method, request.path, elapsed)
        return response
