"""One error handler: JSON under ``/api/``, a Vietnamese page elsewhere."""

from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from kb.errors import DocumentNotFound, KBError

HTTP_MESSAGES = {
    400: "Yêu cầu không hợp lệ.",
    404: "Không tìm thấy trang này.",
    405: "Phương thức không được hỗ trợ.",
    413: "Dữ liệu gửi lên quá lớn.",
    500: "Máy chủ gặp lỗi không mong đợi. Vui lòng thử lại sau.",
}

TITLES = {400: "Yêu cầu không hợp lệ", 404: "Không tìm thấy", 500: "Lỗi máy chủ"}
TITLES.update({401: "Cần đăng nhập", 403: "Không có quyền", 413: "Dữ liệu quá lớn"})


def error_message(exc: Exception) -> tuple[int, str]:
    """The status and the user-facing (Vietnamese) message of an error."""
    if isinstance(exc, DocumentNotFound):
        return exc.status, f"Không tìm thấy văn bản “{exc.doc}”."
    if isinstance(exc, KBError):
        return exc.status, str(exc)
    if isinstance(exc, HTTPException):
        code = exc.code or 500
        return code, HTTP_MESSAGES.get(code, HTTP_MESSAGES[400] if code < 500 else HTTP_MESSAGES[500])
    return 500, HTTP_MESSAGES[500]


def handle_error(exc: Exception):
    status, message = error_message(exc)
    if request.path == "/api" or request.path.startswith("/api/"):
        return jsonify({"error": message}), status
    title = TITLES.get(status, "Lỗi" if status >= 500 else "Yêu cầu không hợp lệ")
    return render_template("error.html", status=status, title=title, message=message), status


def init_app(app: Flask) -> None:
    # HTTPException also covers the InternalServerError Flask raises for an
    # unhandled exception (after logging it)
    app.register_error_handler(KBError, handle_error)
    app.register_error_handler(HTTPException, handle_error)
