/*
 * kb_bm25(): SQLite FTS5's bm25() with the phrases' document counts given
 * by the caller.
 *
 * FTS5's built-in bm25() starts every statement by counting, for each
 * phrase of the MATCH expression, the rows of the whole table that contain
 * it (a walk over the phrase's full doclist). At 100k sections that walk
 * costs more than scoring 4,000 sections, and each statement repeats it.
 * kb knows those counts (cached per index version), so it passes them in:
 *
 *     kb_bm25(fts, w0, ..., w{ncol-1}, counts)
 *
 * w: one weight per column, as bm25() takes them; counts: a blob of one
 * native int64 per phrase of the expression, in order, the rows matching
 * that phrase on its own (one blob, since SQLite takes at most 127
 * arguments and a long query has more phrases). Without it, or with
 * another number of counts than there are phrases, every count is taken
 * here as bm25() takes it. The score is computed with the same operations
 * in the same order as bm25() (SQLite's fts5_aux.c), so both give
 * identical doubles; the tests compare them on a real index.
 *
 * The module exposes install(connection): it registers kb_bm25 on a
 * Python sqlite3 connection.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <sqlite3.h>

#if PY_VERSION_HEX < 0x030B0000 || PY_VERSION_HEX >= 0x030E0000
#error "the connection layout below is checked for CPython 3.11 to 3.13"
#endif

/* What one statement computes once: per phrase its idf, and room for its
 * weighted frequency in the current row. */
typedef struct {
    int nPhrase;
    double avgdl;
    double *aIDF;
    double *aFreq;
    double *aWeight; /* one per column */
} Bm25Data;

static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *user) {
    (void)api;
    (void)fts;
    (*(sqlite3_int64 *)user)++;
    return SQLITE_OK;
}

static int bm25_data(const Fts5ExtensionApi *api, Fts5Context *fts, int ncol, int nVal, sqlite3_value **apVal,
                     Bm25Data **pp) {
    Bm25Data *p = (Bm25Data *)api->xGetAuxdata(fts, 0);
    if (p) {
        *pp = p;
        return SQLITE_OK;
    }
    int nPhrase = api->xPhraseCount(fts);
    sqlite3_int64 size = sizeof(Bm25Data) + sizeof(double) * (2 * (sqlite3_int64)nPhrase + ncol);
    p = (Bm25Data *)sqlite3_malloc64(size);
    if (!p)
        return SQLITE_NOMEM;
    memset(p, 0, size);
    p->nPhrase = nPhrase;
    p->aIDF = (double *)&p[1];
    p->aFreq = &p->aIDF[nPhrase];
    p->aWeight = &p->aFreq[nPhrase];
    for (int i = 0; i < ncol; i++)
        p->aWeight[i] = sqlite3_value_double(apVal[i]);

    sqlite3_int64 nRow = 0, nToken = 0;
    int rc = api->xRowCount(fts, &nRow);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &nToken);
    if (rc == SQLITE_OK)
        p->avgdl = (double)nToken / (double)nRow;
    /* counts for another number of phrases than the expression has are
     * not trusted */
    const sqlite3_int64 *given = NULL;
    if (nVal > ncol && sqlite3_value_type(apVal[ncol]) == SQLITE_BLOB &&
        sqlite3_value_bytes(apVal[ncol]) == (int)sizeof(sqlite3_int64) * nPhrase)
        given = (const sqlite3_int64 *)sqlite3_value_blob(apVal[ncol]);
    for (int i = 0; rc == SQLITE_OK && i < nPhrase; i++) {
        sqlite3_int64 nHit = 0;
        if (given)
            memcpy(&nHit, &given[i], sizeof nHit);
        else
            rc = api->xQueryPhrase(fts, i, (void *)&nHit, count_row);
        if (rc == SQLITE_OK) {
            double idf = log((nRow - nHit + 0.5) / (nHit + 0.5));
            if (idf <= 0.0)
                idf = 1e-6;
            p->aIDF[i] = idf;
        }
    }
    if (rc != SQLITE_OK) {
        sqlite3_free(p);
        return rc;
    }
    rc = api->xSetAuxdata(fts, p, sqlite3_free);
    if (rc != SQLITE_OK)
        return rc;
    *pp = p;
    return SQLITE_OK;
}

