"""The web application: search page, document pages and a JSON API.

Built by :func:`create_app` (the Flask application-factory pattern); ``kb
serve`` runs it on waitress. Every page has one data function shared by its
HTML and its JSON rendering, so the two cannot drift apart.
"""

from __future__ import annotations

from flask import Flask


def create_app(test_config: dict | None = None) -> Flask:
    """Create and configure the application.

    Args:
        test_config: settings overriding the defaults and ``instance/config.py``
            (``KB_HOME``, ``DATABASE_URL``, ``RESULTS_PER_PAGE``, ``TESTING``;
            ``SECRET_KEY``, ``MAX_CONTENT_LENGTH``, ``KB_ADMIN_USER``,
            ``KB_ADMIN_PASSWORD``, ``KB_ADMIN_PASSWORD_HASH``,
            ``KB_READ_REQUIRES_LOGIN``, ``KB_COOKIE_SECURE``; unset ones come
            from the environment, see :mod:`kb.config`).

    Returns:
        The Flask application; its knowledge base is opened on first use.
    """
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        # None means: KB_HOME / KB_DATABASE_URL from the environment, else defaults
        KB_HOME=None,
        DATABASE_URL=None,
        RESULTS_PER_PAGE=10,
    )
    app.config.from_pyfile("config.py", silent=True)
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.json.ensure_ascii = False
    app.json.sort_keys = False

    from kb.web import agencies, api, documents, entitlements, errors, knowledge, pack, search

    knowledge.init_app(app)
    errors.init_app(app)
    # sessions, login, CSRF and security headers, before any page is served
    from kb.config import load_settings
    from kb.web import auth, security, upload

    settings = load_settings(app.config["KB_HOME"], app.config["DATABASE_URL"], app.config.get("SEARCH_ENGINE"))
    security.init_app(app, settings)
    auth.init_app(app, settings)
    app.register_blueprint(upload.bp)
    app.register_blueprint(search.bp)
    app.register_blueprint(documents.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(pack.bp)
    app.register_blueprint(agencies.bp)
    app.register_blueprint(entitlements.bp)
    return app
