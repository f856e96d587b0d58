#!/usr/bin/env python3
"""The OpenSearch backend gives the embedded index's verdicts: a test against a real cluster.

    scripts/test-opensearch.py URL [--binary PATH] [--per-set N] [--all]
    scripts/test-opensearch.py URL --kill-node     (a two-node cluster)

URL is a running cluster's base URL (`scripts/opensearch.sh start` prints one). For the
sample draft against the bundled corpus, and for cases of every labelled set that
scripts/quality.py reads (each case's sources as its corpus), this runs
`figcheck check --format json` twice, once on the embedded index and once with
`--backend opensearch+URL/INDEX` after `figcheck index --backend` pushed the same corpus,
and requires the two reports to be identical, byte for byte. Each set's cases are pushed
one after another into one index, so every case after the first also exercises the
incremental push: the previous case's sources replaced or deleted.

Then the failure behaviour: a check against a cluster address where nothing listens
must exit 2 with an error naming the cluster, and a push of a changed corpus must leave
no document of the old version behind.

By default every set is sampled (--per-set cases, spread evenly); --all runs every case.
Exit status 0 when everything matched, 1 when anything differed, 2 on a harness error.
"""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import quality  # noqa: E402


def run(binary, args, cwd):
    return subprocess.run([binary] + args, cwd=cwd, capture_output=True, timeout=300)


def delete_index(url, index):
    req = urllib.request.Request("%s/%s" % (url, index), method="DELETE")
    try:
        urllib.request.urlopen(req, timeout=30).read()
    except urllib.error.HTTPError as e:
        if e.code != 404:
            raise


def count(url, index, query):
    body = json.dumps({"query": query}).encode()
    req = urllib.request.Request("%s/%s/_count" % (url, index), data=body, method="POST",
                                 headers={"Content-Type": "application/json"})
    return json.loads(urllib.request.urlopen(req, timeout=30).read())["count"]


class Compare:
    def __init__(self, binary, url):
        self.binary = binary
        self.url = url
        self.timings = {"embedded": [], "cluster": []}

    def check_both(self, cwd, index, corpus_args, draft):
        """(identical, embedded report, cluster report, error)."""
        backend = "opensearch+%s/%s" % (self.url, index)
        p = run(self.binary, ["index", "--backend", backend] + corpus_args, cwd)
        if p.returncode != 0:
            return False, None, None, "push failed: %s" % p.stderr.decode("utf-8", "replace")[-500:]
        reports = {}
        for name, extra in (("embedded", []), ("cluster", ["--backend", backend])):
            t = time.perf_counter()
            p = run(self.binary, ["check", "--format", "json"] + corpus_args + extra + [draft], cwd)
            self.timings[name].append(time.perf_counter() - t)
            if p.returncode not in (0, 1):
                return False, None, None, "%s check exited %d: %s" % (
                    name, p.returncode, p.stderr.decode("utf-8", "replace")[-500:])
            reports[name] = (p.returncode, p.stdout)
        return reports["embedded"] == reports["cluster"], reports["embedded"], reports["cluster"], None


def first_difference(a, b):
    try:
        fa = json.loads(a[1])["files"][0]["figures"]
        fb = json.loads(b[1])["files"][0]["figures"]
    except (ValueError, KeyError, IndexError):
        return "exit %s vs %s" % (a[0], b[0])
    for x, y in zip(fa, fb):
        if x != y:
            keys = [k for k in x if x.get(k) != y.get(k)]
            return "%r: %s" % (x.get("text"), ", ".join("%s %r vs %r" % (k, x.get(k), y.get(k)) for k in keys[:3]))
    return "%d figures vs %d (exit %s vs %s)" % (len(fa), len(fb), a[0], b[0])


def sample(cases, n):
    if n is None or len(cases) <= n:
        return cases
    step = len(cases) / n
    return [cases[int(i * step)] for i in range(n)]