static void kb_bm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal,
                    sqlite3_value **apVal) {
    const double k1 = 1.2, b = 0.75;
    int ncol = api->xColumnCount(fts);
    if (nVal < ncol) {
        sqlite3_result_error(ctx, "kb_bm25: one weight per column is required", -1);
        return;
    }
    Bm25Data *p = 0;
    int rc = bm25_data(api, fts, ncol, nVal, apVal, &p);
    int nTok = 0;
    double score = 0.0;
    /* each phrase's instances in (column, offset) order, as bm25() adds
     * them from its instance array, without merging every phrase's
     * positions into that array first */
    for (int i = 0; rc == SQLITE_OK && i < p->nPhrase; i++) {
        Fts5PhraseIter iter;
        int ic, io;
        double freq = 0.0;
        rc = api->xPhraseFirst(fts, i, &iter, &ic, &io);
        for (; rc == SQLITE_OK && ic >= 0; api->xPhraseNext(fts, &iter, &ic, &io))
            freq += p->aWeight[ic];
        p->aFreq[i] = freq;
    }
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &nTok);
    if (rc == SQLITE_OK) {
        double D = (double)nTok;
        for (int i = 0; i < p->nPhrase; i++)
            score += p->aIDF[i] * ((p->aFreq[i] * (k1 + 1.0)) / (p->aFreq[i] + k1 * (1 - b + b * D / p->avgdl)));
        sqlite3_result_double(ctx, -1.0 * score);
    } else {
        sqlite3_result_error_code(ctx, rc);
    }
}

/* CPython's sqlite3.Connection (Modules/_sqlite/connection.h) begins with
 * the sqlite3 handle, right after the object header, in 3.11 to 3.13. */
typedef struct {
    PyObject_HEAD sqlite3 *db;
} ConnectionHead;

static PyObject *install(PyObject *module, PyObject *conn) {
    (void)module;
    PyObject *sqlite3_module = PyImport_ImportModule("sqlite3");
    if (!sqlite3_module)
        return NULL;
    PyObject *type = PyObject_GetAttrString(sqlite3_module, "Connection");
    Py_DECREF(sqlite3_module);
    if (!type)
        return NULL;
    int ok = PyObject_IsInstance(conn, type);
    Py_DECREF(type);
    if (ok < 0)
        return NULL;
    if (!ok) {
        PyErr_SetString(PyExc_TypeError, "install() takes a sqlite3.Connection");
        return NULL;
    }
    sqlite3 *db = ((ConnectionHead *)conn)->db;
    if (!db) {
        PyErr_SetString(PyExc_ValueError, "the connection is closed");
        return NULL;
    }
    fts5_api *api = NULL;
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", NULL);
        sqlite3_step(stmt);
        rc = sqlite3_finalize(stmt);
    }
    if (rc != SQLITE_OK || api == NULL || api->iVersion < 2) {
        PyErr_Format(PyExc_RuntimeError, "FTS5 is not available on this connection (%s)", sqlite3_errmsg(db));
        return NULL;
    }
    rc = api->xCreateFunction(api, "kb_bm25", NULL, kb_bm25, NULL);
    if (rc != SQLITE_OK) {
        PyErr_Format(PyExc_RuntimeError, "kb_bm25 could not be registered (%d)", rc);
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"install", install, METH_O, "Register kb_bm25() on a sqlite3 connection."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "_rank", "kb_bm25(): FTS5 bm25() with document counts given.", -1, methods,
};

PyMODINIT_FUNC PyInit__rank(void) { return PyModule_Create(&module_def); }