def dead_cluster(binary):
    """A check against an address where nothing listens fails clearly, with exit 2."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    backend = "opensearch+http://127.0.0.1:%d/figcheck?timeout=3" % port
    p = run(binary, ["check", "--backend", backend, "examples/draft.md"], ROOT)
    err = p.stderr.decode("utf-8", "replace")
    ok = p.returncode == 2 and ("127.0.0.1:%d" % port) in err and "refused" in err and not p.stdout
    return ok, "exit %d, stderr %r" % (p.returncode, err.strip()[:300])


def replaced_version_leaves_nothing(binary, url):
    """After a source changes and is pushed again, only the new version's documents remain."""
    index = "figcheck-eq-replace"
    delete_index(url, index)
    tmp = tempfile.mkdtemp(prefix="figcheck-os-")
    try:
        corpus = os.path.join(tmp, "corpus")
        os.mkdir(corpus)
        path = os.path.join(corpus, "a.txt")
        with open(path, "w") as f:
            f.write("Korea installed 30,600 robots in 2023. Japan installed 44,500.\n")
        with open(os.path.join(corpus, "b.txt"), "w") as f:
            f.write("Germany installed 27,000 robots.\n")
        backend = "opensearch+%s/%s" % (url, index)
        args = ["index", "--backend", backend, "--corpus", "corpus"]
        first = run(binary, args, tmp)
        with open(path, "w") as f:
            f.write("Korea installed 31,716 robots in 2024.\n")
        os.remove(os.path.join(corpus, "b.txt"))
        second = run(binary, args, tmp)
        if first.returncode or second.returncode:
            return False, "push failed: %r" % (first.stderr + second.stderr)[-300:]
        said = second.stdout.decode().strip()
        figures = count(url, index, {"term": {"doc_type": "figure"}})
        old = count(url, index, {"term": {"value": 30600}})
        gone = count(url, index, {"term": {"key": "0/b.txt"}})
        # The changed source's own record, naming its new version: without it the next
        # push would not know what the cluster holds, and its lower-case words are gone.
        record = count(url, index, {"bool": {"filter": [{"term": {"doc_type": "source"}},
                                                        {"term": {"key": "0/a.txt"}}]}})
        ok = ("indexed 1 file" in said and "removed 1" in said and figures == 2 and old == 0
              and gone == 0 and record == 1)
        return ok, "%s; %d figures, %d of the old value, %d of the removed source, %d record of the changed one" % (
            said, figures, old, gone, record)
    finally:
        delete_index(url, index)
        shutil.rmtree(tmp, ignore_errors=True)


def survives_a_dead_node(binary, url):
    """On a two-node cluster, the bundled corpus in two indexes of two shards, one with a
    replica of each and one without. One node is killed while checks run. Against the
    replicated index each check must answer exactly as the embedded index does; against
    the other, whose figures are half gone, it must fail clearly (exit 2, naming the
    cluster). Never a different report."""
    draft = "examples/draft.md"
    reference = run(binary, ["check", "--format", "json", draft], ROOT)
    indexes = {"figcheck-eq-replicated": "replicas=1", "figcheck-eq-unreplicated": "replicas=0"}
    backends = {}
    for index, replicas in indexes.items():
        delete_index(url, index)
        backends[index] = "opensearch+%s/%s?shards=2&%s&timeout=20" % (url, index, replicas)
        p = run(binary, ["index", "--backend", backends[index]], ROOT)
        if p.returncode:
            return False, "push failed: %s" % p.stderr.decode("utf-8", "replace")[-300:]
        urllib.request.urlopen("%s/_cluster/health/%s?wait_for_status=green&timeout=60s" % (url, index),
                               timeout=90).read()
    outcomes = {index: {"identical": 0, "clear error": 0, "WRONG": 0} for index in indexes}
    notes = []

    def start(index):
        check = [binary, "check", "--format", "json", "--backend", backends[index], draft]
        return index, subprocess.Popen(check, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def finish(started):
        index, proc = started
        out, err = proc.communicate(timeout=300)
        if proc.returncode in (0, 1) and (proc.returncode, out) == (reference.returncode, reference.stdout):
            outcomes[index]["identical"] += 1
        elif proc.returncode == 2 and b"OpenSearch index " + index.encode() in err and not out:
            outcomes[index]["clear error"] += 1
            notes.append(err.decode("utf-8", "replace").strip()[:160])
        else:
            outcomes[index]["WRONG"] += 1
            notes.append("WRONG, exit %d: %s" % (proc.returncode, (err or out)[:200]))

    for index in indexes:
        finish(start(index))
    before = dict((i, dict(o)) for i, o in outcomes.items())
    # The kill lands while these checks run.
    running = [start(index) for index in indexes]
    killed = subprocess.run([os.path.join(ROOT, "scripts", "opensearch.sh"), "kill", "1"],
                            capture_output=True)
    for started in running:
        finish(started)
    for _ in range(3):
        for index in indexes:
            finish(start(index))
    for index in indexes:
        try:
            delete_index(url, index)
        except urllib.error.URLError:
            pass
    after = dict((i, dict((k, outcomes[i][k] - before[i][k]) for k in outcomes[i])) for i in indexes)
    ok = (killed.returncode == 0
          and all(before[i]["identical"] == 1 for i in indexes)
          and all(outcomes[i]["WRONG"] == 0 for i in indexes)
          and after["figcheck-eq-replicated"]["identical"] == 4
          and after["figcheck-eq-unreplicated"]["clear error"] >= 3)
    said = "; ".join("%s after the kill: %s" % (i, ", ".join("%s %d" % kv for kv in after[i].items()))
                     for i in indexes)
    return ok, said + ("; e.g. " + notes[-1] if notes else "")


def refused_source_leaves_nothing(binary, url):
    """A source the cluster refuses documents of is reported (exit 2, named) and leaves no
    document behind: an index whose mapping refuses every figure's kind (a long, where
    figcheck writes words), set up as figcheck sets up its own."""
    scratch, index = "figcheck-eq-mapping", "figcheck-eq-refusing"
    for i in (scratch, index):
        delete_index(url, i)
    tmp = tempfile.mkdtemp(prefix="figcheck-os-")
    try:
        corpus = os.path.join(tmp, "corpus")
        os.mkdir(corpus)
        with open(os.path.join(corpus, "a.txt"), "w") as f:
            f.write("Korea installed 30,600 robots in 2023.\n")
        p = run(binary, ["index", "--backend", "opensearch+%s/%s" % (url, scratch), "--corpus", "corpus"], tmp)
        if p.returncode:
            return False, "scratch push failed: %r" % p.stderr[-300:]
        mapping = json.loads(urllib.request.urlopen("%s/%s/_mapping" % (url, scratch)).read())[scratch]["mappings"]
        meta = json.loads(urllib.request.urlopen("%s/%s/_doc/figcheck-meta" % (url, scratch)).read())["_source"]
        delete_index(url, scratch)
        mapping["properties"]["kind"] = {"type": "long"}
        for path, body in (("/%s" % index, {"mappings": mapping}),
                           ("/%s/_doc/figcheck-meta?refresh=true" % index, meta)):
            req = urllib.request.Request(url + path, data=json.dumps(body).encode(), method="PUT",
                                         headers={"Content-Type": "application/json"})
            urllib.request.urlopen(req).read()
        p = run(binary, ["index", "--backend", "opensearch+%s/%s" % (url, index), "--corpus", "corpus"], tmp)
        err = p.stderr.decode("utf-8", "replace")
        left = count(url, index, {"term": {"key": "0/a.txt"}})
        ok = p.returncode == 2 and "corpus/a.txt is not in the cluster" in err and "refused 1 source" in err and left == 0
        return ok, "exit %d, %d documents of it left; %s" % (p.returncode, left, err.strip().splitlines()[-1][:160] if err.strip() else "")
    finally:
        delete_index(url, index)
        shutil.rmtree(tmp, ignore_errors=True)


def lsp_diagnostics(binary, workspace, draft_name, timeout=60):
    """The diagnostics `figcheck lsp` publishes for one draft of `workspace`: spoken to over
    stdio as an editor would (initialize, didOpen), the last publication once it settles."""
    proc = subprocess.Popen([binary, "lsp"], cwd=workspace, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def send(msg):
        body = json.dumps(msg).encode()
        proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        proc.stdin.flush()

    def receive():
        length = None
        while True:
            line = proc.stdout.readline()
            if not line:
                return None
            if line in (b"\r\n", b"\n"):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(proc.stdout.read(length))

    import threading
    import queue
    inbox = queue.Queue()
    threading.Thread(target=lambda: [inbox.put(m) for m in iter(receive, None)], daemon=True).start()
    root = "file://" + workspace
    uri = root + "/" + draft_name
    with open(os.path.join(workspace, draft_name)) as f:
        text = f.read()
    send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
          "params": {"processId": None, "rootUri": root, "capabilities": {},
                     "workspaceFolders": [{"uri": root, "name": "w"}]}})
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
    last, deadline, settled = None, time.time() + timeout, None
    while time.time() < deadline:
        try:
            msg = inbox.get(timeout=0.5)
        except queue.Empty:
            if settled and time.time() > settled:
                break
            continue
        if msg.get("method") == "textDocument/publishDiagnostics" and msg["params"]["uri"] == uri:
            last = msg["params"]["diagnostics"]
            if last:
                settled = time.time() + 2
        elif "id" in msg and "method" in msg:
            # A request from the server (configuration, progress): answer it emptily.
            send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
    try:
        send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
        send({"jsonrpc": "2.0", "method": "exit"})
        proc.wait(timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        proc.kill()
    return last


def language_server_same(binary, url):
    """The language server with the config's `backend` publishes the diagnostics it
    publishes on the embedded index."""
    index = "figcheck-eq-lsp"
    delete_index(url, index)
    published = {}
    tmp = tempfile.mkdtemp(prefix="figcheck-os-")
    try:
        for name, backend in (("embedded", None), ("cluster", "opensearch+%s/%s" % (url, index))):
            workspace = os.path.join(tmp, name)
            shutil.copytree(os.path.join(ROOT, "corpus"), os.path.join(workspace, "corpus"))
            shutil.copy(os.path.join(ROOT, "examples", "draft.md"), os.path.join(workspace, "draft.md"))
            with open(os.path.join(workspace, "figcheck.toml"), "w") as f:
                f.write(('backend = "%s"\n' % backend if backend else "") + '[[corpus]]\npath = "corpus"\n')
            if backend:
                p = run(binary, ["index"], workspace)
                if p.returncode:
                    return False, "push failed: %r" % p.stderr[-300:]
                # Only the cluster has the sources now: a server that ignored the backend
                # would find no corpus and publish nothing.
                shutil.rmtree(os.path.join(workspace, "corpus"))
            published[name] = lsp_diagnostics(binary, workspace, "draft.md")
    finally:
        delete_index(url, index)
        shutil.rmtree(tmp, ignore_errors=True)
    a, b = published["embedded"], published["cluster"]
    def shown(diags):
        return [(d["range"]["start"]["line"], d["range"]["start"]["character"], d.get("severity"), d["message"])
                for d in diags or []]
    ok = bool(a) and shown(a) == shown(b)
    return ok, "%d diagnostics on the embedded index, %d on the cluster%s" % (
        len(a or []), len(b or []), "" if ok else "; first difference: %r" % (
            next((x for x in zip(shown(a), shown(b)) if x[0] != x[1]), None),))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("url")
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "figcheck"))
    ap.add_argument("--per-set", type=int, default=40)
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--kill-node", action="store_true",
                    help="on a two-node cluster (scripts/opensearch.sh start 2): check while one node dies")
    args = ap.parse_args()
    url = args.url.rstrip("/")
    binary = os.path.abspath(args.binary)
    if not os.path.isfile(binary):
        print("test-opensearch: no binary at %s (cargo build --release -p figcheck)" % binary)
        return 2
    if args.kill_node:
        ok, detail = survives_a_dead_node(binary, args.url.rstrip("/"))
        print("a node killed mid-run: %s (%s)" % ("ok" if ok else "FAILED", detail))
        return 0 if ok else 1
    compare = Compare(binary, url)
    failures = []

    # The sample draft against the bundled corpus (the README's first command).
    index = "figcheck-eq-sample"
    delete_index(url, index)
    same, a, b, err = compare.check_both(ROOT, index, [], "examples/draft.md")
    delete_index(url, index)
    print("sample draft: %s" % ("identical" if same else "DIFFERENT: %s" % (err or first_difference(a, b))))
    if not same:
        failures.append("sample draft")

    print("%-18s %6s %10s" % ("set", "cases", "identical"))
    for name, load in quality.available_sets().items():
        cases = sample(load(), None if args.all else args.per_set)
        index = "figcheck-eq-%s" % name.lower()
        delete_index(url, index)
        identical = 0
        for case in cases:
            tmp = tempfile.mkdtemp(prefix="figcheck-os-")
            try:
                corpus, draft = quality.write_case(case, tmp)
                # The same corpus folder name for every case, so a set's index holds one
                # case's sources at a time, each push replacing the last.
                same, a, b, err = compare.check_both(
                    tmp, index, ["--corpus", os.path.basename(corpus)], os.path.basename(draft))
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            if same:
                identical += 1
            else:
                failures.append("%s %s" % (name, case.get("id")))
                print("  DIFFERENT %s %s: %s" % (name, case.get("id"), err or first_difference(a, b)))
        delete_index(url, index)
        print("%-18s %6d %10d" % (name, len(cases), identical))

    # The ranked path: a corpus of more figures than the engine weighs whole
    # (figcheck_check::EXHAUSTIVE_LIMIT), so each claim's candidates come from ranked
    # searches, batched for the whole draft; the bench draft's 108 figures against the
    # bundled articles and 100 generated archive documents.
    tmp = tempfile.mkdtemp(prefix="figcheck-os-")
    try:
        archive = os.path.join(tmp, "archive")
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen-corpus.py"), "100", archive,
                        "--seed", "7", "--sources", os.path.join(ROOT, "corpus")],
                       check=True, capture_output=True)
        index = "figcheck-eq-ranked"
        delete_index(url, index)
        same, a, b, err = compare.check_both(
            ROOT, index, ["--corpus", "corpus", "--corpus", archive, "--index", os.path.join(tmp, "index")],
            "tests/bench/draft-2000.md")
        delete_index(url, index)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("ranked path (bench draft, 100 archive documents): %s" % (
        "identical" if same else "DIFFERENT: %s" % (err or first_difference(a, b))))
    if not same:
        failures.append("ranked path")

    for label, test in (("a dead cluster is a clear error, exit 2", lambda: dead_cluster(binary)),
                        ("a changed source leaves no old documents", lambda: replaced_version_leaves_nothing(binary, url)),
                        ("a refused source is an error and leaves nothing", lambda: refused_source_leaves_nothing(binary, url)),
                        ("the language server's diagnostics are the same", lambda: language_server_same(binary, url))):
        ok, detail = test()
        print("%s: %s (%s)" % (label, "ok" if ok else "FAILED", detail))
        if not ok:
            failures.append(label)

    for name, times in compare.timings.items():
        if times:
            times.sort()
            print("check, %s index: median %.3f s over %d runs" % (name, times[len(times) // 2], len(times)))
    if failures:
        print("test-opensearch: %d failed: %s" % (len(failures), ", ".join(failures[:10])))
        return 1
    print("test-opensearch: every report identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
